package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article isolated from its page: the text CoreNLP sees, its parts, and the way back to the raw file.
 *
 * @param id         a stable document id derived from the source name (used in IRIs)
 * @param raw        the decoded input
 * @param title      the article's title
 * @param date       its publication date, when the page gives one
 * @param byline     its author line, when the page gives one
 * @param text       the cleaned text: the kept paragraphs joined by blank lines, glued names repaired
 * @param paragraphs the kept paragraphs, in order, with spans into {@code text}
 * @param offsets    cleaned offset to raw offset
 * @param dropped    every raw line left out, with its reason
 * @param repairs    every repair made to the text (e.g. a glued name split), for the report
 */
public record CleanDocument(
    String id,
    RawDocument raw,
    String title,
    Optional<LocalDate> date,
    Optional<Byline> byline,
    String text,
    List<Paragraph> paragraphs,
    OffsetMap offsets,
    List<DroppedLine> dropped,
    List<String> repairs) {

  public CleanDocument {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("Illegal document id=" + id + " : use letters, digits, '.', '_' and '-'");
    }
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(text, "text");
    if (offsets.cleanLength() != text.length()) {
      throw new IllegalArgumentException(raw.source() + ": offset map covers " + offsets.cleanLength()
          + " chars but the cleaned text has " + text.length());
    }
    for (Paragraph p : paragraphs) {
      if (p.span().end() > text.length()) {
        throw new IllegalArgumentException(raw.source() + ": paragraph " + p.span() + " runs past the text");
      }
    }
    paragraphs = List.copyOf(paragraphs);
    dropped = List.copyOf(dropped);
    repairs = List.copyOf(repairs);
  }
}
