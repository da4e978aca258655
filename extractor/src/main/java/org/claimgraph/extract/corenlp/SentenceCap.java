package org.claimgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Span;

/**
 * Cuts a paragraph into pieces that CoreNLP can annotate one by one, so that no sentence it sees is longer than a
 * cap. CoreNLP's costs grow faster than linearly with sentence length (KBP's rule matching above all): one
 * 20,000-character run-on sentence kept a core busy for more than 7 minutes. A paragraph whose sentences all fit is
 * left whole, so ordinary text is annotated exactly as before.
 *
 * <p>A sentence over the cap is cut after clause punctuation (；，：、… and their ASCII forms), its clauses packed
 * into pieces up to the cap; a clause still over the cap is cut hard, at the last space of its second half when
 * there is one (Latin text), else at the cap.
 */
public final class SentenceCap {
  /** Longer than any real sentence of the development corpus (the longest has 294 characters). */
  public static final int DEFAULT_MAX_CHARS = 512;
  /** Below this, a hard cut would break words and names more often than it prevents a stall. */
  static final int MIN_MAX_CHARS = 32;

  /** Where CoreNLP's sentence splitter ends sentences, besides a full stop before a space. */
  private static final String SENTENCE_ENDS = "。！？!?";
  private static final String CLAUSE_ENDS = "；;，,：:、…";
  /** Closing marks that belong to the sentence or clause they end. */
  private static final String CLOSERS = "”’」』）)》〉】\"'";

  private final int maxChars;

  public SentenceCap(int maxChars) {
    if (maxChars < MIN_MAX_CHARS) {
      throw new IllegalArgumentException("Illegal maxChars=" + maxChars + " : must be at least " + MIN_MAX_CHARS);
    }
    this.maxChars = maxChars;
  }

  public int maxChars() {
    return maxChars;
  }

  /**
   * The pieces of {@code text} to annotate one by one, in order, as spans into {@code text}. Each is at most
   * {@link #maxChars()} long and holds something besides whitespace; together they hold all of its non-blank text.
   * A text whose sentences all fit comes back as one piece.
   */
  public List<Span> pieces(String text) {
    List<Span> sentences = cutAfter(text, new Span(0, text.length()), SENTENCE_ENDS, true);
    if (sentences.stream().allMatch(s -> s.length() <= maxChars)) {
      return isBlank(text, new Span(0, text.length())) ? List.of() : List.of(new Span(0, text.length()));
    }
    List<Span> pieces = new ArrayList<>();
    Packer packer = new Packer(text, pieces);
    for (Span sentence : sentences) {
      if (sentence.length() <= maxChars) {
        packer.add(sentence);
        continue;
      }
      for (Span clause : cutAfter(text, sentence, CLAUSE_ENDS, false)) {
        if (clause.length() <= maxChars) {
          packer.add(clause);
        } else {
          hardCut(text, clause).forEach(packer::add);
        }
      }
      packer.flush(); // the next sentence starts a piece of its own
    }
    packer.flush();
    return pieces;
  }

  /** Consecutive spans joined while they fit, so short sentences next to a long one are not annotated one by one. */
  private final class Packer {
    private final String text;
    private final List<Span> out;
    private int begin = -1;
    private int end = -1;

    Packer(String text, List<Span> out) {
      this.text = text;
      this.out = out;
    }

    void add(Span span) {
      if (begin >= 0 && span.end() - begin > maxChars) {
        flush();
      }
      if (begin < 0) {
        begin = span.begin();
      }
      end = span.end();
    }

    void flush() {
      if (begin >= 0 && !isBlank(text, new Span(begin, end))) {
        out.add(new Span(begin, end));
      }
      begin = -1;
    }
  }

  /** Spans of {@code within} cut after each mark (and the closing marks after it); no span is empty. */
  private static List<Span> cutAfter(String text, Span within, String marks, boolean periodBeforeSpace) {
    List<Span> spans = new ArrayList<>();
    int start = within.begin();
    int i = within.begin();
    while (i < within.end()) {
      char c = text.charAt(i);
      boolean ends = marks.indexOf(c) >= 0
          || (periodBeforeSpace && c == '.' && (i + 1 == within.end() || Character.isWhitespace(text.charAt(i + 1))));
      i++;
      if (ends) {
        while (i < within.end() && (CLOSERS.indexOf(text.charAt(i)) >= 0 || marks.indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
        spans.add(new Span(start, i));
        start = i;
      }
    }
    if (start < within.end()) {
      spans.add(new Span(start, within.end()));
    }
    return spans;
  }

  /** Cuts a span with no usable punctuation into pieces of at most the cap. */
  private List<Span> hardCut(String text, Span span) {
    List<Span> pieces = new ArrayList<>();
    int start = span.begin();
    while (span.end() - start > maxChars) {
      int cut = start + maxChars;
      int space = lastSpace(text, start + maxChars / 2, cut);
      if (space > start) {
        cut = space;
      } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--; // never split a surrogate pair
      }
      pieces.add(new Span(start, cut));
      start = cut;
    }
    pieces.add(new Span(start, span.end()));
    return pieces;
  }

  /** The index just after the last whitespace in [from, to), or -1. */
  private static int lastSpace(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isBlank(String text, Span span) {
    return span.of(text).isBlank();
  }
}
