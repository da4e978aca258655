package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.ClaimExtractor;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.corenlp.DependencyRuleMatch;
import org.claimgraph.extract.corenlp.SemgrexRules;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.SentenceTagger;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Claims from attribution cues, quotation marks and the author's thesis markers.
 *
 * <ul>
 *   <li><b>Attributed statements</b>: a verb of {@code attribution-cues.tsv}; its speaker is the subject of the verb
 *       in the dependency parse ({@code attribution.semgrex}), else the nearest person or organization before it in
 *       its clause; a pronoun counts through the entity resolver's coreference mentions, 我们 is the author, and a
 *       noun phrase headed by a word of {@code group-heads.tsv} (开源的支持者) is a described group. The statement is
 *       what follows the cue up to the end of the sentence, or the quotation that follows it.</li>
 *   <li><b>Direct quotations</b> (“…”, bounded by the paragraph even when a mark was lost): attributed by a cue right
 *       before them (X表示：“…”), a cue right after them (“…”，他评论道), or the cue of the clause their colon ends
 *       (X认为…：“…”). A short quotation without inner punctuation is a quoted term (“闭源”), not a claim.</li>
 *   <li><b>The author's theses</b>: sentences with a marker of {@code author-cues.tsv} that no one else is said to
 *       have said, claimed by the byline's author.</li>
 * </ul>
 * Stance comes from {@link StanceClassifier}; the parts of one utterance (a quotation interrupted by its attribution,
 * a statement and the quotation its colon opens) take the stance of the whole.
 */
public final class CueClaimExtractor implements ClaimExtractor {
  static final String SPEAKER_RULES = "attribution.semgrex";
  /** How far after a quotation's end its attribution cue may start: “…”，图灵奖得主Geoffrey Hinton警告说 */
  private static final int CUE_AFTER_REACH = 40;
  /** A leading adverbial this short before the first comma is not part of a thesis: 现在， 当然， */
  private static final int LEADING_ADVERBIAL_MAX = 6;
  private static final String SKIP_AFTER_CUE = "：:，, \u3000";
  private static final String SENTENCE_ENDS = "。！？!?";
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９]|[一二两三四五六七八九十百千万亿]+[万亿]|[十百千]");
  private static final Set<String> FIRST_PERSON = Set.of("我们", "我", "本人", "笔者");
  private static final double FALLBACK_SPEAKER = 0.7;
  private static final double UNATTRIBUTED_QUOTE = 0.5;
  private static final double AUTHOR_THESIS = 0.6;

  private final SentenceTagger tagger;
  private final AttributionCues cues;
  private final SemgrexRules speakers;
  private final GroupHeads groups;
  private final AuthorCues authorCues;
  private final StanceClassifier stance;

  CueClaimExtractor(SentenceTagger tagger, AttributionCues cues, SemgrexRules speakers, GroupHeads groups,
      AuthorCues authorCues, StanceClassifier stance) {
    this.tagger = tagger;
    this.cues = cues;
    this.speakers = speakers;
    this.groups = groups;
    this.authorCues = authorCues;
    this.stance = stance;
  }

  /** The bundled cue lexicons and rules. */
  public static CueClaimExtractor standard() {
    return new CueClaimExtractor(SentenceTagger.standard(), AttributionCues.load(),
        SemgrexRules.load(CueClaimExtractor.class, SPEAKER_RULES, Map.of()), GroupHeads.load(), AuthorCues.load(),
        StanceClassifier.load());
  }

  /** Cues are verbs (POS); speakers are found by Semgrex rules over dependency parses. */
  @Override
  public Set<AnnotationLayer> requires() {
    return EnumSet.of(AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.DEPENDENCIES);
  }

  /** A cue with the speaker found for it. */
  private record Attribution(TaggedSentence sentence, AttributionCues.Hit hit, Claimant claimant, double confidence,
      boolean byAuthor) {}

  /** A claim before its stance is settled. */
  private record Draft(Span span, ClaimKind kind, Claimant claimant, Optional<Span> cue, String stanceText,
      String rule, double confidence, Object utterance) {}

  @Override
  public List<Claim> extract(AnnotatedDocument doc, List<Entity> entities) {
    String text = doc.text();
    List<TaggedSentence> tagged = tagger.tag(doc, entities);
    Optional<Claimant> author = author(doc, entities);
    List<Draft> drafts = new ArrayList<>();
    for (Paragraph p : doc.document().paragraphs()) {
      if (p.role() == Paragraph.Role.BODY) {
        paragraph(text, p, tagged, author, drafts);
      }
    }
    authorTheses(doc, tagged, author, drafts);
    return settle(text, tagged, drafts);
  }

  private void paragraph(String text, Paragraph p, List<TaggedSentence> tagged, Optional<Claimant> author,
      List<Draft> drafts) {
    List<Quotations.Quote> quotes = Quotations.find(text, p.span());
    List<Attribution> attributions = new ArrayList<>();
    for (TaggedSentence s : tagged) {
      if (!p.span().contains(s.sentence().span())) {
        continue;
      }
      Map<Integer, DependencyRuleMatch> subjects = speakerMatches(s);
      for (AttributionCues.Hit hit : cues.find(s)) {
        if (quotes.stream().anyMatch(q -> q.content().contains(hit.span()))) {
          continue; // a verb inside a quotation belongs to the quoted speaker's own sentence
        }
        // The subject may hang on any verb of a cue: 反驳说 is parsed 反驳 + 说 with 说 as the head.
        DependencyRuleMatch subject = null;
        for (int t = hit.head(); t < hit.end() && subject == null; t++) {
          subject = subjects.get(t);
        }
        speaker(s, hit, subject, author).ifPresent(attributions::add);
      }
    }
    Set<Quotations.Quote> used = new HashSet<>();
    for (Attribution a : attributions) {
      int at = skip(text, a.hit().span().end(), p.span().end());
      Optional<Quotations.Quote> quote = quoteOpeningAt(quotes, at);
      if (quote.isPresent() && !quote.get().isScareQuote(text)) {
        drafts.add(quoteDraft(quote.get(), a, "attribution.cue-quote"));
        used.add(quote.get());
        continue;
      }
      Span content = reported(text, at, p.span().end(), quotes);
      if (content.length() >= 2) {
        drafts.add(new Draft(content, reportedKind(a, content.of(text)), a.claimant(), Optional.of(a.hit().span()),
            a.hit().form() + content.of(text), "attribution.reported", a.confidence(), a));
      }
      // X认为世界需要开源LLM：“…”: the quotation the statement's colon opens is the same speaker's.
      int afterColon = content.end() < text.length() && ":：".indexOf(text.charAt(content.end())) >= 0
          ? content.end() + 1 : -1;
      if (afterColon > 0) {
        Optional<Quotations.Quote> q = quoteOpeningAt(quotes, afterColon);
        if (q.isPresent() && !q.get().isScareQuote(text) && used.add(q.get())) {
          drafts.add(quoteDraft(q.get(), a, "attribution.colon-quote"));
        }
      }
    }
    for (Quotations.Quote q : quotes) {
      if (used.contains(q) || q.isScareQuote(text)) {
        continue;
      }
      Optional<Attribution> after = attributions.stream()
          .filter(a -> a.hit().span().begin() >= q.outerEnd()
              && distance(text, q.outerEnd(), a.hit().span().begin()) <= CUE_AFTER_REACH
              && noSentenceEnd(text, q.outerEnd(), a.hit().span().begin())
              && quotes.stream().noneMatch(o -> o != q && o.outerBegin() >= q.outerEnd()
                  && o.outerBegin() < a.hit().span().begin()))
          .findFirst();
      if (after.isPresent()) {
        drafts.add(quoteDraft(q, after.get(), "attribution.quote-cue"));
        used.add(q);
        // "…," X said in a statement: what follows the cue is no statement of its own when a quotation precedes it.
        drafts.removeIf(d -> d.utterance() == after.get() && d.rule().equals("attribution.reported")
            && !startsClause(d.span().of(text)));
        continue;
      }
      nearestPerson(tagged, q.outerBegin(), p.span()).ifPresent(person -> drafts.add(new Draft(q.content(),
          ClaimKind.DIRECT_QUOTE, person, Optional.empty(), q.content().of(text), "attribution.unattributed-quote",
          UNATTRIBUTED_QUOTE, q)));
    }
  }

  private static Draft quoteDraft(Quotations.Quote q, Attribution a, String rule) {
    return new Draft(q.content(), ClaimKind.DIRECT_QUOTE, a.claimant(), Optional.of(a.hit().span()), "", rule,
        a.confidence(), a);
  }

  private static ClaimKind reportedKind(Attribution a, String content) {
    ClaimKind kind = a.hit().kind();
    if (kind == ClaimKind.ESTIMATE && !NUMBER.matcher(content).find()) {
      kind = ClaimKind.REPORTED_SPEECH;
    }
    if (a.byAuthor() && kind == ClaimKind.REPORTED_SPEECH) {
      kind = ClaimKind.AUTHOR_ASSERTION; // 我们认为… in the author's own voice
    }
    return kind;
  }

  // ------------------------------------------------------------------ speakers

  /** Semgrex matches by cue token: the first rule (most confident) that names a speaker for it. */
  private Map<Integer, DependencyRuleMatch> speakerMatches(TaggedSentence s) {
    Map<Integer, DependencyRuleMatch> byCue = new HashMap<>();
    for (DependencyRuleMatch m : speakers.match(s.sentence(), s.tags())) {
      if (m.node("cue").isPresent() && m.node("speaker").isPresent()) {
        byCue.putIfAbsent(m.node("cue").getAsInt(), m);
      }
    }
    return byCue;
  }

  private Optional<Attribution> speaker(TaggedSentence s, AttributionCues.Hit hit, DependencyRuleMatch subject,
      Optional<Claimant> author) {
    int from = hit.head();
    while (from > 0 && !isClauseBreak(s.tokens().get(from - 1).word())) {
      from--;
    }
    if (subject != null) {
      double confidence = subject.result().isEmpty() ? 0.8 : Double.parseDouble(subject.result().get(0));
      int head = subject.node("speaker").getAsInt();
      Optional<Attribution> a = fromPhrase(s, hit, head, s.nounPhrase(head), confidence, author);
      if (a.isPresent()) {
        return a;
      }
    } else {
      // No parsed subject: the nearest person or organization before the cue in its clause, unless it only
      // modifies a noun (Hugging Face的生态系统强调了…).
      Optional<Referent> named = agents(s, from, hit.head()).stream().reduce((a, b) -> b);
      if (named.isPresent() && !isModifier(s, named.get())) {
        return Optional.of(new Attribution(s, hit, claimantOf(named.get(), s), FALLBACK_SPEAKER, false));
      }
    }
    // The noun right before the cue (adverbs aside): 他 when the parse took another subject, 我们, or a group such as
    // 开源AI的支持者. A noun that is none of these (这表示…, 生态系统强调了…) means the verb is not attributing.
    int last = hit.head() - 1;
    while (last >= from && s.tokens().get(last).pos().equals("AD")) {
      last--;
    }
    if (last < from) {
      return Optional.empty();
    }
    TokenRange phrase = s.nounPhrase(last);
    return fromPhrase(s, hit, last, new TokenRange(Math.max(from, phrase.begin()), Math.min(phrase.end(), hit.head())),
        FALLBACK_SPEAKER, author);
  }

  private Optional<Attribution> fromPhrase(TaggedSentence s, AttributionCues.Hit hit, int head, TokenRange phrase,
      double confidence, Optional<Claimant> author) {
    Span headSpan = s.tokens().get(head).span();
    List<Referent> agents = agents(s, phrase.begin(), phrase.end());
    Optional<Referent> onHead = agents.stream().filter(r -> r.span().overlaps(headSpan)).findFirst();
    // Else the last one in the phrase, unless it only modifies the head (Hugging Face的生态系统).
    Optional<Referent> chosen = onHead.or(() -> agents.stream().reduce((a, b) -> b).filter(r -> !isModifier(s, r)));
    if (chosen.isPresent()) {
      return Optional.of(new Attribution(s, hit, claimantOf(chosen.get(), s), confidence, false));
    }
    String word = s.tokens().get(head).word();
    if (FIRST_PERSON.contains(word)) {
      return author.map(a -> new Attribution(s, hit, a, confidence, true));
    }
    if (groups.isGroupHead(word)) {
      String description = s.text(phrase.begin(), phrase.end()).replaceAll("^[，,、：:\\s]+", "").strip();
      return Optional.of(new Attribution(s, hit, new Claimant(Optional.empty(), description), confidence, false));
    }
    return Optional.empty();
  }

  /** Persons and organizations named (or pronoun-linked) in tokens [from, to), in text order. */
  private static List<Referent> agents(TaggedSentence s, int from, int to) {
    if (to <= from) {
      return List.of();
    }
    return s.referentsIn(from, to).stream()
        .filter(r -> !r.anaphor() && (r.type() == EntityType.PERSON || r.type().isOrganization()))
        .toList();
  }

  private static Claimant claimantOf(Referent r, TaggedSentence s) {
    int base = s.sentence().span().begin();
    return new Claimant(Optional.of(r.entityKey()),
        s.text().substring(r.span().begin() - base, Math.min(r.span().end() - base, s.text().length())));
  }

  /** A name followed by 的 or 之 modifies the noun after it. */
  private static boolean isModifier(TaggedSentence s, Referent r) {
    int last = s.tokenAt(r.span().end() - 1);
    return last >= 0 && last + 1 < s.tokens().size() && s.tokens().get(last + 1).word().matches("[的之]");
  }

  private static boolean isClauseBreak(String word) {
    return word.matches("[，,。；;：:！!？?“”「」]");
  }

  /** The article's author, from the byline mention the entity resolver kept. */
  private static Optional<Claimant> author(AnnotatedDocument doc, List<Entity> entities) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.source() == Mention.Source.BYLINE) {
          return Optional.of(new Claimant(Optional.of(e.key()), m.text()));
        }
      }
    }
    return doc.document().byline().map(b -> new Claimant(Optional.empty(), b.author()));
  }

  private Optional<Claimant> nearestPerson(List<TaggedSentence> tagged, int before, Span paragraph) {
    Referent best = null;
    TaggedSentence in = null;
    for (TaggedSentence s : tagged) {
      if (!paragraph.contains(s.sentence().span())) {
        continue;
      }
      for (Referent r : s.referents()) {
        if (!r.anaphor() && r.type() == EntityType.PERSON && r.span().end() <= before) {
          best = r;
          in = s;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(claimantOf(best, in));
  }

  // ------------------------------------------------------------------ spans

  private static int skip(String text, int at, int limit) {
    while (at < limit && SKIP_AFTER_CUE.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static Optional<Quotations.Quote> quoteOpeningAt(List<Quotations.Quote> quotes, int at) {
    return quotes.stream().filter(q -> q.open().isPresent() && q.open().get().begin() == at).findFirst();
  }

  /**
   * What a cue reports: from {@code at} to the end of its sentence, or to a colon that opens a quotation, without
   * trailing punctuation. A sentence end inside a quotation does not end it.
   */
  private static Span reported(String text, int at, int limit, List<Quotations.Quote> quotes) {
    int end = at;
    while (end < limit) {
      char c = text.charAt(end);
      int here = end;
      boolean inQuote = quotes.stream().anyMatch(q -> q.outerBegin() < here && here < q.outerEnd());
      if (!inQuote && isSentenceEnd(text, end)) {
        break;
      }
      if (":：".indexOf(c) >= 0 && end + 1 < limit && quoteOpeningAt(quotes, end + 1).isPresent()) {
        break;
      }
      end++;
    }
    while (end > at && "，,；;：: \u3000".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(at, end);
  }

  private static boolean noSentenceEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isSentenceEnd(text, i)) {
        return false;
      }
    }
    return true;
  }

  /** 。！？!? end a sentence; so does a full stop before a space or the end (English), but not the one in 3.5. */
  private static boolean isSentenceEnd(String text, int i) {
    char c = text.charAt(i);
    return SENTENCE_ENDS.indexOf(c) >= 0
        || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }

  /**
   * How far apart two offsets are, in a measure that means the same in Chinese and English: a Latin word counts two
   * (about one Chinese word), every other character one.
   */
  private static int distance(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      boolean latin = Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x2E80;
      if (!latin) {
        n++;
      } else if (i == from || !(Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) < 0x2E80)) {
        n += 2;
      }
    }
    return n;
  }

  /** An English reported clause opens with "that" (he said that …); a bare adverbial (in a statement) does not. */
  private static boolean startsClause(String content) {
    return content.startsWith("that ") || content.codePoints().anyMatch(c -> c >= 0x2E80);
  }

  // ------------------------------------------------------------------ the author's theses

  private void authorTheses(AnnotatedDocument doc, List<TaggedSentence> tagged, Optional<Claimant> author,
      List<Draft> drafts) {
    if (author.isEmpty()) {
      return;
    }
    String text = doc.text();
    List<Span> body = doc.document().paragraphs().stream().filter(p -> p.role() == Paragraph.Role.BODY)
        .map(Paragraph::span).toList();
    List<Quotations.Quote> quotes = new ArrayList<>();
    body.forEach(p -> quotes.addAll(Quotations.find(text, p)));
    for (TaggedSentence s : tagged) {
      Span span = s.sentence().span();
      String sentence = s.text().strip();
      if (body.stream().noneMatch(p -> p.contains(span)) || sentence.endsWith("？") || sentence.endsWith("?")
          || drafts.stream().anyMatch(d -> d.span().overlaps(span))
          || quotes.stream().anyMatch(q -> !q.isScareQuote(text) && q.content().overlaps(span))) {
        continue;
      }
      Optional<AuthorCues.Cue> cue = authorCues.find(sentence);
      if (cue.isEmpty() || (cue.get().needsSide() && !stance.namesSide(sentence))) {
        continue;
      }
      Span thesis = thesis(text, span, cue.get());
      // A thesis on the debate takes a side or weighs both; 总的来说，专有模型投入资源最多 states a fact.
      if (thesis.length() < 2
          || (cue.get().needsSide() && stance.classify(thesis.of(text)).stance() == Stance.NEUTRAL)) {
        continue;
      }
      drafts.add(new Draft(thesis, cue.get().kind(), author.get(), Optional.empty(), thesis.of(text),
          cue.get().atStart() ? "author.opening-marker" : "author.thesis-marker", AUTHOR_THESIS, thesis));
    }
  }

  /** The sentence without its opening marker or short leading adverbial and without its final punctuation. */
  private Span thesis(String text, Span sentence, AuthorCues.Cue cue) {
    int begin = sentence.begin();
    int end = sentence.end();
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    if (cue.atStart() && text.startsWith(cue.form(), begin)) {
      begin += cue.form().length();
    }
    int comma = -1;
    for (int i = begin; i < end && i - begin <= LEADING_ADVERBIAL_MAX; i++) {
      if ("，,".indexOf(text.charAt(i)) >= 0) {
        comma = i;
        break;
      }
    }
    if (comma >= 0 && !stance.namesSide(text.substring(begin, comma))) {
      begin = comma + 1;
    }
    while (end > begin && (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return new Span(begin, end);
  }

  // ------------------------------------------------------------------ stance and records

  private List<Claim> settle(String text, List<TaggedSentence> tagged, List<Draft> drafts) {
    // Parts of one utterance (a quotation interrupted by 他评论道, a statement and the quotation its colon opens)
    // take the stance of the whole: it is the speaker's position, and one part alone may not name the side.
    Map<Object, List<Draft>> utterances = new IdentityHashMap<>();
    for (Draft d : drafts) {
      utterances.computeIfAbsent(d.utterance(), k -> new ArrayList<>()).add(d);
    }
    List<Referent> named = new ArrayList<>();
    tagged.forEach(s -> s.referents().stream().filter(r -> !r.anaphor()).forEach(named::add));
    List<Claim> claims = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    drafts.sort(Comparator.comparing(Draft::span));
    for (Draft d : drafts) {
      if (!seen.add(d.span())) {
        continue;
      }
      StringBuilder whole = new StringBuilder();
      for (Draft part : utterances.get(d.utterance())) {
        whole.append(part.stanceText().isEmpty() ? part.span().of(text) : part.stanceText()).append('。');
      }
      StanceClassifier.Decision decision = stance.classify(whole.toString());
      Set<String> about = new LinkedHashSet<>();
      for (Referent r : named) {
        if (d.span().contains(r.span()) && !d.claimant().entityKey().map(r.entityKey()::equals).orElse(false)) {
          about.add(r.entityKey());
        }
      }
      int sentence = sentenceOf(tagged, d.span().begin());
      claims.add(new Claim(d.span(), d.span().of(text), sentence, d.claimant(), d.kind(), decision.stance(), d.cue(),
          decision.cue(), List.copyOf(about), d.rule(), d.confidence()));
    }
    return claims;
  }

  private static int sentenceOf(List<TaggedSentence> tagged, int offset) {
    int last = 0;
    for (TaggedSentence s : tagged) {
      if (s.sentence().span().begin() <= offset) {
        last = s.index();
      }
    }
    return last;
  }
}
