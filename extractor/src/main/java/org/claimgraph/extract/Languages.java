package org.claimgraph.extract;

/** The language of a text, by script: Chinese when Han characters make up a fifth of its letters, else English. */
public final class Languages {
  public static final String CHINESE = "zh";
  public static final String ENGLISH = "en";
  /** Chinese articles about AI are full of Latin names; a fifth of Han letters is already a Chinese text. */
  private static final double HAN_SHARE = 0.2;

  private Languages() {}

  /** A Han character, the letters of Chinese text. */
  public static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
