package org.claimgraph.server.pages;

/**
 * A passage split around the part to highlight; the template wraps {@code mark} in {@code <mark>}.
 *
 * @param before text before the highlighted part
 * @param mark the highlighted part (empty when nothing could be placed)
 * @param after text after it
 */
record Highlight(String before, String mark, String after) {

  boolean hasMark() {
    return !mark.isEmpty();
  }

  static Highlight plain(String text) {
    return new Highlight(text, "", "");
  }

  /**
   * Highlights {@code [markBegin, markEnd)} of a document inside {@code text}, which starts at {@code textBegin}
   * in the same document. When the offsets do not land on {@code expected} (offsets counted differently, or a
   * stale graph), the first occurrence of {@code expected} is highlighted instead, or nothing.
   */
  static Highlight of(String text, Integer textBegin, Integer markBegin, Integer markEnd, String expected) {
    if (text == null) {
      return null;
    }
    if (textBegin != null && markBegin != null && markEnd != null) {
      int from = markBegin - textBegin;
      int to = markEnd - textBegin;
      if (from >= 0 && to > from && to <= text.length()) {
        String candidate = text.substring(from, to);
        if (expected == null || expected.isEmpty() || candidate.equals(expected)) {
          return new Highlight(text.substring(0, from), candidate, text.substring(to));
        }
      }
    }
    if (expected != null && !expected.isEmpty()) {
      int at = text.indexOf(expected);
      if (at >= 0) {
        return new Highlight(text.substring(0, at), expected, text.substring(at + expected.length()));
      }
    }
    return plain(text);
  }
}
