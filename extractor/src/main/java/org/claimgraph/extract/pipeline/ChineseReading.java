package org.claimgraph.extract.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Languages;

/**
 * A Chinese article as the stages read it: in Simplified characters, with ASCII letters and digits, and with curly
 * quotation marks where a line pairs straight ones. So one set of rules, cues and lexicons (and CoreNLP's models,
 * trained on Simplified text) serves articles in Traditional characters, names and numbers typed in full width
 * (ＯｐｅｎＡＩ, ２０２４年) and quotations typed with "straight" marks. The reading has the original's
 * length, so every offset into it is an offset into the original: provenance stays exact, and {@link OriginalScript}
 * gives what was extracted back as the article writes it.
 */
final class ChineseReading {
  /** A line, or a sentence of a long one, or at most 2,000 characters of a longer sentence. */
  private static final Pattern PIECE = Pattern.compile("[^\\n。！？]{1,2000}[\\n。！？]?|[\\n。！？]");
  /** Full-width full stop, hyphenation point, bullet, katakana middle dots, bullet and dot operators. */
  private static final String NAME_POINTS = "\uFF0E\u2027\u2022\u30FB\uFF65\u2219\u22C5";
  /** The distance from a full-width ASCII form (U+FF01–U+FF5E) to its ASCII character. */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;

  private ChineseReading() {}

  /** {@code text} as the stages read it: the same length, and the same string when nothing changes. */
  static String of(String text) {
    String read = curlyQuotes(namePoints(halfWidthNames(simplified(text))));
    return read.equals(text) ? text : read;
  }

  /** Traditional characters in their Simplified forms, one for one. */
  static String simplified(String text) {
    if (text.chars().noneMatch(Languages::isHan)) {
      return text;
    }
    StringBuilder read = new StringBuilder(text.length());
    // Piece by piece: the transform's time grows faster than the length of the string it is given, and no word it
    // converts in context runs across a line or a full stop.
    Matcher piece = PIECE.matcher(text);
    while (piece.find()) {
      String original = piece.group();
      String converted = Languages.simplified(original);
      if (converted.length() == original.length()) {
        read.append(converted);
        continue;
      }
      for (int i = 0; i < original.length(); i++) { // a conversion changed a length: character by character here
        String one = Languages.simplified(String.valueOf(original.charAt(i)));
        read.append(one.length() == 1 ? one.charAt(0) : original.charAt(i));
      }
    }
    return read.toString();
  }

  /**
   * Full-width letters and digits as ASCII, and a full-width hyphen or point between two of them (ＧＰＴ－４, ３．５).
   * Full-width punctuation stays: it is how Chinese is punctuated.
   */
  static String halfWidthNames(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean joiner = (c == '－' || c == '．') && i > 0 && i + 1 < text.length()
          && isAlphanumeric(halfWidth(text.charAt(i - 1))) && isAlphanumeric(halfWidth(text.charAt(i + 1)));
      if (isAlphanumeric(halfWidth(c)) && c != halfWidth(c) || joiner) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = halfWidth(c);
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * The other points that join the parts of a transliterated name (皮特．赫格塞斯, 皮特‧赫格塞斯, 皮特・赫格塞斯) read as the
   * middle dot, between two Han characters: Taiwanese and Japanese-style copy types them, and the segmenter, CoreNLP's
   * models and the name rules know a name's parts by the middle dot.
   */
  static String namePoints(String text) {
    char[] chars = null;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (NAME_POINTS.indexOf(text.charAt(i)) >= 0
          && Languages.isHan(text.charAt(i - 1)) && Languages.isHan(text.charAt(i + 1))) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '\u00B7';
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Straight double quotation marks in a Chinese line as “ and ”, by turns, when the line has them in pairs: the rules
   * and CoreNLP's Chinese models know a quotation, or a name in quotation marks, by its curly marks.
   */
  static String curlyQuotes(String text) {
    if (text.indexOf('"') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    int lineStart = 0;
    for (int i = 0; i <= chars.length; i++) {
      if (i == chars.length || chars[i] == '\n') {
        curlyQuotesInLine(chars, lineStart, i);
        lineStart = i + 1;
      }
    }
    return new String(chars);
  }

  private static void curlyQuotesInLine(char[] chars, int begin, int end) {
    int marks = 0;
    boolean han = false;
    for (int i = begin; i < end; i++) {
      marks += chars[i] == '"' ? 1 : 0;
      han |= Languages.isHan(chars[i]);
    }
    if (!han || marks == 0 || marks % 2 != 0) {
      return;
    }
    boolean open = true;
    for (int i = begin; i < end; i++) {
      if (chars[i] == '"') {
        chars[i] = open ? '“' : '”';
        open = !open;
      }
    }
  }

  private static char halfWidth(char c) {
    return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - FULL_WIDTH_OFFSET) : c;
  }

  private static boolean isAlphanumeric(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
