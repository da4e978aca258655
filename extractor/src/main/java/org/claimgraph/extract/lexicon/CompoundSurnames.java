package org.claimgraph.extract.lexicon;

import java.util.Set;

/**
 * The common Chinese compound (two-character) surnames (https://zh.wikipedia.org/wiki/复姓), in Simplified characters:
 * a name of four Han characters is a person's only when one opens it (欧阳某某).
 */
public final class CompoundSurnames {
  private static final Set<String> SURNAMES = Set.of(
      "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊", "澹台", "公冶",
      "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐", "钟离", "宇文", "长孙", "慕容",
      "鲜于", "闾丘", "司徒", "司空", "端木", "南宫", "西门", "呼延");

  private CompoundSurnames() {}

  /** Whether a name in Simplified characters opens with a compound surname. */
  public static boolean opens(String simplifiedName) {
    return simplifiedName.length() >= 2 && SURNAMES.contains(simplifiedName.substring(0, 2));
  }
}
