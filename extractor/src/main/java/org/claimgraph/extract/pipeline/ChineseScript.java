package org.claimgraph.extract.pipeline;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese read as Simplified, so that one set of rules, cues and lexicons (and CoreNLP's models, trained on
 * Simplified text) serves articles in either script. The reading has the original's length, so every offset into it
 * is an offset into the original: provenance stays exact, and {@link OriginalScript} gives what was extracted back in
 * the script the article was written in.
 */
final class ChineseScript {
  /**
   * Unicode's Traditional-to-Simplified transform (ICU). It converts in context (著名 stays 著名, 著作 too), and
   * leaves Simplified text as it is. One per thread: a transliterator is not documented as safe to share.
   */
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private ChineseScript() {}

  /** {@code text} read in Simplified characters: the same length, and the same string when nothing changes. */
  static String simplified(String text) {
    if (text.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return text;
    }
    Transliterator toSimplified = TO_SIMPLIFIED.get();
    String whole = toSimplified.transliterate(text);
    if (whole.length() == text.length()) {
      return whole.equals(text) ? text : whole;
    }
    // A conversion changed a length somewhere: keep the converted lines that kept theirs, and read the others
    // character by character.
    StringBuilder read = new StringBuilder(text.length());
    for (String line : text.split("(?<=\n)", -1)) {
      String converted = toSimplified.transliterate(line);
      if (converted.length() == line.length()) {
        read.append(converted);
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        String one = toSimplified.transliterate(String.valueOf(line.charAt(i)));
        read.append(one.length() == 1 ? one.charAt(0) : line.charAt(i));
      }
    }
    String result = read.toString();
    return result.equals(text) ? text : result;
  }
}
