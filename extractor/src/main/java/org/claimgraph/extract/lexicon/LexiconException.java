package org.claimgraph.extract.lexicon;

import java.util.List;

/** A lexicon file could not be loaded. Each problem reads {@code file:line: what is wrong}. */
public class LexiconException extends RuntimeException {
  private static final int SHOWN = 20;
  private final List<String> problems;

  public LexiconException(List<String> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file and line order. */
  public List<String> problems() {
    return problems;
  }

  private static String summary(List<String> problems) {
    StringBuilder text = new StringBuilder(problems.size() == 1 ? "" : problems.size() + " lexicon problems:\n");
    problems.stream().limit(SHOWN).forEach(p -> text.append(p).append('\n'));
    if (problems.size() > SHOWN) {
      text.append("... and ").append(problems.size() - SHOWN).append(" more\n");
    }
    return text.toString().strip();
  }
}
