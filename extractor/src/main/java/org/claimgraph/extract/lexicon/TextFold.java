package org.claimgraph.extract.lexicon;

/**
 * Character-by-character normalisation shared by the lexicon and its matcher. Every method maps one
 * char to one char, so offsets into the folded text are offsets into the original.
 */
final class TextFold {
  private TextFold() {}

  /** Width, dash, space and middle-dot variants folded; case kept. */
  static String keepCase(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(text.charAt(i));
    }
    return new String(out);
  }

  /** {@link #keepCase} and lower-cased: the key the matcher's automaton runs on. */
  static String lower(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(foldChar(text.charAt(i)));
    }
    return new String(out);
  }

  static char foldChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // full-width ASCII, common in Chinese text: ＧＰＴ－４
    }
    switch (c) {
      case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
          '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000':
        return ' ';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63':
        return '-';
      // Chinese transliterations of foreign names use any of these as the name separator.
      case '\u2022', '\u2027', '\u30FB', '\uFF65', '\u2219', '\u22C5', '\u0387':
        return '\u00B7';
      case '\u2019', '\u2018', '\u02BC':
        return '\'';
      default:
        return c;
    }
  }

  /**
   * A letter or digit that takes part in a space-delimited word: Latin, Greek, Cyrillic, ... but not
   * Han, kana or Hangul, which are written without spaces and so never bound a Latin name.
   */
  static boolean isSpacedWordChar(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN
        && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA
        && script != Character.UnicodeScript.HANGUL;
  }

  /** True if every letter is Latin script and there is at least one (digits and punctuation allowed). */
  static boolean isLatinScript(String form) {
    boolean letter = false;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letter = true;
      } else if (Character.isIdeographic(c)) {
        return false;
      }
    }
    return letter;
  }
}
