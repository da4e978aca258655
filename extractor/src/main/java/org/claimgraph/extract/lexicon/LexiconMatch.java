package org.claimgraph.extract.lexicon;

import java.util.Objects;
import org.claimgraph.extract.Span;

/** A stretch of text that spells one of a lexicon entry's surface forms; {@code text} is as written in the input. */
public record LexiconMatch(Span span, String text, LexiconEntry entry) {
  public LexiconMatch {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("Match '" + text + "' does not fit its span " + span);
    }
  }
}
