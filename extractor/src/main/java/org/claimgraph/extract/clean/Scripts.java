package org.claimgraph.extract.clean;

import org.claimgraph.extract.Languages;

/** Which writing system a character belongs to, as far as cleaning cares. */
final class Scripts {
  private Scripts() {}

  /** A Han ideograph (the letters of Chinese text). */
  static boolean isHan(int c) {
    return Languages.isHan(c);
  }

  /** Han, or the punctuation and full-width forms that Chinese text uses. */
  static boolean isChinese(int c) {
    return isHan(c)
        || (c >= 0x3000 && c <= 0x303F)   // CJK symbols and punctuation
        || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms
        || c == 0x2014 || c == 0x2026 || c == 0x00B7 // dash, ellipsis, middle dot
        || (c >= 0x2018 && c <= 0x201D);  // curly quotes
  }

  static boolean isLatinLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
