package org.claimgraph.extract;

import java.util.Objects;

/**
 * A stretch of the cleaned text that names an entity.
 *
 * @param sentence index of the sentence it lies in, or -1 if none (e.g. the byline before splitting)
 * @param source   what found it
 */
public record Mention(Span span, String text, EntityType type, int sentence, Source source) {
  public enum Source { NER, LEXICON, PATTERN, COREFERENCE, BYLINE }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("Mention '" + text + "' does not fit its span " + span);
    }
  }
}
