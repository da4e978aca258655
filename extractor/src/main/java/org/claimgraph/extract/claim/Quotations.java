package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * Quotations in a paragraph, bounded by it: scraping loses quotation marks, and a quotation never runs into the next
 * paragraph. A quotation that lost its closing mark ends where the paragraph ends (or where the next one opens); one
 * that lost its opening mark starts after the last clause boundary before its closing mark. Straight quotation
 * marks, as English text has them, open and close by turns. A quotation nested in another (「…『X』…」, “…‘X’…”)
 * is part of it.
 */
final class Quotations {
  private static final String OPENING = "“「『";
  private static final String CLOSING = "”」』";
  /**
   * Marks that open a quotation inside another of a different kind: 『』 inside 「」 (Taiwan, Hong Kong), ‘’ inside “”
   * (the mainland), and either pair inside the other (the Chinese national standard GB/T 15834 and the Ministry of
   * Education's 重訂標點符號手冊 give these nestings).
   */
  private static final String NESTED_OPENING = "“「『‘";
  private static final String NESTED_CLOSING = "”」』’";
  private static final String CLAUSE_BOUNDARIES = "，,。！？!?；;：:";
  private static final String INNER_PUNCTUATION = "，,。！？!?；;";
  /** A quotation this short without inner punctuation is a term or name in quotation marks, not a statement. */
  static final int SCARE_QUOTE_MAX = 12;
  /** A short English sentence of three words or more, capitalised and closed by its own full stop. */
  private static final Pattern ENGLISH_SENTENCE = Pattern.compile("[A-Z][A-Za-z']*(?: [A-Za-z0-9'’,-]+){2,}[.!?]");
  /** Words that all open with a capital or a digit name a product or a title ("Acme Vision Pro."), not a sentence. */
  private static final Pattern TITLE_CASE =
      Pattern.compile("[\\p{Lu}0-9][\\p{L}0-9'’-]*(?: [\\p{Lu}0-9][\\p{L}0-9'’-]*)*");
  /** A capitalised English sentence of two words or more, closed by its own full stop. */
  private static final Pattern SHORT_ENGLISH_SENTENCE = Pattern.compile("[A-Z][A-Za-z'’]*(?: [A-Za-z0-9'’,-]+)+[.!?]");

  /**
   * @param content the quoted text, without its marks
   * @param open    the opening mark, if the text has it
   * @param close   the closing mark, if the text has it
   */
  record Quote(Span content, Optional<Span> open, Optional<Span> close) {
    boolean repaired() {
      return open.isEmpty() || close.isEmpty();
    }

    /** A quoted term (“闭源”, “拥抱脸”, “模型即服务”) rather than a statement. */
    boolean isScareQuote(String text) {
      String s = content.of(text);
      // flagged widespread “agent washing,” the …: American usage puts the comma of the clause inside the marks.
      String bare = midClause(text) ? s.replaceFirst("[,.]$", "") : s;
      // Measured so a Latin word weighs like a Chinese word: "Sputnik moment" is as short as “闭源”.
      return ClaimText.distance(text, content.begin(), content.end()) <= SCARE_QUOTE_MAX
          && bare.chars().noneMatch(c -> INNER_PUNCTUATION.indexOf(c) >= 0)
          && !(ENGLISH_SENTENCE.matcher(s).matches() && !TITLE_CASE.matcher(bare).matches()) // "It already has AI."
          && !standsAlone(text, s);
    }

    /** Whether an English lower-case word and a space stand right before the opening mark. */
    private boolean midClause(String text) {
      int before = outerBegin() - 1;
      return open.isPresent() && before >= 1 && text.charAt(before) == ' ' && text.charAt(before - 1) < 128
          && Character.isLowerCase(text.charAt(before - 1));
    }

    /**
     * “Sales are up.” “It’s real.”: an English quotation that opens its own sentence and closes with its full stop is
     * a sentence said, however short; a term quoted inside a clause (a “Sputnik moment.”) has words before it.
     */
    private boolean standsAlone(String text, String quoted) {
      if (open.isEmpty() || !SHORT_ENGLISH_SENTENCE.matcher(quoted).matches()) {
        return false;
      }
      int before = outerBegin() - 1;
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      if (before >= 0 && CLOSING.indexOf(text.charAt(before)) >= 0) {
        before--; // “…,” she said. “…”: the previous quotation's closing mark after its full stop
      }
      return before < 0 || text.charAt(before) == '\n' || ".!?".indexOf(text.charAt(before)) >= 0;
    }

    /**
     * 由X主办的“2025人工智能大会”上表示: a quotation with no inner punctuation and a word glued to both of its marks
     * stands inside a clause as a name or term, however long, and is no statement of its own; so does one right after a
     * publication's title.
     */
    boolean isEmbedded(String text) {
      int before = outerBegin() - 1;
      int after = outerEnd();
      if (open.isEmpty() || close.isEmpty() || before < 0
          || content.of(text).chars().anyMatch(c -> INNER_PUNCTUATION.indexOf(c) >= 0)) {
        return false;
      }
      // 入选《某某周刊》“年度十大创新者”: right after a publication's title, it names the publication's list or column.
      return text.charAt(before) == '》'
          || after < text.length() && Character.isLetterOrDigit(text.charAt(before))
          && Character.isLetterOrDigit(text.charAt(after));
    }

    /**
     * “… enforced.” On this point, …: an English quotation closed after its own full stop, with a capital letter after
     * it, ends its sentence too (American usage puts the stop inside the marks).
     */
    boolean endsEnglishSentence(String text) {
      if (close.isEmpty() || content.length() == 0 || ".!?".indexOf(text.charAt(content.end() - 1)) < 0) {
        return false;
      }
      int next = outerEnd();
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      return next < text.length() && text.charAt(next) < 128 && Character.isUpperCase(text.charAt(next));
    }

    /** Where the quotation starts, marks included. */
    int outerBegin() {
      return open.map(Span::begin).orElse(content.begin());
    }

    /** Where the quotation ends, marks included. */
    int outerEnd() {
      return close.map(Span::end).orElse(content.end());
    }
  }

  private Quotations() {}

  static List<Quote> find(String text, Span paragraph) {
    List<Quote> quotes = new ArrayList<>();
    int openAt = -1;
    // The closing marks of quotations nested in the open one (「…『轮子』…」, “…‘X’…”), innermost last.
    StringBuilder nested = new StringBuilder();
    // Parentheses open around the text so far, and around the open quotation's opening mark.
    int parentheses = 0;
    int parenthesesAtOpen = 0;
    for (int i = paragraph.begin(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if ("(（".indexOf(c) >= 0) {
        parentheses++;
      } else if (")）".indexOf(c) >= 0 && parentheses > 0 && --parentheses < parenthesesAtOpen && openAt >= 0) {
        // （下称“某中心）: a quotation opened in parentheses that lost its closing mark ends where they close.
        addUnclosed(quotes, text, openAt, i);
        openAt = -1;
        nested.setLength(0);
        continue;
      }
      if (c == '"') {
        // A straight quotation mark (English text) opens and closes by turns.
        if (openAt < 0) {
          openAt = i;
          parenthesesAtOpen = parentheses;
        } else {
          quotes.add(new Quote(new Span(openAt + 1, i), Optional.of(new Span(openAt, openAt + 1)),
              Optional.of(new Span(i, i + 1))));
          openAt = -1;
        }
      } else if (openAt >= 0 && text.charAt(openAt) != '"' && NESTED_OPENING.indexOf(c) >= 0
          && c != text.charAt(openAt)) {
        nested.append(closingOf(c));
      } else if (!nested.isEmpty() && c == nested.charAt(nested.length() - 1)) {
        nested.setLength(nested.length() - 1);
      } else if (OPENING.indexOf(c) >= 0 && closesAsMistyped(text, openAt, i)) {
        quotes.add(new Quote(new Span(openAt + 1, i), Optional.of(new Span(openAt, openAt + 1)),
            Optional.of(new Span(i, i + 1))));
        openAt = -1;
        nested.setLength(0);
      } else if (OPENING.indexOf(c) >= 0) {
        if (openAt >= 0) {
          addUnclosed(quotes, text, openAt, i);
        }
        openAt = i;
        parenthesesAtOpen = parentheses;
        nested.setLength(0);
      } else if (CLOSING.indexOf(c) >= 0) {
        nested.setLength(0);
        if (openAt >= 0) {
          quotes.add(new Quote(new Span(openAt + 1, i), Optional.of(new Span(openAt, openAt + 1)),
              Optional.of(new Span(i, i + 1))));
          openAt = -1;
        } else {
          int start = paragraph.begin();
          for (int k = i - 1; k >= paragraph.begin(); k--) {
            char b = text.charAt(k);
            if (CLAUSE_BOUNDARIES.indexOf(b) >= 0 || CLOSING.indexOf(b) >= 0 || OPENING.indexOf(b) >= 0) {
              start = k + 1;
              break;
            }
          }
          if (start < i) {
            quotes.add(new Quote(new Span(start, i), Optional.empty(), Optional.of(new Span(i, i + 1))));
          }
        }
      }
    }
    if (openAt >= 0) {
      addUnclosed(quotes, text, openAt, paragraph.end());
    }
    return quotes;
  }

  /**
   * “……，“他表示，“……”: an opening mark typed where the open quotation's closing mark belongs, right after a clause's
   * punctuation inside it, closes it (mainland style puts the closing mark after the comma or full stop).
   */
  private static boolean closesAsMistyped(String text, int openAt, int at) {
    return openAt >= 0 && at > openAt + 1 && text.charAt(at) == text.charAt(openAt)
        && INNER_PUNCTUATION.indexOf(text.charAt(at - 1)) >= 0;
  }

  private static char closingOf(char opening) {
    return NESTED_CLOSING.charAt(NESTED_OPENING.indexOf(opening));
  }

  /** A quotation that opened at {@code openAt} and lost its closing mark before {@code end}. */
  private static void addUnclosed(List<Quote> quotes, String text, int openAt, int end) {
    int e = end;
    while (e > openAt + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > openAt + 1) {
      quotes.add(new Quote(new Span(openAt + 1, e), Optional.of(new Span(openAt, openAt + 1)), Optional.empty()));
    }
  }
}
