package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that names a university's campus or a hospital's branch by its whole name:
 * the parent's name, the branch's place and 分校 or 校区 (加州大学圣迭戈分校, 得克萨斯大学奥斯汀分校, 某某大学江北校区),
 * or 院区 or 分院 after a hospital (某市第一人民医院滨江院区). The lexicon or NER finds the parent and the place apart;
 * the branch is a body of its own, with the parent named inside it (and the place no mention of its own there).
 */
final class InstitutionBranches {
  /**
   * The branch's own part after the parent's name: two to five characters, then the branch noun; no conjunction,
   * particle or word of number or age among them (斯坦福大学和几所分校, 某医院所有院区 name no branch).
   */
  private static final String BRANCH_PLACE = "(?!所有|全部|各|多个|几|两个|新|老|其他|其它|下属|旗下|本)"
      + "(?:(?![和与及或的在等、])\\p{IsHan}){2,5}?";
  private static final Pattern CAMPUS = Pattern.compile(BRANCH_PLACE + "(?:分校|校区)");
  private static final Pattern HOSPITAL_BRANCH = Pattern.compile(BRANCH_PLACE + "(?:院区|分院)");

  private InstitutionBranches() {}

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention parent : List.copyOf(accepted)) {
      // The parent's name ends the mention, or NER read the branch's place into it (某某医院滨江 of 某某医院滨江院区).
      int hospitalEnd = Math.max(parent.text().lastIndexOf("医院"), parent.text().lastIndexOf("醫院"));
      boolean hospital = hospitalEnd >= 0 && parent.text().length() - hospitalEnd - 2 <= 5;
      if (!parent.type().isOrganization() || !parent.text().endsWith("大学") && !hospital) {
        continue;
      }
      int parentEnd = hospital ? parent.span().begin() + hospitalEnd + 2 : parent.span().end();
      Matcher campus = (hospital ? HOSPITAL_BRANCH : CAMPUS).matcher(text).region(parentEnd,
          Math.min(text.length(), parentEnd + 8));
      if (!campus.lookingAt() || campus.end() <= parent.span().end()) {
        continue;
      }
      Span whole = new Span(parent.span().begin(), campus.end());
      Span own = new Span(parentEnd, campus.end());
      if (accepted.stream().anyMatch(m -> m.span().contains(whole))) {
        continue; // the lexicon knows the campus by this name already
      }
      accepted.removeIf(m -> own.contains(m.span()));
      if (parentEnd < parent.span().end()) { // the parent alone is named inside the branch's name
        accepted.remove(parent);
        Span parentName = new Span(parent.span().begin(), parentEnd);
        accepted.add(new Mention(parentName, parentName.of(text), parent.type(), parent.sentence(), parent.source()));
      }
      EntityType type = hospital ? EntityType.ORGANIZATION : EntityType.RESEARCH_ORGANIZATION;
      accepted.add(new Mention(whole, whole.of(text), type, parent.sentence(),
          Mention.Source.PATTERN));
    }
  }
}
