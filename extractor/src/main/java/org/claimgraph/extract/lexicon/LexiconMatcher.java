package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.claimgraph.extract.Span;

/**
 * Finds every lexicon surface form in a text, by characters rather than tokens (CoreNLP's Chinese segmenter
 * splits {@code LLaMa-2} and {@code 混元}).
 *
 * <ul>
 *   <li>A form that begins or ends with a Latin letter or digit must sit on a word boundary at that end: no
 *       letter or digit of a space-delimited script beside it, so {@code Meta} does not match in
 *       {@code Metaverse}, and no decimal continuation, so {@code Llama 3} does not match in {@code Llama 3.1}, and
 *       no version suffix, so {@code LLaMa} does not match in {@code LLaMa-2}, and no dollar sign, so {@code US}
 *       does not match in the currency {@code US$}. Digits that open a Chinese date
 *       do not count ({@code Meta7月} holds {@code Meta}).
 *       Han, kana and Hangul do not count as word characters, so {@code 使用OpenAI的} matches.
 *   <li>Chinese forms match anywhere.
 *   <li>Case as {@link SurfaceForm} says; width, dash, space and middle-dot variants are equal.
 *   <li>Overlaps are settled longest first ({@code 腾讯云} over {@code 腾讯}), then leftmost; one span that spells
 *       forms of several entries goes to the entry whose label it is, then to the one loaded first.
 * </ul>
 *
 * <p>Multi-pattern search is the Aho-Corasick automaton of {@code org.ahocorasick:ahocorasick}, run on the text
 * folded char by char (so offsets carry over); boundaries, case and overlaps are decided here. Immutable and safe
 * to share between threads.
 */
public final class LexiconMatcher {
  private static final Comparator<LexiconMatch> LONGEST_THEN_LEFTMOST =
      Comparator.comparingInt((LexiconMatch m) -> -m.span().length()).thenComparingInt(m -> m.span().begin());

  private final PayloadTrie<List<SurfaceForm>> automaton;

  public LexiconMatcher(Lexicon lexicon) {
    Map<String, List<SurfaceForm>> byKey = new HashMap<>();
    for (SurfaceForm form : lexicon.surfaceForms()) {
      byKey.computeIfAbsent(form.matchKey(), k -> new ArrayList<>()).add(form);
    }
    PayloadTrie.PayloadTrieBuilder<List<SurfaceForm>> builder = PayloadTrie.builder();
    byKey.forEach((key, forms) -> builder.addKeyword(key, forms.stream().sorted(SurfaceForm.PRECEDENCE).toList()));
    this.automaton = builder.build();
  }

  /** Every match in {@code text}, non-overlapping, sorted by offset. */
  public List<LexiconMatch> find(String text) {
    String folded = TextFold.keepCase(text);
    List<LexiconMatch> candidates = new ArrayList<>();
    for (PayloadEmit<List<SurfaceForm>> emit : automaton.parseText(TextFold.lower(text))) {
      int begin = emit.getStart();
      int end = emit.getEnd() + 1; // the library's end is inclusive
      if (!onBoundaries(folded, begin, end)) {
        continue;
      }
      String written = text.substring(begin, end);
      Optional<SurfaceForm> best = emit.getPayload().stream().filter(f -> f.accepts(written)).findFirst();
      best.ifPresent(f -> candidates.add(new LexiconMatch(new Span(begin, end), written, f.entry())));
    }
    candidates.sort(LONGEST_THEN_LEFTMOST);
    BitSet taken = new BitSet(text.length());
    List<LexiconMatch> chosen = new ArrayList<>();
    for (LexiconMatch match : candidates) {
      Span span = match.span();
      if (taken.get(span.begin(), span.end()).isEmpty()) {
        taken.set(span.begin(), span.end());
        chosen.add(match);
      }
    }
    chosen.sort(Comparator.comparing(LexiconMatch::span));
    return List.copyOf(chosen);
  }

  private static boolean onBoundaries(String text, int begin, int end) {
    char first = text.charAt(begin);
    if (TextFold.isSpacedWordChar(first) && begin > 0) {
      char before = text.charAt(begin - 1);
      if (TextFold.isSpacedWordChar(before) || (Character.isDigit(first) && isDecimalPointAt(text, begin - 1))) {
        return false;
      }
    }
    char last = text.charAt(end - 1);
    if (TextFold.isSpacedWordChar(last) && end < text.length()) {
      char after = text.charAt(end);
      if (TextFold.isSpacedWordChar(after) && !isDateAfterLetters(text, last, end)
          || (Character.isDigit(last) && isDecimalPointAt(text, end))
          || isVersionSuffixAt(text, end) || isCurrencySignAt(text, last, end)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name glued to a Chinese date, {@code Meta7月} or {@code OpenAI2015年}: Chinese text often drops the space, and
   * digits followed by 年/月/日 are a date, not part of the name.
   */
  private static boolean isDateAfterLetters(String text, char last, int i) {
    if (!Character.isLetter(last) || !Character.isDigit(text.charAt(i))) {
      return false;
    }
    int j = i;
    while (j < text.length() && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j < text.length() && "年月日".indexOf(text.charAt(j)) >= 0;
  }

  /** "-2" after a name is a version of it: {@code LLaMa} (or an alias ending so) must not match in {@code LLaMa-2}. */
  private static boolean isVersionSuffixAt(String text, int i) {
    return i + 1 < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '‑')
        && Character.isDigit(text.charAt(i + 1));
  }

  /** A dollar sign glued after letters makes them a currency's symbol (US$, HK$, NT$), not a country's name. */
  private static boolean isCurrencySignAt(String text, char last, int i) {
    return Character.isLetter(last) && text.charAt(i) == '$';
  }

  /** A '.' or ',' between two digits: 3.5, 1,000. */
  private static boolean isDecimalPointAt(String text, int i) {
    char c = text.charAt(i);
    return (c == '.' || c == ',')
        && i > 0 && Character.isDigit(text.charAt(i - 1))
        && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
  }
}
