package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TaggedSentence;

/** Where claims begin and end in the text: sentence ends, what a cue reports, distances that mean the same in any script. */
final class ClaimText {
  private static final String SKIP_AFTER_CUE = "：:，, \u3000";
  private static final String SENTENCE_ENDS = "。！？!?";
  private static final String TRAILING = "，,；;：: \u3000";
  /** A word ending in a full stop that is no sentence's end: initials (U.S., J.) and common English abbreviations. */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:^|[\\s(])(?:(?:\\p{Lu}\\.)*\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc)\\.$");

  private ClaimText() {}

  /** The offset after the punctuation and spaces that separate a cue from what it reports. */
  static int skipSeparators(String text, int at, int limit) {
    while (at < limit && SKIP_AFTER_CUE.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  static Optional<Quotations.Quote> quoteOpeningAt(List<Quotations.Quote> quotes, int at) {
    return quotes.stream().filter(q -> q.open().isPresent() && q.open().get().begin() == at).findFirst();
  }

  /**
   * What a cue reports: from {@code at} to the end of its sentence, to a space between Chinese words, or to a colon or
   * comma that opens a quotation, without trailing punctuation. A sentence end inside a quotation does not end it.
   */
  static Span reported(String text, int at, int limit, List<Quotations.Quote> quotes) {
    int end = at;
    while (end < limit) {
      char c = text.charAt(end);
      int here = end;
      boolean inQuote = quotes.stream().anyMatch(q -> q.outerBegin() < here && here < q.outerEnd());
      if (!inQuote && (isSentenceEnd(text, end)
          || quotes.stream().anyMatch(q -> q.outerEnd() == here && q.endsEnglishSentence(text)))) {
        break;
      }
      // 专家呼吁加快制定标准 多地出台补贴政策: a space between Chinese words separates two headlines or clauses, as
      // Chinese titles print them; a space before or after a Latin word does not.
      if (!inQuote && Character.isWhitespace(c) && isHanAt(text, end - 1) && isHanAt(text, end + 1)) {
        break;
      }
      // A colon or comma that opens a quotation ends the statement: the quotation is a claim of its own (in English
      // after a space: …saying it would fail, "we proved them wrong.").
      int opening = end + 1;
      while (opening < limit && text.charAt(opening) == ' ') {
        opening++;
      }
      if (":：，,".indexOf(c) >= 0 && opening < limit && quoteOpeningAt(quotes, opening).isPresent()) {
        break;
      }
      end++;
    }
    return trimmed(text, at, end);
  }

  private static boolean isHanAt(String text, int i) {
    return i >= 0 && i < text.length() && Languages.isHan(text.charAt(i));
  }

  /** {@code [begin, end)} without leading spaces and without trailing punctuation and spaces. */
  static Span trimmed(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && (TRAILING.indexOf(text.charAt(end - 1)) >= 0 || SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0
        || (text.charAt(end - 1) == '.' && isSentenceEnd(text, end - 1)))) {
      end--;
    }
    return new Span(begin, end);
  }

  static boolean noSentenceEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isSentenceEnd(text, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * 。！？!? end a sentence; so does a full stop before a space or the end (English), but not the one in 3.5, nor one
   * that closes an abbreviation (U.S. companies, Mr. Smith, Acme Inc. said).
   */
  static boolean isSentenceEnd(String text, int i) {
    char c = text.charAt(i);
    return SENTENCE_ENDS.indexOf(c) >= 0
        || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
            && !ABBREVIATION.matcher(text.substring(Math.max(0, i - 8), i + 1)).find());
  }

  /**
   * How far apart two offsets are, in a measure that means the same in Chinese and English: a Latin word counts two
   * (about one Chinese word), every other character one.
   */
  static int distance(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      boolean latin = isLatinLetter(text.charAt(i));
      if (!latin) {
        n++;
      } else if (i == from || !isLatinLetter(text.charAt(i - 1))) {
        n += 2;
      }
    }
    return n;
  }

  private static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && c < 0x2E80;
  }

  /**
   * Whether {@code span} is, in Chinese, only a noun phrase: it ends in a noun, has no copula (是, 有), and its verbs
   * open relative clauses closed by 的 (DEC) before the noun, with no noun before them that could be their subject.
   * A name, an epithet or a section's title (一朵改变世界的中国云, 人工智能前沿阵地) predicates nothing, so it states
   * nothing; a clause has a predicate of its own. Read from the parts of speech, which the Chinese parse gets right
   * more often than its heads.
   */
  static boolean isNounPhrase(TaggedSentence s, Span span) {
    List<Token> words = s.tokens().stream()
        .filter(t -> span.contains(t.span()) && !t.pos().equals("PU")).toList();
    // the Chinese tag set only: an English verb (VBZ) is no VV, so English text is never read as a noun phrase here
    boolean chinese = words.stream().anyMatch(t -> t.word().codePoints().anyMatch(Languages::isHan))
        && words.stream().noneMatch(t -> t.pos().matches("VB.*|MD|NNS|NNPS?|PRP.*|IN|TO"));
    if (!chinese || words.isEmpty() || !words.get(words.size() - 1).pos().matches("NN|NR|NT")) {
      return false;
    }
    int lastRelativeMarker = -1;
    for (int i = 0; i < words.size(); i++) {
      lastRelativeMarker = words.get(i).pos().equals("DEC") ? i : lastRelativeMarker;
    }
    int firstVerb = -1;
    for (int i = 0; i < words.size(); i++) {
      String pos = words.get(i).pos();
      if (pos.matches("VC|VE")) {
        return false; // a copula: 是 or 有 predicates
      }
      if (pos.matches("VV|VA")) {
        if (lastRelativeMarker < i) {
          return false; // a verb no 的 closes into a modifier
        }
        firstVerb = firstVerb < 0 ? i : firstVerb;
      }
    }
    // a noun, pronoun or place before the first verb may be its subject (机器视觉明年会普及到一半的农场)
    return words.subList(0, Math.max(firstVerb, 0)).stream().noneMatch(t -> t.pos().matches("N.|PN|LC|P"));
  }

  /**
   * Whether a word of {@code span} is a verb: Penn's VB tags, or CTB's VV, VC, VE and the predicative adjective VA
   * (AI很危险). Words with a verb state something; a noun phrase alone only names it.
   */
  static boolean hasVerb(TaggedSentence s, Span span) {
    return s.tokens().stream().anyMatch(t -> span.contains(t.span()) && t.pos().startsWith("V"));
  }

  /** An English reported clause opens with "that" (he said that …); a bare adverbial (in a statement) does not. */
  static boolean startsClause(String content) {
    return content.startsWith("that ") || content.codePoints().anyMatch(c -> c >= 0x2E80);
  }

  static boolean isClauseBreak(String word) {
    return word.matches("[，,。；;：:！!？?“”「」\"]");
  }
}
