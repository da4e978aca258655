package org.claimgraph.extract;

/** A half-open character range {@code [begin, end)} in some text; which text is up to the holder. */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Illegal span [" + begin + "," + end + ") : need 0 <= begin <= end");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The covered substring of {@code text}. */
  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}
