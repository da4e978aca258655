package org.claimgraph.extract.lexicon;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * One way of writing one lexicon entry, with the rule for which spellings in a text count as it.
 *
 * <ul>
 *   <li>Forms of at most {@value #EXACT_CASE_MAX} characters, and forms written in capitals only, match only in their
 *       own case: {@code AI}, {@code AWS}; {@code xAI}, which must not fire on XAI (explainable AI); {@code BLOOM} and
 *       {@code ERNIE}, which must not fire on the words Bloom and Ernie.
 *   <li>Longer forms match in any case, except that a text written all in lower case does not match a form that
 *       has capitals, so {@code Adept}, {@code Perplexity} and {@code Runway} leave the English words adept,
 *       perplexity and runway alone, nor, for a form that opens with an article, text that writes a later word in
 *       lower case, so {@code The Paper} leaves "The paper" alone. A lexicon lists a lower-case alias where that
 *       spelling is the name ({@code pytorch}).
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
   * Whether a form that opens with an article (The Paper, The Information) has its later capitals in {@code written}
   * too: such a name is told from the common words it is made of only by them, so "The paper" is no mention of The
   * Paper. Other forms leave a later word's case free (Biden-Harris administration is the Biden-Harris
   * Administration).
   */
  private boolean keepsInnerCapitals(String written) {
    String own = TextFold.keepCase(form);
    if (!ARTICLE_FIRST.matcher(own).lookingAt()) {
      return true;
    }
    for (int i = 1; i < own.length() && i < written.length(); i++) {
      boolean wordStart = own.charAt(i - 1) == ' ';
      if (wordStart && Character.isUpperCase(own.charAt(i)) && Character.isLowerCase(written.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An English article opening a form: The, A, An. */
  private static final Pattern ARTICLE_FIRST = Pattern.compile("(?:The|A|An) ");

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
