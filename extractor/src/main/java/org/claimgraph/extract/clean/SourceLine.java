package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Span;

/**
 * One line of the raw text, without its line end.
 *
 * @param number  1-based line number
 * @param span    the whole line in the raw text (line end excluded)
 * @param content the line without leading and trailing whitespace (empty span for a blank line)
 * @param text    the content's characters
 */
record SourceLine(int number, Span span, Span content, String text) {
  boolean isBlank() {
    return text.isEmpty();
  }

  /** Splits at LF, CRLF and CR, so a file with any line ends keeps raw offsets exact. */
  static List<SourceLine> split(String raw) {
    List<SourceLine> lines = new ArrayList<>();
    int begin = 0;
    int number = 1;
    int i = 0;
    while (i <= raw.length()) {
      boolean atEnd = i == raw.length();
      char c = atEnd ? '\n' : raw.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!(atEnd && begin == i && number > 1)) {
          lines.add(of(raw, number++, begin, i));
        }
        if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        begin = i + 1;
      }
      i++;
    }
    return lines;
  }

  private static SourceLine of(String raw, int number, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && TextDecoder.isBlankChar(raw.charAt(b))) {
      b++;
    }
    while (e > b && TextDecoder.isBlankChar(raw.charAt(e - 1))) {
      e--;
    }
    return new SourceLine(number, new Span(begin, end), new Span(b, e), raw.substring(b, e));
  }
}
