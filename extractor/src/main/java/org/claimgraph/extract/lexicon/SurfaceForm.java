package org.claimgraph.extract.lexicon;

import java.util.Comparator;

/**
 * One way of writing one lexicon entry, with the rule for which spellings in a text count as it.
 *
 * <ul>
 *   <li>Forms of at most {@value #EXACT_CASE_MAX} characters, and forms written in capitals only, match only in their
 *       own case: {@code AI}, {@code AWS}; {@code xAI}, which must not fire on XAI (explainable AI); {@code BLOOM} and
 *       {@code ERNIE}, which must not fire on the words Bloom and Ernie.
 *   <li>Longer forms match in any case, except that a text written all in lower case does not match a form that
 *       has capitals, so {@code Adept}, {@code Perplexity} and {@code Runway} leave the English words adept,
 *       perplexity and runway alone, nor text that writes a later word of the form in lower case, so {@code The
 *       Paper} leaves "The paper" alone. A lexicon lists a lower-case alias where that spelling is the name
 *       ({@code pytorch}).
 * </ul>
 *
 * @param loadIndex position of the entry in load order, which settles ties between entries sharing a form
 */
record SurfaceForm(String form, LexiconEntry entry, int loadIndex) {
  static final int EXACT_CASE_MAX = 4;

  /** Label forms before aliases, then earlier-loaded entries first. */
  static final Comparator<SurfaceForm> PRECEDENCE =
      Comparator.comparing((SurfaceForm f) -> !f.isLabel()).thenComparingInt(SurfaceForm::loadIndex);

  /** The key the matcher's automaton looks for. */
  String matchKey() {
    return TextFold.lower(form);
  }

  boolean isLabel() {
    return entry.isLabel(form);
  }

  boolean isCaseSensitive() {
    return form.length() <= EXACT_CASE_MAX || (hasUpperCase(form) && form.chars().noneMatch(Character::isLowerCase));
  }

  /** Whether {@code written}, whose {@link #matchKey} equals this form's, counts as this form. */
  boolean accepts(String written) {
    String folded = TextFold.keepCase(written);
    if (isCaseSensitive()) {
      return folded.equals(TextFold.keepCase(form));
    }
    return !(hasUpperCase(form) && hasLetter(folded) && !hasUpperCase(folded)) && keepsInnerCapitals(folded);
  }

  /**
   * Whether every word after the first that the form capitalises is capitalised in {@code written} too: a sentence
   * may capitalise a name's first word, never its later ones, so "The paper" is no mention of The Paper and
   * "Microsoft research" none of Microsoft Research.
   */
  private boolean keepsInnerCapitals(String written) {
    String own = TextFold.keepCase(form);
    for (int i = 1; i < own.length() && i < written.length(); i++) {
      if (own.charAt(i - 1) == ' ' && Character.isUpperCase(own.charAt(i)) && Character.isLowerCase(written.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True if some text would count as both forms. */
  boolean collidesWith(SurfaceForm other) {
    if (!matchKey().equals(other.matchKey())) {
      return false;
    }
    return other.accepts(form) || accepts(other.form);
  }

  private static boolean hasUpperCase(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
  }
}
