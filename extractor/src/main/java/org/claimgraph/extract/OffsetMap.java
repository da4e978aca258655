package org.claimgraph.extract;

import java.util.Arrays;

/**
 * Maps each character of a cleaned text back to a character of the raw file it came from.
 * Characters the cleaner inserted (separators between glued names, paragraph breaks) map to
 * the raw position of the next original character.
 */
public final class OffsetMap {
  private final int[] cleanToRaw;
  private final int rawLength;

  /** @param cleanToRaw one raw offset per cleaned character; must be non-decreasing */
  public OffsetMap(int[] cleanToRaw, int rawLength) {
    for (int i = 0; i < cleanToRaw.length; i++) {
      if (cleanToRaw[i] < 0 || cleanToRaw[i] > rawLength || (i > 0 && cleanToRaw[i] < cleanToRaw[i - 1])) {
        throw new IllegalArgumentException("Illegal offset map at cleaned offset " + i + ": raw " + cleanToRaw[i]);
      }
    }
    this.cleanToRaw = cleanToRaw.clone();
    this.rawLength = rawLength;
  }

  public int cleanLength() {
    return cleanToRaw.length;
  }

  /** Raw offset of the cleaned character at {@code cleanOffset}; the cleaned end maps past the last char. */
  public int toRaw(int cleanOffset) {
    if (cleanOffset < 0 || cleanOffset > cleanToRaw.length) {
      throw new IndexOutOfBoundsException("Illegal cleaned offset=" + cleanOffset + " : text has " + cleanToRaw.length + " chars");
    }
    return cleanOffset == cleanToRaw.length ? rawLength : cleanToRaw[cleanOffset];
  }

  /** The raw span covering a cleaned span: from its first character to just after its last. */
  public Span toRaw(Span clean) {
    if (clean.length() == 0) {
      int at = toRaw(clean.begin());
      return new Span(at, at);
    }
    return new Span(toRaw(clean.begin()), toRaw(clean.end() - 1) + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m && m.rawLength == rawLength && Arrays.equals(m.cleanToRaw, cleanToRaw);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(cleanToRaw) + rawLength;
  }
}
