package org.claimgraph.extract.clean;

import java.util.regex.Pattern;

/**
 * A press credit line: the editor, the source, the photographer (责任编辑：X, 来源：X, 图源：X, Editing by X). Papers
 * and sites print these around most articles, before or after the body. Their names belong to the article (an editor
 * is a person, a source an outlet), but the line states nothing, so it is kept in its own role and never read for
 * claims.
 */
final class CreditLine {
  /** A credit is short; a longer line opening with 来源 is a sentence about a source. */
  private static final int MAX_LENGTH = 60;
  /**
   * The labels of Chinese press credits (editing, checking, layout, production, source, images) and of English wire
   * credits ("Reporting by …; Editing by …"), each followed by a separator or a closing bracket or, in English, by "by".
   */
  private static final Pattern LABEL = Pattern.compile(
      "^[【\\[(（]?\\s*(?:(?:责任|值班|实习|特约)?编辑|责编|主编|校对|审核|审校|终审|美编|排版|监制|出品|出品人|策划|统筹"
          + "|来源|出处|稿源|图源|图片来源|摄影|视觉|设计)\\s*(?:[】\\])）]\\s*[:：|｜丨/]?|[:：|｜丨/])"
          + "|^[(\\[]?\\s*(?i:(?:additional\\s+)?reporting|editing|edited|writing|photos?|photographs?)\\s+by\\s"
          + "|^(?i:source|sources|image\\s+credit|photo|credit)\\s*:");
  /** A credit names; it does not say anything: no sentence ends inside it. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

  private CreditLine() {}

  static boolean isCredit(String line) {
    String text = line.strip();
    return text.length() <= MAX_LENGTH && LABEL.matcher(text).find() && !SENTENCE_END.matcher(text).find();
  }
}
