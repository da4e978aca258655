package org.claimgraph.extract.clean;

import java.util.Arrays;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Span;

/** Builds the cleaned text paragraph by paragraph, recording for each character the raw offset it came from. */
final class CleanTextBuilder {
  static final String PARAGRAPH_BREAK = "\n\n";

  private final StringBuilder text = new StringBuilder();
  private int[] toRaw = new int[1024];

  /**
   * Appends a paragraph, preceded by a paragraph break unless it is the first.
   *
   * @param repaired the paragraph text with the way back to the raw line's content
   * @param rawBegin raw offset of the line content's first character
   * @return the paragraph's span in the cleaned text
   */
  Span append(RepairedLine repaired, int rawBegin) {
    if (text.length() > 0) {
      // Inserted characters map to the raw position of the next original character.
      for (int i = 0; i < PARAGRAPH_BREAK.length(); i++) {
        add(PARAGRAPH_BREAK.charAt(i), rawBegin);
      }
    }
    int begin = text.length();
    String t = repaired.text();
    for (int i = 0; i < t.length(); i++) {
      add(t.charAt(i), rawBegin + repaired.toOriginal().toRaw(i));
    }
    return new Span(begin, text.length());
  }

  private void add(char c, int raw) {
    if (text.length() == toRaw.length) {
      toRaw = Arrays.copyOf(toRaw, toRaw.length * 2);
    }
    toRaw[text.length()] = raw;
    text.append(c);
  }

  String text() {
    return text.toString();
  }

  OffsetMap offsets(int rawLength) {
    return new OffsetMap(Arrays.copyOf(toRaw, text.length()), rawLength);
  }
}
