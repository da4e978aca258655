package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Source attribution without a speech verb: English "According to X, CONTENT." and "CONTENT, according to X." (or
 * "as reported by X"), and Chinese "据X报道，CONTENT". The speaker is the noun phrase after "to" or "by", or between 据
 * and the reporting word (a document such as "a report by X" speaks for X); the claim is the rest of the sentence.
 */
final class AccordingTo {
  /**
   * Words that close "据X…，" as a source (据路透社报道, 据知情人士透露, 据公司介绍, 据X统计, 据X发布的数据, 据X数据显示,
   * 据X估计, 据他观察, 据X分析, 根据X的说法, 据X公告, 据X了解); Wiktionary's senses of 据 "according to" and of each
   * word as reporting speech or figures (说法 "statement, version", 看法 and 观点 "view", 声明 "statement", 公告
   * "announcement", 了解 "to find out", 获悉 "to learn of").
   */
  private static final Set<String> REPORTING = Set.of("报道", "报导", "称", "介绍", "透露", "表示",
      "说", "消息", "披露", "指出", "援引", "统计", "调查", "数据", "显示", "估计", "测算", "预测", "观察", "分析",
      "说法", "看法", "观点", "声明", "公告", "了解", "获悉");

  /** Verbs of learning something from a source (Wiktionary 获悉 "to learn of", 了解到, 得知, 获知). */
  private static final Set<String> LEARNED = Set.of("获悉", "了解到", "得知", "获知");
  /** How many tokens from {@code k} say "learned": 获悉 or 得知 (one), 了解 到 as the segmenter may split it (two). */
  private static int learned(List<Token> tokens, int k) {
    if (LEARNED.contains(tokens.get(k).word())) {
      return 1;
    }
    return tokens.get(k).word().equals("了解") && k + 1 < tokens.size() && tokens.get(k + 1).word().equals("到") ? 2 : 0;
  }

  /** Words after a source that mark it as a party: X方面, X处, X那里. */
  private static final Set<String> PARTY = Set.of("方面", "处", "那里");

  /** 据, and its longer forms 根据 and 依据 (根据皮尤研究中心的调查，…). */
  private static final Set<String> ACCORDING = Set.of("据", "根据", "依据");

  /**
   * A website named by its domain (example.com, www.example.org): dot-separated labels ending in a lower-case
   * top-level domain of letters (RFC 1034 labels), so "U.S." or "Mr.Smith" are none.
   */
  private static final Pattern WEBSITE = Pattern.compile("(?i:[a-z0-9][a-z0-9-]*\\.)+[a-z]{2,6}");

  private final SpeakerFinder speakers;

  AccordingTo(SpeakerFinder speakers) {
    this.speakers = speakers;
  }

  Optional<Draft> find(Article article, TaggedSentence s) {
    return english(article, s).or(() -> chinese(article, s)).or(() -> learnedFrom(article, s));
  }

  /**
   * 记者从X方面获悉，CONTENT (the reporter learned from X): X is the source of what follows, as with 据X称. The frame
   * opens its clause or follows the reporter's noun (记者, 本报记者); 方面, 处 or 那里 after the source only mark it
   * as a party.
   */
  private Optional<Draft> learnedFrom(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (!tokens.get(i).word().equals("从") || !(SpeakerFinder.clauseStart(s, i) == i
          || (i > 0 && tokens.get(i - 1).word().endsWith("记者")))) {
        continue;
      }
      int k = i + 2;
      while (k < tokens.size() && learned(tokens, k) == 0 && !ClaimText.isClauseBreak(tokens.get(k).word())) {
        k++;
      }
      int cueEnd = k < tokens.size() ? k + learned(tokens, k) : k;
      if (cueEnd == k || cueEnd >= tokens.size() || !tokens.get(cueEnd).word().matches("[，,：:]")) {
        return Optional.empty();
      }
      int head = PARTY.contains(tokens.get(k - 1).word()) && k - 2 > i ? k - 2 : k - 1;
      Optional<Speaker> speaker = speakers.ofPhrase(article, s, head, new TokenRange(i + 1, head + 1), 0.75);
      Span content = ClaimText.trimmed(article.text(), tokens.get(cueEnd).span().end(), s.sentence().span().end());
      if (speaker.isEmpty() || content.length() < 2 || !ClaimText.hasVerb(s, content)) {
        return Optional.empty();
      }
      return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker.get(), Optional.of(s.span(i, cueEnd)),
          "", "attribution.learned-from", content));
    }
    return Optional.empty();
  }

  /**
   * 据X报道/称/介绍/透露，CONTENT (according to X), also 根据X的调查，CONTENT: the source between 据 and the reporting
   * word speaks; 据报道 with no source names nobody.
   */
  private Optional<Draft> chinese(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    String text = article.text();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (!ACCORDING.contains(tokens.get(i).word()) || SpeakerFinder.clauseStart(s, i) != i) {
        continue;
      }
      int k = i + 2;
      while (k < tokens.size() && !REPORTING.contains(tokens.get(k).word()) && !ClaimText.isClauseBreak(tokens.get(k).word())) {
        k++;
      }
      int document = k - 1 > i + 2 && tokens.get(k - 1).word().equals("》") ? k - 2 : k - 1;
      if (k < tokens.size() && tokens.get(k).word().matches("[，,]") && issuedDocument(s, i, document)) {
        // 根据X的财报，… / 根据X去年在微博的贴文，… / 据《某某报告》，…: a document speaks for its issuer (guidelines
        // 8.3), or for itself when no issuer is named
        Optional<Speaker> issuer = speakers.ofPhrase(article, s, document, new TokenRange(i + 1, k), 0.75);
        Span content = ClaimText.trimmed(text, tokens.get(k).span().end(), s.sentence().span().end());
        if (issuer.isEmpty() || content.length() < 2 || !ClaimText.hasVerb(s, content)) {
          return Optional.empty();
        }
        return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, issuer.get(), Optional.of(s.span(i, k + 1)),
            "", "attribution.according-to", content));
      }
      if (k + 1 >= tokens.size() || !REPORTING.contains(tokens.get(k).word())
          || !tokens.get(k + 1).word().matches("[，,：:]")) {
        return Optional.empty();
      }
      // 根据X的调查: the source's phrase ends before 的; 据《X》上周报道: and before the date
      int head = k - 1;
      while (head - 1 > i && isDate(tokens.get(head))) {
        head--;
      }
      head = tokens.get(head).word().equals("的") && head - 1 > i ? head - 1 : head;
      Optional<Speaker> speaker = speakers.ofPhrase(article, s, head, new TokenRange(i + 1, head + 1), 0.75);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      Span content = ClaimText.trimmed(text, tokens.get(k + 1).span().end(), s.sentence().span().end());
      if (content.length() < 2 || !ClaimText.hasVerb(s, content)) {
        return Optional.empty();
      }
      return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker.get(), Optional.of(s.span(i, k + 1)),
          "", "attribution.according-to", content));
    }
    return Optional.empty();
  }

  /** A time word between the source and its reporting word: 上周, 7 月, 昨天. */
  private static boolean isDate(Token t) {
    return t.pos().equals("NT") || t.ner().matches("DATE|TIME");
  }

  /**
   * Whether token {@code noun} is a document that speaks for an issuer named in tokens (according, noun): a report,
   * statement or post of a person or organization, or one whose title ends in it (《某某研究报告》). A bill is what a
   * law stipulates, not anyone's statement.
   */
  private boolean issuedDocument(TaggedSentence s, int according, int noun) {
    String word = s.tokens().get(noun).word();
    boolean titled = noun + 1 < s.tokens().size() && s.tokens().get(noun + 1).word().equals("》");
    return noun > according + 1 && !word.equals("法案")
        && speakers.nouns().kindOf(word).orElse(null) == SpeakerNouns.Kind.DOCUMENT
        && (titled || !SpeakerFinder.agents(s, according + 1, noun).isEmpty());
  }

  private Optional<Draft> english(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    String text = article.text();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int source = sourceAfter(tokens, i);
      if (source < 0) {
        continue;
      }
      int phraseEnd = source;
      while (phraseEnd < tokens.size() && !ClaimText.isClauseBreak(tokens.get(phraseEnd).word())
          && !tokens.get(phraseEnd).word().equals(".")) {
        phraseEnd++;
      }
      int head = headOf(s, source, phraseEnd);
      int sourceEnd = phraseEnd;
      Optional<Speaker> speaker = speakers.ofPhrase(article, s, head, new TokenRange(source, phraseEnd), 0.75)
          .or(() -> website(tokens, source, sourceEnd));
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      if (i == 0 || (i == 1 && tokens.get(0).pos().equals("CC"))) {
        phraseEnd = afterAppositions(s, source, phraseEnd);
      }
      Span cue = s.span(i, phraseEnd);
      Span content;
      if (parenthetical(tokens, i, phraseEnd)) {
        // "The result is a model that, at least according to X's tests, is ahead of …": the frame sits inside the
        // claim, which is the whole sentence
        content = ClaimText.trimmed(text, s.sentence().span().begin(), s.sentence().span().end());
      } else if (i == 0 || (i == 1 && tokens.get(0).pos().equals("CC"))) {
        content = ClaimText.trimmed(text, phraseEnd < tokens.size() ? tokens.get(phraseEnd).span().end()
            : cue.end(), s.sentence().span().end());
      } else {
        content = ClaimText.trimmed(text, s.sentence().span().begin(), tokens.get(i).span().begin());
      }
      if (content.length() < 2 || !ClaimText.hasVerb(s, content)) {
        return Optional.empty();
      }
      return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker.get(), Optional.of(cue), "",
          "attribution.according-to", content));
    }
    return Optional.empty();
  }

  /** "According to example.com, …": a source that is only a website's domain, which no entity names, speaks. */
  private static Optional<Speaker> website(List<Token> tokens, int source, int end) {
    String word = tokens.get(source).word();
    return end == source + 1 && WEBSITE.matcher(word).matches()
        ? Optional.of(new Speaker(new Claimant(Optional.empty(), word), 0.75, false)) : Optional.empty();
  }

  /**
   * Whether the source frame opening at token {@code frame} and ending before token {@code end} is set off by commas
   * inside the sentence, with more of the clause after it (", at least according to X, is …"); adverbs such as "at
   * least" or "also" may open it.
   */
  private static boolean parenthetical(List<Token> tokens, int frame, int end) {
    int open = frame;
    while (open > 0 && (tokens.get(open - 1).pos().startsWith("RB") || tokens.get(open - 1).word().equals("at"))) {
      open--;
    }
    return open > 1 && tokens.get(open - 1).word().equals(",") && end + 1 < tokens.size()
        && tokens.get(end).word().equals(",")
        && tokens.subList(end + 1, tokens.size()).stream().anyMatch(t -> t.pos().matches("V.*|MD"));
  }

  /**
   * Where the source phrase starts when token {@code i} opens a source frame: "according to X" and "as (first)
   * reported by X" (Wiktionary "according to"; "as reported by" credits a report to its outlet); -1 otherwise.
   */
  private static int sourceAfter(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (word.equalsIgnoreCase("according") && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
      return i + 2;
    }
    if (!word.equalsIgnoreCase("as")) {
      return -1;
    }
    int verb = tokens.get(i + 1).pos().matches("RB.*|JJ") ? i + 2 : i + 1; // "first", "earlier", "previously"
    return verb + 2 < tokens.size() && tokens.get(verb).word().equalsIgnoreCase("reported")
        && tokens.get(verb + 1).word().equalsIgnoreCase("by") ? verb + 2 : -1;
  }

  /**
   * "According to Jane Doe, co-founder and CEO of Acme, the cost …": the comma-delimited phrases after the source
   * that describe it (no verb, attached to the source in the parse) belong to the source, not to the claim. Returns
   * the index of the comma that ends the last of them, or {@code comma} when there is none.
   */
  private static int afterAppositions(TaggedSentence s, int source, int comma) {
    List<Token> tokens = s.tokens();
    int end = comma;
    while (end < tokens.size() && tokens.get(end).word().equals(",")) {
      int next = end + 1;
      while (next < tokens.size() && !ClaimText.isClauseBreak(tokens.get(next).word())
          && !tokens.get(next).word().equals(".")) {
        next++;
      }
      int before = end;
      int from = end + 1;
      int to = next;
      boolean verbless = to > from && tokens.subList(from, to).stream().noneMatch(t -> t.pos().matches("V.*|MD"));
      boolean describesSource = s.sentence().dependencies().stream().anyMatch(d -> d.dependent() >= from
          && d.dependent() < to && d.governor() >= source && d.governor() < before && d.relation().startsWith("appos"));
      if (!verbless || !describesSource || next >= tokens.size() || !tokens.get(next).word().equals(",")) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** The head of the noun phrase in tokens [from, to): the first token whose governor lies outside it. */
  private static int headOf(TaggedSentence s, int from, int to) {
    for (int t = from; t < to; t++) {
      int token = t;
      boolean inside = s.sentence().dependencies().stream()
          .anyMatch(d -> d.dependent() == token && d.governor() >= from && d.governor() < to);
      if (!inside) {
        return t;
      }
    }
    return to - 1;
  }
}
