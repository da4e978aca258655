package org.claimgraph.extract;

import com.ibm.icu.text.Transliterator;

/** The language of a text, by script: Chinese when Han characters make up a fifth of its letters, else English. */
public final class Languages {
  public static final String CHINESE = "zh";
  public static final String ENGLISH = "en";
  /** Chinese articles about AI are full of Latin names; a fifth of Han letters is already a Chinese text. */
  private static final double HAN_SHARE = 0.2;
  /**
   * Unicode's Traditional-to-Simplified transform (ICU). It converts in context (著名 stays 著名, 看著 becomes 看着),
   * and leaves Simplified text as it is. One per thread: a transliterator is not documented as safe to share. The
   * filter keeps 俱, a Simplified character (俱乐部, club) that the transform's table takes for a variant of 具.
   */
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("[^俱] Traditional-Simplified"));

  private Languages() {}

  /** A Han character, the letters of Chinese text. */
  public static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * A short text's Traditional characters in their Simplified forms. The transform's time grows faster than the length
   * of the text, so a whole article goes piece by piece (the pipeline's Chinese reading).
   */
  public static String simplified(String text) {
    return TO_SIMPLIFIED.get().transliterate(text);
  }

  public static String detect(String text) {
    long han = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isHan(c)) {
        han++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
      i += Character.charCount(c);
    }
    return letters > 0 && han >= HAN_SHARE * letters ? CHINESE : ENGLISH;
  }
}
