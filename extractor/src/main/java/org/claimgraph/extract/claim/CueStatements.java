package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.AttributedQuote;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.DependencyRuleMatch;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Claims of one paragraph found from its attribution cues and quotation marks.
 *
 * <ul>
 *   <li><b>Statements</b>: what follows a cue (after its comma or colon) to the end of the sentence; when nothing that
 *       opens a clause follows ("…, X said in a statement."), what precedes the speaker in the sentence.</li>
 *   <li><b>Quotations</b> attributed by a cue right before them (X表示：“…”), right after them (“…”，他说), or the cue of
 *       the clause their colon ends (X认为…：“…”); else by CoreNLP's quote attribution (English); else to the speaker of
 *       the last cue in the same or the previous sentence, or the nearest person named there.</li>
 * </ul>
 * A statement that ends the paragraph with a colon and nothing after it continues in the next paragraph: the
 * scan returns its speaker for {@link SpeakerLines}.
 */
final class CueStatements {
  /** Nouns of a time the tagger may not mark as a date: earlier this year, last week, in the spring. */
  private static final Pattern TIME_NOUN = Pattern.compile(
      "(?i)year|month|week|quarter|day|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter");
  /**
   * Media a statement is made in (in a statement, in a blog post): Wiktionary's senses of each as a communication; and
   * the places it is posted (wrote on X, said on LinkedIn, posted on its website, on social media).
   */
  private static final Pattern MEDIUM = Pattern.compile(
      "(?i)statement|interview|note|letter|e-?mail|post|filing|release|briefing|call|memo|speech|podcast|video"
          + "|X|Twitter|LinkedIn|Threads|Bluesky|Facebook|Instagram|Weibo|WeChat|YouTube|TikTok|Reddit|Substack"
          + "|blog|website|media");

  /** The end of a Chinese clause of time (…的时候, …之际, …时), at a comma or at the end of what a cue reports. */
  private static final Pattern TIME_CLAUSE_END = Pattern.compile("(?:时候|之际|之时|时)(?:[，,]|$)");
  /** Cues that report an act as news rather than a view: 宣布, 公布, 发布, 确认, 披露. */
  private static final Pattern ANNOUNCEMENT = Pattern.compile("宣布|公布|发布|确认|披露");
  /** A statement's last words before a colon that hands on to the next paragraph: ，留言包括： / , adding: */
  private static final Pattern LEAD_IN_TO_NEXT = Pattern.compile("[，,]\\s*[^，,。！？.!?；;“”「」\"]{0,12}[：:]\\s*$");
  /** How far after a quotation's end its attribution cue may start: “…”，图灵奖得主Geoffrey Hinton警告说 */
  private static final int CUE_AFTER_REACH = 40;
  /** A dash signature after a quotation is a name with its role: ——某研究院院长王五 */
  private static final int SIGNATURE_MAX = 30;
  /** How many sentences back a quotation with no cue of its own finds the statement whose speaker it continues. */
  private static final int QUOTE_SPEAKER_REACH = 2;
  /** How many words the subject before quoted predicates may have: 该服务, Claude, 其. */
  private static final int QUOTED_SUBJECT_WORDS = 2;
  /** What may stand between quoted predicates of one statement: a comma, an enumeration comma, a conjunction. */
  /** A quotation given to the speaker named nearest before it, for want of a cue: a guess a heading overrides. */
  static final String NEARBY_QUOTE_RULE = "attribution.nearby-speaker-quote";
  private static final String JOINER = "[\\s，,、和与及]*";
  /**
   * A statement about the future: a time ahead (今后, 未来, 明年) near its start, then 将 or 会 (Wiktionary 将 "will",
   * 会 "will, be likely to"); 或将 "may" and 将 alone (a plan, 将推出) are not enough.
   */
  private static final Pattern FORECAST = Pattern.compile("^[^。；，]{0,12}?(今后|未来|将来|明年|后年)[^。；]*?(将|会)");
  /** Cues of expectation (Wiktionary 预计 "to estimate, to expect", 预期 "to expect", 预测 "to forecast"). */
  private static final Set<String> EXPECTATION = Set.of("预计", "预期", "预测");
  /** A statement about what the speaker or their company will do (公司明年会推出…, 我们今后将…): a plan, no forecast. */
  private static final Pattern OWN_PLAN = Pattern.compile("^(我们|我|公司|本公司|该公司)");
  /** English cues of emphasis, confirmation and remark, which take a noun object as often as a clause. */
  private static final Pattern EMPHASIS = Pattern.compile(
      "(?i)emphasi[sz]e[ds]?|stress(ed|es)?|underscored?|confirm(ed|s)|acknowledged|reiterated|not(ed|es|ing)"
          + "|point(ed|s|ing) out");
  /** "shared", "shares": a cue only before "that" (Wiktionary share, "to tell others about"). */
  private static final Pattern SHARED = Pattern.compile("(?i)shared|shares");
  /** Subordinators tagged IN that open a reported clause rather than a prepositional phrase. */
  private static final Pattern CLAUSE_OPENER = Pattern.compile("(?i)that|if|whether|because|as|while|although");
  /**
   * Verbs that ask or charge someone to speak or assess (Wiktionary 请 "to ask, please", 委托 "to entrust", 邀请 "to
   * invite", 责成 "to instruct"): 请大家介绍…, 委托专家评估… ask for what has not been said.
   */
  private static final String REQUEST = "请|委托|邀请|责成";
  /**
   * Cues that take a noun object as often as a clause (Wiktionary 评估 "to assess", 担心 and 担忧 "to worry about",
   * maintain "to keep up; to assert", emphasize and stress "to give emphasis to"): with a parsed object and no clausal
   * complement, 评估了X的表现, 担心其带来的问题, maintained a low profile and emphasizes in-house research state nothing
   * (guidelines 8.3); maintained that …, stressed that … do.
   */
  private static final Set<String> NOUN_OBJECT_CUES = Set.of("评估", "担心", "担忧", "maintained", "maintains",
      "emphasizes", "emphasized", "emphasised", "emphasises", "stressed", "stresses");
  /** What a statement never opens with: the enumeration comma after a cue word inside a list (…实时说明、讲述…). */
  private static final Pattern FRAGMENT_OPENING = Pattern.compile("^、");
  /** A colon and an opening quotation mark ending the words between a cue and its quotation. */
  private static final Pattern COLON_AND_MARK = Pattern.compile("[:：]\\s*[“\"]$");
  /** Forms of "tell", whose bare object is the one told (told reporters), never what was said. */
  private static final String TELL_FORMS = "tell|tells|telling|told";
  /**
   * A noun of speech pointing back to a quotation (Wiktionary 回应 "response", 回答 "answer", 表态 "statement of
   * position", 发言 "speech", 表述 "formulation", 话 "words"), with its demonstrative and measure word: 这句回应, 这番话.
   */
  private static final Pattern RESPONSE_NOUN = Pattern.compile("(这句|这番|此番|这一)(话|回应|回答|表态|发言|表述)");
  /**
   * 的 and a noun for what was said, closing a statement (Wiktionary 说法 "statement, version", 传闻 "rumour", 言论
   * "remarks", 指控 "accusation", 报道 "report", 消息 "news", 猜测 "speculation").
   */
  /**
   * 强调了开源软件对于创新的重要性: a noun phrase naming what something is worth, with no clause break, is an object
   * (annotation guidelines 8.3), however many verbs its modifiers hold.
   */
  private static final Pattern VALUE_OF_SOMETHING =
      Pattern.compile("^[^，,；;：:]+的(?:重要性|必要性|紧迫性|重要意义|意义|价值|重要作用)$");
  private static final Pattern STATEMENT_NOUN_AT_END = Pattern.compile("的(?:说法|传闻|言论|指控|报道|消息|猜测)$");
  /** Prepositions of topic (Wiktionary 对于 "regarding", 关于 "about", 针对 "aimed at"). */
  private static final Set<String> TOPIC_OPENERS = Set.of("对于", "关于", "针对");
  /** Concessive conjunctions (Wiktionary 尽管, 虽然, 虽, 虽说 "although"). */
  private static final Set<String> CONCESSIVE = Set.of("尽管", "虽然", "虽", "虽说");
  /** The comma and conjunction that open the main clause after a concessive one (Wiktionary 但, 但是, 可是, 然而, 却). */
  private static final Pattern MAIN_CLAUSE = Pattern.compile("[，,]\\s*(?:但是?|可是|然而|却)");
  private static final Pattern CLAUSE_COMMA = Pattern.compile("[，,]");
  /** Causal conjunctions opening a clause of reason (Wiktionary 因为, 由于 "because"). */
  private static final Set<String> CAUSAL = Set.of("因为", "由于");
  /** The cue 显示 "to show" and nouns for data (Wiktionary 数据 "data", 统计 "statistics", 数据库 "database"). */
  private static final String SHOW = "显示";
  private static final Pattern DATA_NOUN = Pattern.compile(".*数据|.*数据库|统计|统计数字");
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９]|[一二两三四五六七八九十百千万亿]+[万亿]|[十百千]");
  /**
   * Existential 有 with a noun of report before a cue (有报道称, 有消息指出: "there are reports that"; Wiktionary 报道
   * "report", 消息 "news", 传言 and 传闻 "rumour", 说法 "version"): reportedly, nobody named speaks (guidelines 8.3).
   */
  private static final Set<String> UNNAMED_REPORT = Set.of("报道", "消息", "传言", "传闻", "说法");
  /** The cue of finding out (Wiktionary 发现 "to find; to discover") and the reporter's noun (Wiktionary 记者). */
  private static final String FOUND_OUT = "发现";
  private static final String REPORTER = "记者";
  /** 有人说 / 也有人认为 "someone says" (Wiktionary 有人 "someone"): an unnamed person, the group named 有人. */
  private static final String SOMEONE = "有人";
  /** 有人 opening a clause, one verb (形容, 评价道) and perhaps whom it is about, right before a quotation. */
  /** 对此，张三说… : a sentence that answers the quotation before it, whose speaker is someone else. */
  private static final Pattern ANSWERING = Pattern.compile("\\s*(?:对此|對此|对于此|對於此|针对|針對|对于|對於|回应|回應)");
  private static final Pattern SOMEONE_BEFORE_QUOTE = Pattern.compile(
      "(?:^|[，,。；;：:])\\s*(?:也|还|更|曾|就)?有人\\p{IsHan}{1,3}?(?:他|她|它|他们|她们|其)?\\s*[：:，,]?\\s*$");
  /**
   * Nouns of a law or rule that a dropped subject after a comma refers to (推出一项法案，要求…: the bill requires):
   * what it stipulates is no one's statement (guidelines 8.3). Wiktionary 法案 "bill", 议案 "motion, bill", 草案
   * "draft", 法律 "law", 法规 "regulations", 条例 "regulations, ordinance", 规定 "rule", 新规 "new rule", 行政令
   * "executive order", 禁令 "ban".
   */
  private static final Pattern LAW_NOUN = Pattern.compile(".*(法案|议案|草案|法律|法规|条例|规定|新规|规则|行政令|禁令)");

  private final AttributionCues cues;
  private final SpeakerFinder speakers;

  CueStatements(AttributionCues cues, SpeakerFinder speakers) {
    this.cues = cues;
    this.speakers = speakers;
  }

  /** What a paragraph scan found. */
  /**
   * @param unattributed whether the paragraph has a verb of attribution outside quotations whose speaker was not
   *                     found (据报道 aside, whose cue is blocked): someone other than a heading's speaker may be
   *                     talking
   */
  record Found(List<Draft> drafts, List<Attribution> attributions, Optional<Speaker> continues, boolean unattributed) {}

  /**
   * @param earlier the attributions of the paragraphs before, in order; this paragraph's are added to it
   */
  Found scan(Article article, Span paragraph, List<Attribution> earlier) {
    return scan(article, paragraph, earlier, Optional.empty());
  }

  /**
   * @param earlier  the attributions of the paragraphs before, in order; this paragraph's are added to it
   * @param speaking the speaker whose heading or line this paragraph may continue: a cue that opens its clause with
   *                 no subject at all (…，相信会有更多企业…) has that speaker's dropped subject
   */
  Found scan(Article article, Span paragraph, List<Attribution> earlier, Optional<Speaker> speaking) {
    String text = article.text();
    List<Quotations.Quote> quotes = Quotations.find(text, paragraph);
    List<Attribution> attributions = new ArrayList<>();
    boolean unattributed = false;
    for (TaggedSentence s : article.sentencesIn(paragraph)) {
      Map<Integer, DependencyRuleMatch> subjects = speakers.subjects(s);
      IntPredicate speakerEndsAt = offset -> article.knownNameEndsAt(offset) || groupEndsAt(s, offset);
      for (AttributionCues.Hit hit : cues.find(s, speakerEndsAt)) {
        if (quotes.stream().anyMatch(q -> q.content().contains(hit.span()))) {
          continue; // a verb inside a quotation belongs to the quoted speaker's own sentence
        }
        if (requested(s, hit)) {
          continue; // 请大家介绍一下…: what someone is asked to say has not been said
        }
        if (claimedAPlace(s, hit)) {
          continue; // Acme claimed a 30% share of the market: it took a place, it said nothing
        }
        if (ownPlanInStatement(s, hit, attributions)) {
          continue; // 他说，该署预计在明年推出…: what 该署 plans is part of what he says, not a forecast of its own
        }
        if (reportersFinding(s, hit)) {
          continue; // 记者走访发现，…: the report's own narration, nobody's claim
        }
        String existential = existentialSubject(s, hit);
        if (UNNAMED_REPORT.contains(existential) || stipulated(s, hit)) {
          continue;
        }
        Optional<Speaker> speaker = (existential.equals("人")
            ? Optional.of(new Speaker(new Claimant(Optional.empty(), SOMEONE), SpeakerFinder.FALLBACK, false))
            : speakers.ofCue(article, s, hit, subjects, earlier)
                .map(found -> SpeakerFinder.titledPersonOf(article, s, hit, found))
                .map(found -> namedNext(article, s, paragraph, found))
                .map(found -> sameStaffAsBefore(found, earlier)))
            .or(() -> opensClause(s, hit) ? speaking : Optional.empty());
        // 这说明… / 这表明…: a demonstrative subject points back to what was just said; nobody else speaks.
        unattributed |= speaker.isEmpty() && !demonstrativeSubject(s, hit);
        if (speaker.isPresent()) {
          Attribution a = new Attribution(s, hit, speaker.get());
          attributions.add(a);
          earlier.add(a);
        }
      }
    }
    List<Draft> drafts = new ArrayList<>();
    Set<Quotations.Quote> used = new HashSet<>();
    Optional<Speaker> continues = Optional.empty();
    for (Attribution a : attributions) {
      int at = ClaimText.skipSeparators(text, a.hit().span().end(), paragraph.end());
      Optional<Quotations.Quote> quote = ClaimText.quoteOpeningAt(quotes, at);
      if (quote.isPresent() && !quote.get().isScareQuote(text) && namedCueAfter(text, quote.get(), attributions)) {
        continue; // the quotation is the speaker's named after it, and the cue before it says nothing else
      }
      if (quote.isPresent() && !quote.get().isScareQuote(text)) {
        drafts.add(quoteDraft(quote.get(), a, "attribution.cue-quote"));
        used.add(quote.get());
        continue;
      }
      int said = afterQuotedTopic(text, quotes, ClaimText.skipSeparators(text, whatFollows(a, at), paragraph.end()),
          paragraph.end());
      Optional<Quotations.Quote> quoteAfterAddressee = ClaimText.quoteOpeningAt(quotes, said);
      if (said > at && quoteAfterAddressee.isPresent() && !quoteAfterAddressee.get().isScareQuote(text)) {
        drafts.add(quoteDraft(quoteAfterAddressee.get(), a, "attribution.cue-quote"));
        used.add(quoteAfterAddressee.get());
        continue;
      }
      Span content = describedStatementEnd(a, text, causalEnd(a, text, concessiveEnd(a, text,
          ClaimText.reported(text, said, nextStatement(a, attributions, said, paragraph.end()), quotes))));
      List<Quotations.Quote> predicates = quotedPredicates(a.sentence(), text, content, quotes);
      if (!predicates.isEmpty()) {
        // 该应用“仍然偶尔会卡顿” / Claude“更容易交谈”和“更容易操纵”: the speaker's own words about a subject named
        // before them are the claims, each quotation one.
        predicates.forEach(q -> drafts.add(quoteDraft(q, a, "attribution.cue-quote")));
        used.addAll(predicates);
        continue;
      }
      // X批评…，留言包括： / X said …, adding: the statement stops before the lead-in, and X goes on in the next
      // paragraph.
      Optional<Integer> leadIn = leadInToNextParagraph(text, content, paragraph.end());
      Span stated = leadIn.map(end -> new Span(content.begin(), end)).orElse(content);
      if (stated.length() >= 2 && !nounObjectOnly(a.sentence(), stated, quotes)
          && !englishObjectWithoutClause(a, stated, quotes) && !emphasizedObject(a, stated)
          && !topicOnly(a, stated) && !forecastInBaseForm(a, stated) && !subjectAfterCue(a)
          && !innerCueOnly(a, stated, attributions)
          && !assessedThing(a, stated) && !FRAGMENT_OPENING.matcher(stated.of(text)).find()) {
        drafts.add(new Draft(stated, reportedKind(a, stated), a.speaker(), Optional.of(a.hit().span()),
            a.hit().form() + stated.of(text), "attribution.reported", a));
        if (leadIn.isPresent()) {
          continues = Optional.of(a.speaker());
        }
      } else if (endsWithColon(text, a.hit().span().end(), paragraph.end())) {
        continues = Optional.of(a.speaker());
      }
      // X认为世界需要开源LLM：“…”: the quotation the statement's colon opens is the same speaker's.
      int afterColon = content.end() < text.length() && ":：".indexOf(text.charAt(content.end())) >= 0
          ? content.end() + 1 : -1;
      if (afterColon > 0) {
        Optional<Quotations.Quote> q = ClaimText.quoteOpeningAt(quotes, afterColon);
        if (q.isPresent() && !q.get().isScareQuote(text) && !namedCueAfter(text, q.get(), attributions)
            && used.add(q.get())) {
          drafts.add(quoteDraft(q.get(), a, "attribution.colon-quote"));
        }
      }
    }
    for (Quotations.Quote q : quotes) {
      if (used.contains(q)) {
        continue;
      }
      Optional<Draft> framed = selfStatement(article, q);
      if (framed.isPresent()) {
        // a short quotation is no term here: the frame makes it what its subject says of itself or means to do
        used.add(q);
        drafts.add(framed.get());
        continue;
      }
      if (q.isScareQuote(text) || q.isEmbedded(text)) {
        continue;
      }
      // “…。”张三是…，因为家人强调…: the person introduced right after the quotation said it, not a cue further on.
      Optional<Speaker> introduced = introducedAfter(article, paragraph, q);
      if (introduced.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, introduced.get(), NEARBY_QUOTE_RULE));
        continue;
      }
      Optional<Attribution> after = attributions.stream()
          .filter(a -> a.hit().span().begin() >= q.outerEnd()
              && ClaimText.distance(text, q.outerEnd(), a.hit().span().begin()) <= CUE_AFTER_REACH
              && ClaimText.noSentenceEnd(text, q.outerEnd(), a.hit().span().begin())
              // “… enforced.” On this point, the senator argued, …: a new sentence with its own opening words
              && !(q.endsEnglishSentence(text) && text.substring(q.outerEnd(), a.hit().span().begin()).contains(","))
              // "…." He wrote: "…": a cue before a colon introduces what follows, not the quotation before it
              && !colonAfter(text, a.hit().span().end())
              // 对于X称“…”的说法，Y称…: a quotation before 的 describes a noun; the cue after answers it, not says it
              && !text.startsWith("的", q.outerEnd())
              && quotes.stream().noneMatch(o -> o != q && o.outerBegin() >= q.outerEnd()
                  && o.outerBegin() < a.hit().span().begin()))
          .findFirst();
      if (after.isPresent()) {
        drafts.add(quoteDraft(q, after.get(), "attribution.quote-cue"));
        used.add(q);
        // "…," X said in a statement: what follows the cue is no statement of its own when a quotation precedes it.
        drafts.removeIf(d -> d.utterance() == after.get() && d.rule().equals("attribution.reported")
            && !ClaimText.startsClause(d.span().of(text)));
        continue;
      }
      Optional<Speaker> responder = responseNoun(article, q);
      if (responder.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, responder.get(), "attribution.quote-response-noun"));
        continue;
      }
      Optional<Speaker> running = quoteRun(text, quotes, q, drafts);
      if (running.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, running.get(), "attribution.quote-run"));
        continue;
      }
      Optional<Speaker> signed = signature(article, q, paragraph);
      if (signed.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, signed.get(), "attribution.quote-cue"));
        continue;
      }
      Optional<Speaker> namedNext = namedAfterOpeningQuote(article, paragraph, q);
      if (namedNext.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, namedNext.get(), NEARBY_QUOTE_RULE));
        continue;
      }
      Optional<Speaker> byCoreNlp = corenlpSpeaker(article, q);
      if (byCoreNlp.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, byCoreNlp.get(), "attribution.corenlp-quote"));
        continue;
      }
      if (namesAThing(article, q)) {
        continue; // 主题论坛“开放协作，共建生态”举行: a theme or slogan named inside the clause, nobody's statement
      }
      Optional<Speaker> speaker = someoneBefore(article, q)
          .or(() -> lastSpeakerBefore(article, earlier, q.outerBegin()))
          .or(() -> article.sentenceAt(q.outerBegin())
              .flatMap(s -> speakers.nearest(article, s, q.outerBegin(), false))
              // 作者：张三 then “…”: the byline names who wrote the article, not who said the quotation after it
              .filter(c -> !isByline(article, c))
              .map(c -> new Speaker(c, SpeakerFinder.NEARBY, false)));
      if (speaker.isPresent()) {
        used.add(q);
        drafts.add(uncuedQuote(q, speaker.get(), NEARBY_QUOTE_RULE));
      }
    }
    precedingStatements(article, paragraph, quotes, attributions, drafts);
    // 据新华社报道，X在…上表示，…: the report only names the source of what a named speaker says after it.
    drafts.removeIf(d -> d.utterance() instanceof Attribution a && accordingToFrame(d) && attributions.stream()
        .anyMatch(b -> b.sentence() == a.sentence() && b.hit().head() > a.hit().head()
            && b.speaker().claimant().entityKey().isPresent()));
    drafts.removeIf(d -> d.utterance() instanceof Attribution a && insideTimeClause(a, d.span().of(article.text())));
    // X said he always wanted to grow and urged staff to hurry: a second cue of the same speaker joined by "and" after
    // the first statement's words is a statement of its own, not one nested in the first, which ends before "and".
    for (int i = 0; i < drafts.size(); i++) {
      Draft outer = drafts.get(i);
      Optional<Span> trimmed = drafts.stream()
          .filter(inner -> inner != outer && sameSpeakerStatement(outer, inner))
          .map(inner -> beforeCoordinatedCue(outer, inner, text))
          .flatMap(Optional::stream).findFirst();
      if (trimmed.isPresent()) {
        drafts.set(i, new Draft(trimmed.get(), outer.kind(), outer.speaker(), outer.cue(), outer.stanceText(),
            outer.rule(), outer.utterance()));
      }
    }
    // 马克龙表示，他相信…: a speaker's statement nested in their own statement is one claim, the innermost proposition;
    // so is one whose words open with another speaker's statement (X报道说，Y警告…; Whitfield said the company
    // expects …; 路透社报道称，四名知情人士透露，… with a described group too), unless a verb comes before that speaker
    // (发布这份报告是为了提醒用户注意…: no statement of its own).
    drafts.removeIf(outer -> outer.rule().equals("attribution.reported") && drafts.stream().anyMatch(inner ->
        inner != outer && inner.rule().equals("attribution.reported") && outer.span().contains(inner.span())
            && !inner.span().equals(outer.span())
            && ((inner.speaker().claimant().entityKey().isPresent()
                && inner.speaker().claimant().entityKey().equals(outer.speaker().claimant().entityKey()))
                || (!inner.speaker().author() && opensWithStatement(outer, inner)))));
    // 称其为“…”: a quotation inside a statement already claimed is part of that claim, not one of its own.
    // said demand was "very, very strong": a quoted fragment of reported speech belongs to it (guidelines 8.3).
    // So is a fragment a later cue took for its own (X said the chip is "far ahead," adding, "…"): the cue after it
    // introduces the next quotation, and the fragment stays in the same speaker's statement. Not a quoted sentence
    // (…是“一件艰苦的工作。”他继续说: the quotation is a claim of its own).
    drafts.removeIf(d -> (d.rule().matches("attribution\\.(nearby-speaker|corenlp)-quote")
        && drafts.stream().anyMatch(o -> o != d && o.span().contains(d.span())))
        || fragmentOfOwnStatement(d, drafts, text));
    return new Found(drafts, attributions, continues, unattributed);
  }
  /**
   * Whether a noun for a group of speakers ends at {@code offset} (港媒报导，…; 外媒报道，…), so a cue the tagger took for
   * a noun after it is still a verb. The segmenter splits a clipped compound (港/媒), so a one-character word is read
   * with the word before it.
   */
  private boolean groupEndsAt(TaggedSentence s, int offset) {
    List<Token> tokens = s.tokens();
    for (int j = 0; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.span().end() == offset && t.pos().startsWith("NN")) {
        String word = t.word().length() == 1 && j > 0 ? tokens.get(j - 1).word() + t.word() : t.word();
        return speakers.groups().isGroupHead(word);
      }
    }
    return false;
  }


  /**
   * "…, wrote Jane Doe, a partner who …": an English cue followed by its own subject reports what precedes it; the
   * words after it name the speaker.
   */
  private static boolean subjectAfterCue(Attribution a) {
    TaggedSentence s = a.sentence();
    AttributionCues.Hit hit = a.hit();
    if (!s.tokens().get(hit.head()).word().chars().allMatch(c -> c < 128)) {
      return false;
    }
    // The parser reads the inverted subject as the cue's subject or, as often, as its object.
    int next = hit.end() < s.tokens().size() ? s.tokens().get(hit.end()).span().begin() : -1;
    boolean speakerNext = s.referents().stream().anyMatch(r -> r.span().begin() == next && !r.anaphor()
        && a.speaker().claimant().entityKey().equals(Optional.of(r.entityKey())));
    return speakerNext || s.sentence().dependencies().stream().anyMatch(d -> d.governor() >= hit.head()
        && d.governor() < hit.end() && d.relation().startsWith("nsubj") && d.dependent() >= hit.end());
  }

  /**
   * 有人形容他“…” / 也有人说“…”: a quotation right after someone unnamed and their verb (and the person it is about) is
   * that unnamed someone's, not the nearest name's.
   */
  private static Optional<Speaker> someoneBefore(Article article, Quotations.Quote q) {
    int from = article.sentenceAt(q.outerBegin()).map(s -> s.sentence().span().begin()).orElse(q.outerBegin());
    String before = article.text().substring(from, q.outerBegin());
    return SOMEONE_BEFORE_QUOTE.matcher(before).find()
        ? Optional.of(new Speaker(new Claimant(Optional.empty(), SOMEONE), SpeakerFinder.FALLBACK, false))
        : Optional.empty();
  }

  /**
   * “…。”张三是一名… : a quotation of one whole sentence opening its paragraph, with no cue, followed by a sentence
   * that opens with a person's name and 是 to say who they are: features open on a speaker's words, then introduce
   * the speaker.
   */
  private static Optional<Speaker> introducedAfter(Article article, Span paragraph, Quotations.Quote q) {
    String text = article.text();
    int opening = afterOpeningQuotedSentence(text, paragraph, q, "。！？!?");
    Optional<TaggedSentence> next = opening < 0 ? Optional.empty() : article.sentenceAt(opening);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    return next.get().referents().stream()
        .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON && r.span().begin() == opening
            && text.startsWith("是", r.span().end()))
        .findFirst().map(r -> new Speaker(SpeakerFinder.claimantOf(r, next.get()), SpeakerFinder.NEARBY, false));
  }

  /**
   * “…。”在某会上，某部部长张三说：… / “…。”这是张三对…的描述: a quotation of one whole sentence that opens its
   * paragraph, with no cue after it, is the words of the first person the next sentence names: news and features open
   * on a speaker's words, then introduce the speaker. A quotation that is its whole paragraph reads on into the next
   * paragraph only to a person a cue follows there (…主任张三告诉记者). Not a question (one put to the person), nor
   * when the next sentence answers it (对此，张三…) or the person is passive (张三被问到).
   */
  private Optional<Speaker> namedAfterOpeningQuote(Article article, Span paragraph, Quotations.Quote q) {
    String text = article.text();
    int after = afterOpeningQuotedSentence(text, paragraph, q, "。！!");
    if (after < 0 || q.content().of(text).codePoints().noneMatch(Languages::isHan)) {
      return Optional.empty();
    }
    boolean wholeParagraph = text.substring(after, paragraph.end()).isBlank();
    int opening = !wholeParagraph ? after : article.body().stream().map(p -> p.span().begin())
        .filter(begin -> begin >= paragraph.end()).findFirst().orElse(-1);
    Optional<TaggedSentence> next = opening < 0 ? Optional.empty() : article.sentenceAt(opening);
    if (next.isEmpty() || next.get().sentence().span().end() <= opening
        || ANSWERING.matcher(text.substring(opening, next.get().sentence().span().end())).lookingAt()) {
      return Optional.empty();
    }
    TaggedSentence s = next.get();
    Optional<Referent> person = s.referents().stream()
        .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON && r.span().begin() >= opening)
        .min(Comparator.comparingInt(r -> r.span().begin()))
        .filter(r -> text.substring(opening, r.span().begin()).chars().noneMatch(c -> "“「\"".indexOf(c) >= 0))
        .filter(r -> !text.startsWith("被", r.span().end()))
        .filter(r -> !wholeParagraph || cues.find(s).stream().anyMatch(h -> h.span().begin() >= r.span().end()
            && ClaimText.distance(text, r.span().end(), h.span().begin()) <= 2));
    return person.map(r -> new Speaker(SpeakerFinder.claimantOf(r, s), SpeakerFinder.NEARBY, false));
  }

  /**
   * Where the sentence a quotation holds ends, when the quotation opens its paragraph and holds one whole sentence that
   * ends in one of {@code stops}, inside its marks or right after them: the offset after that stop or the marks; else
   * -1.
   */
  private static int afterOpeningQuotedSentence(String text, Span paragraph, Quotations.Quote q, String stops) {
    if (q.close().isEmpty() || !text.substring(paragraph.begin(), q.outerBegin()).isBlank()) {
      return -1;
    }
    String words = q.content().of(text).strip();
    int after = q.outerEnd();
    if (!words.isEmpty() && stops.indexOf(words.charAt(words.length() - 1)) >= 0) {
      return after;
    }
    return after < paragraph.end() && stops.indexOf(text.charAt(after)) >= 0 ? after + 1 : -1;
  }

  /** 评估了X的表现, 担心其带来的问题: a cue of {@link #NOUN_OBJECT_CUES} with a parsed object in the content, no clause. */
  private static boolean assessedThing(Attribution a, Span content) {
    return NOUN_OBJECT_CUES.contains(a.hit().form()) && !hasClausalComplement(a) && hasObjectIn(a, content);
  }

  /** Whether the parse gives the cue a clausal complement (what it reports is a clause, a proposition). */
  private static boolean hasClausalComplement(Attribution a) {
    return a.sentence().sentence().dependencies().stream().anyMatch(d -> governedByCue(a, d)
        && d.relation().matches("ccomp|xcomp|parataxis|dep"));
  }

  /** Whether the parse gives the cue an object inside {@code content}. */
  private static boolean hasObjectIn(Attribution a, Span content) {
    TaggedSentence s = a.sentence();
    return s.sentence().dependencies().stream().anyMatch(d -> governedByCue(a, d)
        && d.relation().matches("dobj|obj") && content.contains(s.tokens().get(d.dependent()).span()));
  }

  private static boolean governedByCue(Attribution a, Dependency d) {
    return d.governor() >= a.hit().head() && d.governor() < a.hit().end();
  }

  /**
   * X报道称，Y在会谈中表示，… : what the outer cue reports is only the inner speaker and their cue, which reports the
   * proposition itself; nested cues make one claim, the innermost (guidelines 8.3).
   */
  private static boolean innerCueOnly(Attribution a, Span content, List<Attribution> attributions) {
    return attributions.stream().anyMatch(b -> b != a && b.sentence() == a.sentence()
        && content.contains(b.hit().span()) && b.hit().span().end() >= content.end());
  }

  /**
   * 他说，该署预计在明年推出新规则: an expectation cue (预计 "is expected to") inside another cue's statement in the
   * same sentence whose complement opens with a preposition, adverb or verb, no subject of its own, tells what its
   * subject is to do; the outer cue decides the claim and its kind.
   */
  private static boolean ownPlanInStatement(TaggedSentence s, AttributionCues.Hit hit, List<Attribution> found) {
    if (hit.kind() != ClaimKind.PREDICTION || hit.end() >= s.tokens().size()
        || !s.tokens().get(hit.end()).pos().matches("P|AD|VV|VC|VE")
        || !s.tokens().get(hit.head()).word().chars().allMatch(c -> c >= 0x2E80)) {
      return false;
    }
    return found.stream().anyMatch(a -> a.sentence() == s && a.hit().end() < hit.head()
        && a.hit().kind() == ClaimKind.REPORTED_SPEECH);
  }

  /**
   * 记者走访发现，… / 本报记者多方调研发现，…: what the reporter found out on the ground is the report's narration, no
   * one's claim (guidelines 8.3); the subject ends in 记者, with only the reporter's fieldwork (走访, 调研, 多方) between it
   * and 发现. A reporter who comments (某台记者评论称) still speaks, and one spoken to (告诉记者) is no subject.
   */
  private static boolean reportersFinding(TaggedSentence s, AttributionCues.Hit hit) {
    if (!hit.form().equals(FOUND_OUT)) {
      return false;
    }
    int from = SpeakerFinder.clauseStart(s, hit.head());
    for (int t = hit.head() - 1; t >= Math.max(from, hit.head() - 4); t--) {
      Token token = s.tokens().get(t);
      if (token.word().endsWith(REPORTER)) {
        return s.tokens().subList(from, t).stream().noneMatch(k -> k.pos().matches("V.*|P|BA|LB|SB"));
      }
      if (token.pos().matches("PU|NR|PN|P|DEG|DEC")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The noun after an existential 有 that is the whole subject of the cue (有人说 → 人, 此前有报道称 → 报道), adverbs
   * aside; empty when the cue has another subject.
   */
  private static String existentialSubject(TaggedSentence s, AttributionCues.Hit hit) {
    int from = SpeakerFinder.clauseStart(s, hit.head());
    List<Token> before = s.tokens().subList(from, hit.head()).stream().filter(t -> !t.pos().matches("AD|CC|NT"))
        .toList();
    if (before.size() == 1 && before.get(0).word().equals(SOMEONE)) {
      return "人";
    }
    return before.size() == 2 && before.get(0).word().equals("有") && before.get(0).pos().equals("VE")
        && before.get(1).pos().startsWith("N") ? before.get(1).word() : "";
  }

  /**
   * 推出一项法案，要求审查… / 提出《X法案》，禁止…: a cue opening a clause with no subject of its own, right after a
   * clause that ends in a law or rule, has the law as its dropped subject; what it requires is a stipulation.
   */
  private static boolean stipulated(TaggedSentence s, AttributionCues.Hit hit) {
    int from = SpeakerFinder.clauseStart(s, hit.head());
    if (from < 2 || !opensClause(s, hit) || !s.tokens().get(from - 1).word().matches("[，,]")) {
      return false;
    }
    int last = from - 2;
    while (last > 0 && s.tokens().get(last).word().matches("[》〉)）]")) {
      last--; // 《X法案》(X Act)，要求…: the name's closing marks
    }
    if (s.tokens().get(last).word().matches("[A-Za-z]+")) {
      // (The X Act)，要求…: an English name in brackets after the Chinese one
      int open = last;
      while (open > 0 && !s.tokens().get(open).word().matches("[(（]")) {
        open--;
      }
      last = open > 0 ? open - 1 : last;
      while (last > 0 && s.tokens().get(last).word().matches("[》〉)）]")) {
        last--;
      }
    }
    return LAW_NOUN.matcher(s.tokens().get(last).word()).matches();
  }

  /**
   * What "claim" takes when it means to win or take a place (Wiktionary "claim", verb: "to take (a prize, a title)"):
   * a share, the top spot, the lead, a title.
   */
  private static final Pattern PLACE_TAKEN = Pattern.compile("(?i)share|spot|place|position|title|crown|lead|prize|"
      + "award|medal|record|seat|seats|majority|victory");
  /** How many words after "claimed" its object's head may stand: a dominant market share. */
  private static final int PLACE_REACH = 5;

  /**
   * "Acme claimed a 30% share of the market", "claimed the top spot": "claim" with an object that is a place won (a
   * share, a spot, a title) before the clause ends and with no verb after it reports no statement; "claimed its share
   * rose" (a verb after the noun: a clause) and "claimed that …" do.
   */
  private static boolean claimedAPlace(TaggedSentence s, AttributionCues.Hit hit) {
    List<Token> tokens = s.tokens();
    if (!tokens.get(hit.head()).word().toLowerCase(Locale.ROOT).startsWith("claim")) {
      return false;
    }
    for (int t = hit.end(); t < tokens.size() && t < hit.end() + PLACE_REACH; t++) {
      Token token = tokens.get(t);
      if (ClaimText.isClauseBreak(token.word()) || token.pos().matches("VB.*|MD|IN") && !token.word().equals("of")) {
        return false;
      }
      if (token.pos().startsWith("NN") && PLACE_TAKEN.matcher(token.word()).matches()) {
        for (int after = t + 1; after < tokens.size() && !ClaimText.isClauseBreak(tokens.get(after).word()); after++) {
          if (tokens.get(after).pos().matches("VB[DPZ]|MD")) {
            return false; // claimed its share rose: the noun is the subject of what was said
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether a cue is the complement of 请 ("to ask, please"; Wiktionary 请): a request that someone speak. */
  private static boolean requested(TaggedSentence s, AttributionCues.Hit hit) {
    return s.sentence().dependencies().stream().anyMatch(d -> d.dependent() >= hit.head() && d.dependent() < hit.end()
        && d.governor() >= 0 && d.relation().matches("ccomp|xcomp") && s.tokens().get(d.governor()).word().matches(REQUEST));
  }

  /**
   * 在X宣布开源Y的时候 / 当X表示…时: a cue inside a clause of time dates the main clause; what it reports is no
   * statement of the article.
   */
  private static boolean insideTimeClause(Attribution a, String reported) {
    int clause = SpeakerFinder.clauseStart(a.sentence(), a.hit().head());
    return a.sentence().tokens().get(clause).word().matches("在|当|每当") && TIME_CLAUSE_END.matcher(reported).find()
        || announcementDatesTheClause(a);
  }

  /**
   * X宣布Y离职后，投资者…: an announcement whose clause ends in an event and 后 (after) before a comma is a time
   * clause of the sentence; what follows the comma is not what was announced.
   */
  private static boolean announcementDatesTheClause(Attribution a) {
    List<Token> tokens = a.sentence().tokens();
    if (!ANNOUNCEMENT.matcher(a.hit().form()).matches()) {
      return false;
    }
    for (int k = a.hit().end(); k < tokens.size(); k++) {
      if (ClaimText.isClauseBreak(tokens.get(k).word())) {
        return k >= a.hit().end() + 2 && tokens.get(k).word().matches("[，,]")
            && tokens.get(k - 1).pos().equals("LC") && tokens.get(k - 1).word().matches("后|之后|以后")
            && tokens.get(k - 2).pos().startsWith("V");
      }
    }
    return false;
  }

  /**
   * "The rules are too strict, the minister said." / "…，他说。": a cue whose speaker closes the sentence, with no
   * clause after it, reports what comes before the speaker.
   */
  private void precedingStatements(Article article, Span paragraph, List<Quotations.Quote> quotes,
      List<Attribution> attributions, List<Draft> drafts) {
    String text = article.text();
    for (Attribution a : attributions) {
      // A statement after the cue that holds no verb is an adverbial (in a statement, on Monday), not what was said.
      List<Draft> own = drafts.stream().filter(d -> d.utterance() == a).toList();
      TaggedSentence s = a.sentence();
      int clause = speakerBeforeApposition(s, a.hit(), SpeakerFinder.clauseStart(s, a.hit().head()));
      // "…, the company said, as demand grows": the parse puts what was said before the speaker, so a clause after
      // the cue is an adverbial of the saying.
      // "…, he says: “…”": a quotation the cue opens with a colon is said as well as the clause before the speaker.
      List<Draft> before = own.stream().filter(d -> !colonQuoteOf(a, d, text)).toList();
      if (!complementBefore(a, clause) && before.stream().anyMatch(d -> !d.rule().equals("attribution.reported")
          || hasClauseVerb(s, d.span()) || ClaimText.startsClause(d.span().of(text))
          || !opensWithAdverbial(s, d.span()))) {
        continue; // 宣布推出新一代模型: an object is what was said
      }
      if (clause == 0 || !s.tokens().get(clause - 1).word().matches("[，,]")) {
        continue;
      }
      if (governedWithin(s, a.hit(), clause) || wordsAfter(s, a.hit()) || relativeClause(s, a.hit(), clause)
          || objectAfter(s, a.hit(), quotes)) {
        continue; // 王明已不再对融资抱有期待: a cue that is another verb's complement reports nothing before it
      }
      if (s.tokens().get(0).pos().matches("VBG|VBN")) {
        continue; // "Praising the team, she says: “…”": a participle's phrase is an adverbial of the saying
      }
      Span content = ClaimText.trimmed(text, s.sentence().span().begin(), s.tokens().get(clause - 1).span().begin());
      int contentBegin = content.begin();
      if (content.length() < 2 || !ClaimText.hasVerb(s, content)
          || quotes.stream().anyMatch(q -> q.outerEnd() > contentBegin && q.outerBegin() < content.end()
              && !(q.isScareQuote(text) && content.contains(new Span(q.outerBegin(), q.outerEnd()))))) {
        continue;
      }
      drafts.removeAll(before);
      drafts.add(new Draft(content, reportedKind(a, content), a.speaker(), Optional.of(a.hit().span()),
          content.of(text), "attribution.preceding", a));
    }
  }

  /**
   * 2024年底，X发布了V3，并宣布开源。: a Chinese cue with words of its own after it ("，他说。" has none) reports
   * them, not the clause before it.
   */
  private static boolean wordsAfter(TaggedSentence s, AttributionCues.Hit hit) {
    List<Token> tokens = s.tokens();
    boolean chinese = tokens.get(hit.head()).word().codePoints().anyMatch(c -> c >= 0x2E80);
    return chinese && tokens.subList(hit.end(), tokens.size()).stream().anyMatch(t -> !t.pos().equals("PU"));
  }

  /**
   * "Listed on Nasdaq, Acme emphasizes in-house research": an English cue with its own object or complement after it
   * reports that, not the clause before it.
   */
  private static boolean objectAfter(TaggedSentence s, AttributionCues.Hit hit, List<Quotations.Quote> quotes) {
    // a named object is the one told or the inverted speaker (told Globe News; wrote Maya Lindqvist), not what was
    // said; so is the only object of "tell" (told reporters; not in "told the staff a story"); a clause inside
    // quotation marks is a quotation of its own.
    boolean tell = s.tokens().get(hit.head()).word().toLowerCase(Locale.ROOT).matches(TELL_FORMS)
        && s.sentence().dependencies().stream()
            .noneMatch(d -> d.governor() == hit.head() && d.relation().equals("iobj"));
    return s.sentence().dependencies().stream().anyMatch(d -> d.governor() >= hit.head() && d.governor() < hit.end()
        && d.dependent() >= hit.end() && d.relation().matches("dobj|obj|ccomp|xcomp")
        && !(tell && d.relation().matches("dobj|obj"))
        && quotes.stream().noneMatch(q -> q.content().contains(s.tokens().get(d.dependent()).span()))
        && s.referents().stream().noneMatch(r -> r.span().contains(s.tokens().get(d.dependent()).span())));
  }

  /**
   * "…, Jane Roe, head of the council, told reporters": where the cue's clause begins when the comma before
   * {@code clause} only closes an apposition to the cue's named subject; the clause begins at the name.
   */
  private static int speakerBeforeApposition(TaggedSentence s, AttributionCues.Hit hit, int clause) {
    List<Token> tokens = s.tokens();
    for (Dependency d : s.sentence().dependencies()) {
      if (d.relation().startsWith("nsubj") && d.governor() == hit.head() && d.dependent() < clause
          && tokens.get(d.dependent()).pos().startsWith("NNP")) {
        int name = d.dependent();
        while (name > 0 && tokens.get(name - 1).pos().startsWith("NNP")) {
          name--;
        }
        boolean apposition = tokens.subList(d.dependent() + 1, clause).stream().anyMatch(t -> t.word().equals(","));
        return name > 0 && apposition && tokens.get(name - 1).word().equals(",") ? name : clause;
      }
    }
    return clause;
  }

  /**
   * Whether draft {@code d} is the quotation that cue {@code a} opens with a colon after its speaker ("…, he says:
   * “…”", "…, says Jane Roe, the editor: “…”").
   */
  private static boolean colonQuoteOf(Attribution a, Draft d, String text) {
    if (!d.rule().equals("attribution.cue-quote") || d.span().begin() < a.hit().span().end()) {
      return false;
    }
    return COLON_AND_MARK.matcher(text.substring(a.hit().span().end(), d.span().begin())).find();
  }

  /**
   * "…, he met Lei Jun, whom he praised as …": a cue in a relative clause describes the person before it; the main
   * clause before it is not what was said.
   */
  private static boolean relativeClause(TaggedSentence s, AttributionCues.Hit hit, int clause) {
    return s.tokens().get(clause).pos().matches("WP|WDT|WP\\$")
        || s.sentence().dependencies().stream().anyMatch(d -> d.dependent() == hit.head()
            && d.relation().startsWith("acl:relcl"));
  }

  /** Whether a verb between its clause's start and the cue governs the cue (抱有期待, 拒绝透露). */
  private static boolean governedWithin(TaggedSentence s, AttributionCues.Hit hit, int clause) {
    return s.sentence().dependencies().stream().anyMatch(d -> d.dependent() == hit.head() && d.governor() >= clause
        && d.governor() < hit.head() && s.tokens().get(d.governor()).pos().startsWith("V"));
  }

  /**
   * Whether an English cue's clausal complement stands before its clause (ccomp), or the cue hangs as a parataxis on
   * a verb before it ("X is weighing a listing, Globe News reported, citing …"): what was said precedes the speaker.
   */
  private static boolean complementBefore(Attribution a, int clause) {
    TaggedSentence s = a.sentence();
    if (clause == 0 || !s.tokens().get(a.hit().head()).word().chars().allMatch(c -> c < 128)
        || s.tokens().get(0).pos().matches("IN|RB|WRB")) {
      return false; // "After the release …, investors said": an opening adverbial, not what was said
    }
    if (thatFollows(s, a.hit())) {
      return false; // "Acme, launched in 2019 by …, said on Monday that …": "that" opens what was said, after the cue
    }
    for (Dependency d : s.sentence().dependencies()) {
      boolean ccompBefore = d.relation().equals("ccomp") && d.governor() >= a.hit().head()
          && d.governor() < a.hit().end() && d.dependent() < clause;
      boolean parataxisOn = d.relation().equals("parataxis") && d.dependent() >= a.hit().head()
          && d.dependent() < a.hit().end() && d.governor() >= 0 && d.governor() < clause;
      if (ccompBefore || parataxisOn) {
        return true;
      }
    }
    return false;
  }

  /** Whether "that" opens a clause within a short adverbial after an English cue (said on Monday that …). */
  private static boolean thatFollows(TaggedSentence s, AttributionCues.Hit hit) {
    List<Token> tokens = s.tokens();
    for (int t = hit.end(); t < Math.min(tokens.size(), hit.end() + 5); t++) {
      if (tokens.get(t).word().equals("that") && tokens.get(t).pos().equals("IN")) {
        return true;
      }
      if (tokens.get(t).word().matches("[,.;:\"“”]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where what a cue reports begins, from {@code at} right after it: past the person spoken to (王小川告诉记者，…;
   * told Reuters the model …), an indirect object of the cue or its object before a comma or colon; and in English
   * past a short adverbial and the "that" that opens the reported clause (said on Tuesday that …).
   */
  private int whatFollows(Attribution a, int at) {
    TaggedSentence s = a.sentence();
    List<Token> tokens = s.tokens();
    int first = a.hit().end();
    while (first < tokens.size() && tokens.get(first).span().begin() < at) {
      first++;
    }
    if (first >= tokens.size()) {
      return at;
    }
    int i = first;
    // 告诉《财经》，…: a publication's title marks enclose the one spoken to.
    boolean titled = tokens.get(first).word().equals("《");
    for (Dependency d : s.sentence().dependencies()) {
      // The phrase right after the cue, whose head may be its last word (Globe News).
      int phraseBegin = s.nounPhrase(d.dependent()).begin();
      if (d.governor() < a.hit().head() || d.governor() >= a.hit().end()
          || (phraseBegin != first && !(titled && phraseBegin == first + 1))) {
        continue;
      }
      int end = s.nounPhrase(d.dependent()).end();
      if (titled && end < tokens.size() && tokens.get(end).word().equals("》")) {
        end++;
      }
      boolean beforeBreak = end < tokens.size() && tokens.get(end).word().matches("[，,：:]");
      // The object of "told" is always the one spoken to (told Reuters on Monday it would …).
      boolean told = a.hit().form().matches("(?i)told|tells?|telling");
      if (d.relation().equals("iobj")
          || (d.relation().matches("obj|dobj") && (beforeBreak || told) && (titled || isAddressee(s, first)))) {
        i = end;
      }
    }
    // English: "said in a statement that", "said on Tuesday that": the claim starts after "that"; so it does after an
    // adverb set off by commas ("warned, however, that").
    int from = i < tokens.size() && tokens.get(i).word().equals(",") ? i + 1 : i;
    from = from + 1 < tokens.size() && tokens.get(from).pos().startsWith("RB")
        && tokens.get(from + 1).word().equals(",") ? from + 2 : i;
    for (int j = from; j < tokens.size() && j <= from + 8; j++) {
      Token t = tokens.get(j);
      if (t.word().equalsIgnoreCase("that") && t.pos().matches("IN|WDT|DT") && j + 1 < tokens.size()
          && !ClaimText.isClauseBreak(tokens.get(j + 1).word())) {
        return tokens.get(j + 1).span().begin();
      }
      if (t.pos().startsWith("V") || ClaimText.isClauseBreak(t.word()) || t.word().codePoints().anyMatch(c -> c >= 0x2E80)) {
        break;
      }
    }
    // English: "said on Tuesday it had raised …", "said in a statement it would …": with no "that", the claim
    // starts after a date or a preposition on a date or a medium.
    // "said in a statement: …" too: what the colon opens is what was said.
    int adverbialEnd = englishAdverbialEnd(tokens, i);
    if (adverbialEnd > i && adverbialEnd < tokens.size() && (!ClaimText.isClauseBreak(tokens.get(adverbialEnd).word())
        || tokens.get(adverbialEnd).word().equals(":"))) {
      return tokens.get(adverbialEnd).span().begin();
    }
    return i == first ? at : (i < tokens.size() ? tokens.get(i).span().begin() : s.sentence().span().end());
  }

  /**
   * The end of the English adverbials that open tokens from {@code i}: dates and times (on Tuesday, last month) and
   * prepositional phrases on a medium (in a statement, in an interview), each a preposition or determiner run that
   * ends in a date or a medium noun; {@code i} when none opens there.
   */
  private static int englishAdverbialEnd(List<Token> tokens, int i) {
    int end = i;
    if (i >= tokens.size() || !tokens.get(i).word().chars().allMatch(c -> c < 128)) {
      return i; // Chinese time words (今年) are part of what is said
    }
    while (true) {
      int j = end;
      while (j < tokens.size() && tokens.get(j).pos().matches("IN|DT|JJ|PRP\\$|RBR?")
          && !tokens.get(j).ner().matches("DATE|TIME") && !tokens.get(j).word().equalsIgnoreCase("that")) {
        j++;
      }
      int phraseEnd = j;
      while (phraseEnd < tokens.size() && tokens.get(phraseEnd).ner().matches("DATE|TIME")) {
        phraseEnd++;
      }
      if (phraseEnd == j && j < tokens.size() && j > end && (MEDIUM.matcher(tokens.get(j).word()).matches()
          || TIME_NOUN.matcher(tokens.get(j).word()).matches())) {
        phraseEnd = j + 1;
      } else if (phraseEnd == j && j + 1 < tokens.size() && j > end && tokens.get(j).pos().startsWith("NN")
          && MEDIUM.matcher(tokens.get(j + 1).word()).matches()) {
        phraseEnd = j + 2; // in a blog post, in a regulatory filing
      }
      if (phraseEnd == j) {
        return end;
      }
      end = phraseEnd;
    }
  }

  /** Whether token {@code t} can be someone spoken to: a pronoun, a person or organization, a noun for people. */
  private boolean isAddressee(TaggedSentence s, int t) {
    Token token = s.tokens().get(t);
    return token.pos().matches("PN|PRP") || speakers.groups().isGroupHead(token.word())
        || s.referents().stream().anyMatch(r -> r.span().overlaps(token.span())
            && (r.type() == EntityType.PERSON || r.type().isOrganization()));
  }

  /**
   * X回应“裁员传闻”：…: a short quotation right after the cue and closed by a colon names what is answered; what is
   * said follows the colon.
   */
  private static int afterQuotedTopic(String text, List<Quotations.Quote> quotes, int at, int limit) {
    Optional<Quotations.Quote> topic = ClaimText.quoteOpeningAt(quotes, at);
    if (topic.isEmpty() || !topic.get().isScareQuote(text)) {
      return at;
    }
    int after = topic.get().outerEnd();
    while (after < limit && text.charAt(after) == ' ') {
      after++;
    }
    return after < limit && ":：".indexOf(text.charAt(after)) >= 0 ? ClaimText.skipSeparators(text, after, limit) : at;
  }

  /**
   * 对于有媒体称X的说法，…: a statement in a topic frame (对于, 关于, 针对) that ends with a noun for it (的说法, 的传闻)
   * is X; the noun only names it. Elsewhere (X表示，公司不认同对方的说法) the noun is the statement's own object.
   */
  private static Span describedStatementEnd(Attribution a, String text, Span content) {
    if (!clauseBeforeCueHolds(a, TOPIC_OPENERS)) {
      return content;
    }
    Matcher noun = STATEMENT_NOUN_AT_END.matcher(content.of(text));
    return noun.find() && noun.start() > 0 ? ClaimText.trimmed(text, content.begin(), content.begin() + noun.start())
        : content;
  }

  /**
   * 尽管专家认同X，但Y: a statement in a concessive clause ends where its main clause begins, at a comma before 但 or
   * 却; the main clause is the writer's.
   */
  private static Span concessiveEnd(Attribution a, String text, Span content) {
    if (!clauseBeforeCueHolds(a, CONCESSIVE)) {
      return content;
    }
    Matcher main = MAIN_CLAUSE.matcher(content.of(text));
    return main.find() ? ClaimText.trimmed(text, content.begin(), content.begin() + main.start()) : content;
  }

  /**
   * 因为家人一直强调X，他才…: a statement in a clause of reason ends at that clause's comma; the main clause after it
   * is the writer's.
   */
  private static Span causalEnd(Attribution a, String text, Span content) {
    if (!clauseBeforeCueHolds(a, CAUSAL)) {
      return content;
    }
    Matcher comma = CLAUSE_COMMA.matcher(content.of(text));
    return comma.find() ? ClaimText.trimmed(text, content.begin(), content.begin() + comma.start()) : content;
  }

  /** Whether the cue's own clause holds one of {@code words} before the cue. */
  private static boolean clauseBeforeCueHolds(Attribution a, Set<String> words) {
    TaggedSentence s = a.sentence();
    int clause = SpeakerFinder.clauseStart(s, a.hit().head());
    return s.tokens().subList(clause, a.hit().head()).stream().anyMatch(t -> words.contains(t.word()));
  }

  /** Where the next cue's clause in the same sentence begins (…，并且补充说，…), or {@code limit}. */
  private int nextStatement(Attribution a, List<Attribution> attributions, int at, int limit) {
    for (Attribution next : attributions) {
      if (next.sentence() == a.sentence() && next.hit().head() > a.hit().head()) {
        int clause = SpeakerFinder.clauseStart(next.sentence(), next.hit().head());
        int begin = next.sentence().tokens().get(clause).span().begin();
        if (begin > at) {
          return Math.min(limit, begin);
        }
      }
    }
    // …；Y也发布消息说，…: a cue after a semicolon starts another statement even when its speaker is not found, and
    // so does an unnamed report (…，此前有报道称…).
    TaggedSentence s = a.sentence();
    for (AttributionCues.Hit next : cues.find(s)) {
      int clause = SpeakerFinder.clauseStart(s, next.head());
      if (next.head() > a.hit().head() && clause > 0 && (s.tokens().get(clause - 1).word().matches("[；;]")
          || UNNAMED_REPORT.contains(existentialSubject(s, next)))) {
        int begin = s.tokens().get(clause).span().begin();
        if (begin > at) {
          return Math.min(limit, begin);
        }
      }
    }
    return limit;
  }

  /**
   * English verbs that characterize their object (described X as Y, views X as Y), whose "as" phrase says what X is.
   */
  private static final Pattern CHARACTERIZING_VERB = Pattern.compile("(?i)describ(?:e|es|ed|ing)"
      + "|critici[sz](?:e|es|ed|ing)|prais(?:e|es|ed|ing)|view(?:s|ed|ing)?|regard(?:s|ed|ing)?|fram(?:e|es|ed|ing)");
  /** English verbs of accusing, whose "of" phrase with a gerund says what the accused did (accused X of hiding …). */
  private static final Pattern ACCUSING_VERB = Pattern.compile("(?i)accus(?:e|es|ed|ing)");

  /**
   * "criticized the app's output as derivative", "accused the firm of hiding losses": an object with a predicate of
   * its own (as + what it is, of + a gerund of what it did) states a proposition about it, no bare thing.
   */
  private static boolean predicatedObject(String cue, List<Token> object) {
    for (int i = 1; i + 1 < object.size(); i++) {
      String word = object.get(i).word();
      if (CHARACTERIZING_VERB.matcher(cue).matches() && word.equals("as")) {
        return true;
      }
      if (ACCUSING_VERB.matcher(cue).matches() && word.equals("of") && object.get(i + 1).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "accusing it of infringement": an accusation whose "of" names a thing, not a gerund of what was done, states no
   * proposition, whatever clause the writer adds after it.
   */
  private static boolean accusedOfThing(String cue, List<Token> object) {
    if (!ACCUSING_VERB.matcher(cue).matches()) {
      return false;
    }
    for (int i = 1; i + 1 < object.size(); i++) {
      if (object.get(i).word().equals("of")) {
        return !object.get(i + 1).pos().equals("VBG");
      }
    }
    return false;
  }

  /** English verbs of claiming and believing, whose object is a clause. */
  private static final Pattern CLAIMING_VERB = Pattern.compile(
      "(?i)(?:says?|said|claim(?:s|ed|ing)?|argu(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|thinks?|thought"
          + "|insist(?:s|ed|ing)?|contend(?:s|ed|ing)?|assert(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|reckon(?:s|ed)?"
          + "|suspect(?:s|ed)?)");

  /**
   * Announced an investment in X, warned senators about …: an English object with no finite verb names an act or a
   * thing and states no proposition (annotation guidelines 8.3); but "committed to …" does, and so does the object
   * of a forecast or an estimate, which is what is expected (anticipated a price war) or the figure. Verbs of
   * claiming take a clause whatever its tags say (claiming its chip halves/NNS energy use), unless a word or two
   * is all that follows them (…, say sources).
   */
  private static boolean englishObjectWithoutClause(Attribution a, Span content, List<Quotations.Quote> quotes) {
    List<Token> inside = a.sentence().tokens().stream().filter(t -> content.contains(t.span())).toList();
    if (accusedOfThing(a.hit().form().strip(), inside) || nounObjectOfCue(a, inside)) {
      return true;
    }
    return !inside.isEmpty() && a.hit().kind() == ClaimKind.REPORTED_SPEECH
        && !(inside.size() > 2 && CLAIMING_VERB.matcher(a.hit().form().strip()).matches())
        && !predicatedObject(a.hit().form().strip(), inside)
        && inside.stream().noneMatch(t -> t.word().codePoints().anyMatch(c -> c >= 0x2E80))
        && inside.stream().noneMatch(t -> t.pos().matches("VB[DZP]?|MD"))
        && !inside.get(0).word().equalsIgnoreCase("to")
        && quotes.stream().noneMatch(q -> q.content().overlaps(content));
  }

  /**
   * "announced a partnership that …", "added $70 million", "described the race between …": an English cue whose direct
   * object is a noun, with every verb of what follows inside that noun's own modifiers (its relative clause, which a
   * "that" may open as if it were a complement), names what was said or done, not a statement (annotation guidelines
   * 8.3). A verb governed from outside the noun (told investors the model would ship) makes a clause. The object of a
   * forecast or an estimate is what is expected or the figure, and "described X as Y" predicates.
   */
  private static boolean nounObjectOfCue(Attribution a, List<Token> inside) {
    if (inside.isEmpty() || a.hit().kind() != ClaimKind.REPORTED_SPEECH
        || inside.stream().anyMatch(t -> t.word().codePoints().anyMatch(Languages::isHan))
        || CLAIMING_VERB.matcher(a.hit().form().strip()).matches() // takes a clause, whatever the tags say
        || predicatedObject(a.hit().form().strip(), inside)) {
      return false;
    }
    List<Dependency> deps = a.sentence().sentence().dependencies();
    int last = inside.get(inside.size() - 1).index();
    Optional<Integer> object = deps.stream()
        .filter(d -> d.governor() >= a.hit().head() && d.governor() < a.hit().end())
        .filter(d -> (d.relation().equals("dobj") || d.relation().equals("obj"))
            && d.dependent() >= a.hit().end() && d.dependent() <= last
            && a.sentence().tokens().get(d.dependent()).pos().matches("NNS?|NNPS?|CD|\\$"))
        .map(Dependency::dependent).findFirst();
    return object.isPresent() && inside.stream().filter(t -> t.pos().matches("VB.*|MD"))
        .allMatch(t -> descendsFrom(deps, t.index(), object.get()));
  }

  /** Whether token {@code index} lies below token {@code ancestor} in the dependency tree. */
  private static boolean descendsFrom(List<Dependency> deps, int index, int ancestor) {
    int current = index;
    for (int steps = 0; steps < deps.size(); steps++) {
      int at = current;
      Optional<Integer> governor = deps.stream().filter(d -> d.dependent() == at).map(Dependency::governor).findFirst();
      if (governor.isEmpty() || governor.get() < 0) {
        return false;
      }
      if (governor.get() == ancestor) {
        return true;
      }
      current = governor.get();
    }
    return false;
  }

  /**
   * 表示感谢 / 强调了数据安全的重要性: a Chinese cue whose object is one word or a noun phrase (no verb, no clause
   * break, no quotation) states no proposition (annotation guidelines 8.3); nor does an aside of a preposition and
   * nouns that a nested cue cut off (X坦言，作为一名工程师，他认为…; 在这个问题上，她认为…).
   */
  private static boolean nounObjectOnly(TaggedSentence s, Span content, List<Quotations.Quote> quotes) {
    List<Token> inside = s.tokens().stream().filter(t -> content.contains(t.span())).toList();
    boolean chinese = inside.stream().anyMatch(t -> t.word().codePoints().anyMatch(c -> c >= 0x2E80));
    if (chinese && inside.size() == 1) {
      return true; // 表示感谢, 表示支持: one word, an attitude rather than a statement
    }
    if (chinese && s.referents().stream().anyMatch(r -> r.span().contains(content))) {
      return true; // 告诉李四 (the segmenter may cut the name into a preposition and a verb): the one spoken to
    }
    if (chinese && quotes.stream().noneMatch(q -> q.content().overlaps(content))
        && s.sentence().span().contains(content)
        && VALUE_OF_SOMETHING.matcher(s.text().substring(content.begin() - s.sentence().span().begin(),
            content.end() - s.sentence().span().begin())).find()) {
      return true; // 强调了X的重要性: what something is worth, named, not stated
    }
    if (chinese && inside.size() > 1 && inside.get(0).pos().equals("VV") && inside.get(1).word().matches("[，,]")) {
      return true; // 宣布成立，…: the act announced, and then the writer's own clause
    }
    if (chinese && demonstrativeObject(inside)) {
      return true;
    }
    if (chinese && headedByNounAfterRelativeClause(s, inside)
        && quotes.stream().noneMatch(q -> q.content().overlaps(content))) {
      return true; // 指出了当前系统面临的难题: what was pointed at, a noun its relative clause describes
    }
    // 作为一名工程师 / 在这个问题上: a preposition opening nothing but nouns is an aside.
    List<Token> object = !inside.isEmpty() && inside.get(0).pos().equals("P") ? inside.subList(1, inside.size()) : inside;
    return chinese && !object.isEmpty()
        && object.stream().allMatch(t -> t.pos().matches("N[NRT]|JJ|DEG|LC|CD|OD|M|DT|CC|ETC|PN|FW")
            || t.word().equals("、"))
        && quotes.stream().noneMatch(q -> q.content().overlaps(content));
  }

  /**
   * 当前系统面临的难题, 更高的要求: a Chinese object whose verbs all sit in relative clauses closed by 的 before its last
   * word, a noun that heads the whole object in the parse. It names a thing and states nothing of it; a clause ending
   * in such a noun (机器视觉明年会普及到一半的农场) is headed by its verb instead, and a copula (是, 有) predicates.
   * A noun before the verbs is the relative clause's own subject only if one bare verb follows it (系统面临的难题).
   */
  private static boolean headedByNounAfterRelativeClause(TaggedSentence s, List<Token> inside) {
    List<Token> words = inside.stream().filter(t -> !t.pos().equals("PU")).toList();
    if (words.size() < 3 || inside.stream().anyMatch(t -> t.word().matches("[，,；;：:]"))) {
      return false;
    }
    int lastMarker = -1;
    for (int i = 0; i < words.size(); i++) {
      lastMarker = words.get(i).pos().equals("DEC") ? i : lastMarker;
    }
    if (lastMarker < 1 || words.subList(lastMarker + 1, words.size()).isEmpty()
        || !words.subList(lastMarker + 1, words.size()).stream().allMatch(t -> t.pos().matches("N[NR]"))
        || words.stream().anyMatch(t -> t.pos().matches("VC|VE"))) {
      return false;
    }
    List<Token> clause = words.subList(0, lastMarker);
    int firstVerb = clause.stream().filter(t -> t.pos().matches("VV|VA")).findFirst().map(clause::indexOf).orElse(-1);
    boolean subjectBefore = clause.subList(0, Math.max(firstVerb, 0)).stream().anyMatch(t -> t.pos().matches("N.|PN"));
    if (subjectBefore && clause.stream().filter(t -> t.pos().matches("VV|VA|AD")).count() > 1) {
      return false; // 公司必须抓住…的机会, 公司从未使用…的录音: a subject with its modal or adverb makes a clause
    }
    Token head = words.get(words.size() - 1);
    int first = inside.get(0).index();
    int last = inside.get(inside.size() - 1).index();
    // the object's only word governed from outside it is its last noun
    return s.sentence().dependencies().stream()
        .filter(d -> d.dependent() >= first && d.dependent() <= last)
        .filter(d -> d.governor() < first || d.governor() > last)
        .allMatch(d -> d.dependent() == head.index());
  }

  /**
   * “…”在发布会后，发言人张三面对记者追问时的这句回应…: the person named after a quotation, in its sentence, as the
   * owner of a noun of speech that points back to it (这句回应, 这番话, 此番表态) said it.
   */
  private static Optional<Speaker> responseNoun(Article article, Quotations.Quote q) {
    if (q.close().isEmpty()) {
      return Optional.empty();
    }
    Optional<TaggedSentence> sentence = article.sentenceAt(q.outerEnd());
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    TaggedSentence s = sentence.get();
    String rest = article.text().substring(q.outerEnd(), s.sentence().span().end());
    java.util.regex.Matcher m = RESPONSE_NOUN.matcher(rest);
    if (!m.find() || !ClaimText.noSentenceEnd(article.text(), q.outerEnd(), q.outerEnd() + m.start())) {
      return Optional.empty();
    }
    int nounAt = q.outerEnd() + m.start();
    return s.referents().stream()
        .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON && r.span().begin() >= q.outerEnd()
            && r.span().end() <= nounAt)
        .reduce((a, b) -> b).map(r -> new Speaker(SpeakerFinder.claimantOf(r, s), SpeakerFinder.NEARBY, false));
  }

  /**
   * X金句频出：「…」「…」「…」: quotations set one right after another after a colon are a run of the same speaker's
   * words; each one after the first is the speaker of the one before it.
   */
  private static Optional<Speaker> quoteRun(String text, List<Quotations.Quote> quotes, Quotations.Quote q,
      List<Draft> drafts) {
    int at = quotes.indexOf(q);
    if (at <= 0 || q.open().isEmpty()) {
      return Optional.empty();
    }
    int first = at;
    while (first > 0 && adjacent(text, quotes.get(first - 1), quotes.get(first))) {
      first--;
    }
    Quotations.Quote previous = quotes.get(at - 1);
    if (first == at || !endsWithColon(text.substring(0, quotes.get(first).outerBegin()))) {
      return Optional.empty();
    }
    return drafts.stream().filter(d -> d.utterance() == previous || d.span().equals(previous.content()))
        .map(Draft::speaker).findFirst();
  }

  /** Whether quotation {@code b} opens right where {@code a} closes, white space aside. */
  private static boolean adjacent(String text, Quotations.Quote a, Quotations.Quote b) {
    return a.close().isPresent() && b.open().isPresent() && a.outerEnd() <= b.outerBegin()
        && text.substring(a.outerEnd(), b.outerBegin()).isBlank();
  }

  private static boolean endsWithColon(String before) {
    String t = before.stripTrailing();
    return t.endsWith("：") || t.endsWith(":");
  }

  /** Whether the cue's subject is only a demonstrative (这说明…, 这也表明…, 此举意味着… is not), adverbs aside. */
  private static boolean demonstrativeSubject(TaggedSentence s, AttributionCues.Hit hit) {
    int from = SpeakerFinder.clauseStart(s, hit.head());
    List<Token> before = s.tokens().subList(from, hit.head()).stream().filter(t -> !t.pos().matches("AD|CC|PU"))
        .toList();
    return before.size() == 1 && before.get(0).word().matches("这|此|那|这些|那些");
  }

  /**
   * 工作人员表示…。工作人员还表示…: staff named again with no organization of their own are the staff who spoke last,
   * for the organization they were found to speak for (guidelines 8.3).
   */
  private static Speaker sameStaffAsBefore(Speaker found, List<Attribution> earlier) {
    Claimant claimant = found.claimant();
    if (found.author() || claimant.entityKey().isPresent() || !SpeakerFinder.isStaff(claimant.description())) {
      return found;
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Claimant before = earlier.get(k).speaker().claimant();
      if (SpeakerFinder.isStaff(before.description())) {
        return before.description().endsWith(claimant.description()) && before.entityKey().isPresent()
            ? new Speaker(new Claimant(before.entityKey(), claimant.description()), found.confidence(), false)
            : found;
      }
    }
    return found;
  }

  private static boolean opensClause(TaggedSentence s, AttributionCues.Hit hit) {
    int from = SpeakerFinder.clauseStart(s, hit.head());
    // 小时候总觉得… / 现在相信…: a time word before the cue is no subject either.
    return s.tokens().subList(from, hit.head()).stream().allMatch(t -> t.pos().matches("AD|CC|CS|PU|NT"));
  }

  /**
   * 坚信这一点，所以… / 相信此事，…: a demonstrative noun phrase up to the first comma points back to what was said
   * before; the clause after the comma is the writer's, not the object of the cue. Unless that clause goes straight on
   * with a predicate (表示，这次合作的达成，将扩大…): then the noun phrase is its subject, and the whole is what was said.
   */
  /** Adverbs that join the writer's clause to the one before (所以, 因此, 但是), not a predicate going on. */
  private static final Pattern CONNECTIVES = Pattern.compile(
      "所以|因此|因而|于是|从而|但|但是|不过|然而|而且|并且|同时|可是|否则");

  private static boolean demonstrativeObject(List<Token> inside) {
    if (!inside.get(0).pos().equals("DT") || !inside.get(0).word().matches("这.*|那.*|此|该")) {
      return false;
    }
    for (int i = 1; i < inside.size(); i++) {
      Token t = inside.get(i);
      if (ClaimText.isClauseBreak(t.word())) {
        Token next = i + 1 < inside.size() ? inside.get(i + 1) : null;
        return next == null || !next.pos().matches("AD|VV|VC|VE|VA|MD") || CONNECTIVES.matcher(next.word()).matches();
      }
      if (!t.pos().matches("N[NRT]|CD|OD|M|JJ|DEG")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "emphasized his commitment to …", "confirmed the long-rumored funding": an English cue of emphasis or
   * confirmation whose parse gives it a noun object in what it reports and no clausal complement states no proposition
   * (guidelines 8.3); "announced the launch of …" and "expects a recovery" still report one.
   */
  private static boolean emphasizedObject(Attribution a, Span content) {
    TaggedSentence s = a.sentence();
    if (SHARED.matcher(a.hit().form()).matches()) {
      // "shared that …" reports; "shared examples of …", "shared the prize" do not
      int next = a.hit().end();
      return next >= s.tokens().size() || !s.tokens().get(next).word().equalsIgnoreCase("that");
    }
    if (!EMPHASIS.matcher(a.hit().form()).matches() || hasClausalComplement(a)) {
      return false;
    }
    // "noting the late hour", which the parser may read as a time: no verb, no proposition.
    return hasObjectIn(a, content)
        || s.tokens().stream().noneMatch(t -> content.contains(t.span()) && t.pos().matches("V.*|MD"));
  }

  /**
   * "Acme's chief executive has told Globe News that …. Jane Roe, who …": an English speaker described only by a title
   * is the person the next sentence of the paragraph opens with (its subject, not a new name with an apposition of its
   * own), as news reports introduce someone by role first.
   */
  private static Speaker namedNext(Article article, TaggedSentence s, Span paragraph, Speaker speaker) {
    String description = speaker.claimant().description();
    if (speaker.claimant().entityKey().isPresent() || !description.matches("[\\p{ASCII}’]+")
        || s.index() + 1 >= article.sentences().size()
        || s.titlesIn(0, s.tokens().size()).stream().noneMatch(t -> description.toLowerCase(Locale.ROOT)
            .endsWith(t.text().toLowerCase(Locale.ROOT)))) {
      return speaker;
    }
    TaggedSentence next = article.sentences().get(s.index() + 1);
    if (!paragraph.contains(next.sentence().span()) || next.tokens().size() < 3) {
      return speaker;
    }
    int opening = next.tokens().get(0).span().begin();
    Optional<Referent> name = next.referents().stream()
        .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON && r.span().begin() == opening).findFirst();
    if (name.isEmpty()) {
      return speaker;
    }
    int after = next.tokenAt(name.get().span().end() - 1) + 1;
    boolean ownApposition = after + 1 < next.tokens().size() && next.tokens().get(after).word().equals(",")
        && !next.tokens().get(after + 1).word().equalsIgnoreCase("who");
    return ownApposition ? speaker
        : new Speaker(SpeakerFinder.claimantOf(name.get(), next), speaker.confidence(), false);
  }

  /**
   * "uses sensor data to predict crop yields", "the ability to forecast demand", "can estimate the cost": an English
   * cue of forecast or estimate in its base form with an object that has no finite verb names what someone or
   * something is able or used to do, not a forecast anyone made (guidelines 8.3); "analysts predict a rebound" and
   * "to predict that prices will fall" still report one.
   */
  private static boolean forecastInBaseForm(Attribution a, Span content) {
    TaggedSentence s = a.sentence();
    if (a.hit().kind() == ClaimKind.REPORTED_SPEECH || !a.hit().form().matches("[A-Za-z ]+")
        || !s.tokens().get(a.hit().head()).pos().equals("VB")) {
      return false;
    }
    return s.tokens().stream().filter(t -> content.contains(t.span()))
        .noneMatch(t -> t.pos().matches("VB[DZP]|MD") || t.word().equalsIgnoreCase("that"));
  }

  /**
   * "wrote about its plans", "spoke on the risks": an English cue whose report opens with a preposition and which has
   * no clausal complement names a topic, not a proposition (guidelines 8.3). "said on Tuesday that …" keeps its clause.
   */
  private static boolean topicOnly(Attribution a, Span content) {
    TaggedSentence s = a.sentence();
    if (!a.hit().form().matches("[A-Za-z ]+")) {
      return false;
    }
    Optional<Token> first = s.tokens().stream().filter(t -> content.contains(t.span())).findFirst();
    if (first.isEmpty() || !first.get().pos().equals("IN") || CLAUSE_OPENER.matcher(first.get().word()).matches()) {
      return false;
    }
    return s.sentence().dependencies().stream().noneMatch(d -> d.governor() >= a.hit().head()
        && d.governor() < a.hit().end() && d.relation().matches("ccomp|xcomp|parataxis|dep|csubj.*"));
  }

  /**
   * The quotations a Chinese statement is made of when it is a short subject (a name, a pronoun, 该服务: at most two
   * nouns, pronouns, determiners or adjectives) followed by quoted predicates and nothing else:
   * 写道，该应用“仍然偶尔会卡顿”; 认为，Claude“更容易交谈”和“更容易操纵”. Each quotation holds a verb, so a quoted name
   * or term (称其为“…”) is not one. Empty for any other statement.
   */
  private static List<Quotations.Quote> quotedPredicates(TaggedSentence s, String text, Span content,
      List<Quotations.Quote> quotes) {
    int sentenceEnd = s.sentence().span().end();
    List<Quotations.Quote> after = quotes.stream()
        .filter(q -> q.outerBegin() >= content.begin() && q.outerBegin() < sentenceEnd).toList();
    if (!after.isEmpty() && after.get(0).outerBegin() >= content.end()) {
      return List.of();
    }
    if (after.isEmpty() || content.of(text).codePoints().noneMatch(c -> c >= 0x2E80)) {
      return List.of();
    }
    Span subject = new Span(content.begin(), after.get(0).outerBegin());
    List<Token> words = s.tokens().stream().filter(t -> subject.contains(t.span())).toList();
    if (words.size() > QUOTED_SUBJECT_WORDS || words.stream().anyMatch(t -> !t.pos().matches("N.*|PN|DT|JJ"))) {
      return List.of();
    }
    List<Quotations.Quote> predicates = new ArrayList<>(List.of(after.get(0)));
    for (Quotations.Quote next : after.subList(1, after.size())) {
      // 更容易交谈”和“更容易操纵: quotations joined by a comma or a conjunction, even past the statement's end
      if (!text.substring(predicates.get(predicates.size() - 1).outerEnd(), next.outerBegin()).matches(JOINER)) {
        break;
      }
      predicates.add(next);
    }
    int last = predicates.get(predicates.size() - 1).outerEnd();
    if (!text.substring(last, Math.max(last, content.end())).isBlank()
        || predicates.stream().anyMatch(q -> !ClaimText.hasVerb(s, q.content()))) {
      return List.of();
    }
    return predicates;
  }

  /**
   * 据《X》报道，Y在…上表示，…: a report cue in a 据 ("according to") frame only names the source of what follows, so a
   * statement inside it is the speaker's, with the outlet as the source (guidelines 8.3).
   */
  private static boolean accordingToFrame(Draft d) {
    return d.utterance() instanceof Attribution a
        && a.sentence().tokens().get(SpeakerFinder.clauseStart(a.sentence(), a.hit().head())).word().equals("据");
  }

  /** English words joining a second verb of saying to the first: "and", ", and", "and then", "and also". */
  private static final Pattern COORDINATED_CUE = Pattern.compile("[\\s,]+and(?:\\s+(?:then|also|later))?\\s+$");

  private static boolean sameSpeakerStatement(Draft outer, Draft inner) {
    return outer.rule().equals("attribution.reported") && inner.rule().equals("attribution.reported")
        && inner.cue().isPresent() && outer.span().contains(inner.span()) && !inner.span().equals(outer.span())
        && inner.speaker().claimant().entityKey().isPresent()
        && inner.speaker().claimant().entityKey().equals(outer.speaker().claimant().entityKey());
  }

  /**
   * The outer statement's words before "and" when the inner statement's cue is joined to them by "and" (said X and
   * urged Y): X, else nothing. Only when X has words of its own.
   */
  private static Optional<Span> beforeCoordinatedCue(Draft outer, Draft inner, String text) {
    int cue = inner.cue().get().begin();
    if (cue <= outer.span().begin()) {
      return Optional.empty();
    }
    String before = text.substring(outer.span().begin(), cue);
    java.util.regex.Matcher m = COORDINATED_CUE.matcher(before);
    if (!m.find()) {
      return Optional.empty();
    }
    String kept = before.substring(0, m.start()).stripTrailing();
    return kept.codePoints().filter(Character::isLetter).count() < 3 ? Optional.empty()
        : Optional.of(new Span(outer.span().begin(), outer.span().begin() + kept.length()));
  }

  /** Whether nothing but the inner statement's speaker (no verb) stands before its cue in the outer statement. */
  private static boolean opensWithStatement(Draft outer, Draft inner) {
    return inner.cue().isPresent() && inner.utterance() instanceof Attribution a
        && !ClaimText.hasVerb(a.sentence(), new Span(outer.span().begin(), inner.cue().get().begin()));
  }

  /**
   * The span opens with a preposition or adverb (in a statement, on Monday, today), as an adverbial does, or with a
   * participle hanging on the cue ("…, Bloomberg reported, citing people familiar with the matter").
   */
  private static boolean opensWithAdverbial(TaggedSentence s, Span span) {
    return s.tokens().stream().filter(t -> span.contains(t.span())).findFirst()
        .map(t -> t.pos().matches("IN|RB|TO|P|AD|VBG")).orElse(true);
  }

  /** A verb other than an English participle: "on Friday, citing people familiar with …" hangs on the cue. */
  private static boolean hasClauseVerb(TaggedSentence s, Span span) {
    return s.tokens().stream().anyMatch(t -> span.contains(t.span()) && t.pos().startsWith("V")
        && !t.pos().equals("VBG"));
  }

  /**
   * “…”——NAME: a quotation signed with a dash and the speaker's name (with organization and title) to the end of
   * the paragraph, as round-ups and pull quotes print them.
   */
  private Optional<Speaker> signature(Article article, Quotations.Quote q, Span paragraph) {
    String text = article.text();
    int at = q.outerEnd();
    while (at < paragraph.end() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    int dash = at;
    while (at < paragraph.end() && "—－-–".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (at == dash || at >= paragraph.end()
        || ClaimText.distance(text, at, paragraph.end()) > SIGNATURE_MAX) {
      return Optional.empty();
    }
    Optional<TaggedSentence> s = article.sentenceAt(at);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<Token> tokens = s.get().tokens();
    int from = 0;
    while (from < tokens.size() && tokens.get(from).span().end() <= at) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).span().begin() < paragraph.end()
        && !tokens.get(to).word().matches("[。.!?！？]")) {
      to++;
    }
    if (from >= to || !SpeakerLines.onlyNames(s.get(), from, to)) {
      return Optional.empty();
    }
    return speakers.ofHeading(s.get(), from, to, SpeakerLines.LINE_SPEAKER);
  }

  /**
   * A quotation as the complement of a verb by which a subject describes itself (Globex describes itself as “…”, she
   * calls herself “…”, bills itself as “…”): the subject's own words about itself (Merriam-Webster, "describe" 1b,
   * "call" 5, "bill" 2).
   */
  private static final Pattern SELF_DESCRIPTION = Pattern.compile("(?i)\\b(describes|described|describe|calls|called|"
      + "call|bills|billed|brands|branded|styles|styled|touts|touted)\\s+(?:itself|himself|herself|themselves)"
      + "\\s+(?:as\\s+)?$");
  /**
   * A quotation as what a possessor's stated goal, aim or mission is (its stated goal is to “…”, his motto is “…”):
   * the possessor's declared aim, in its own words.
   */
  private static final Pattern STATED_AIM = Pattern.compile("(?i)\\b(its|his|her|their)\\s+(?:(?:stated|declared|"
      + "avowed|professed|own)\\s+)?(?:goal|aim|mission|ambition|vision|purpose|motto|slogan|tagline)\\s+"
      + "(?:is|was|has\\s+been|remains)\\s+(?:to\\s+)?$");

  /**
   * A quotation framed as what its sentence's subject calls itself ({@link #SELF_DESCRIPTION}) or as the stated aim
   * of the one a possessive pronoun stands for ({@link #STATED_AIM}; its and their: the organization named last
   * before it, in this sentence or the one before; his and her: the person): that speaker's statement, however short.
   */
  private Optional<Draft> selfStatement(Article article, Quotations.Quote q) {
    if (q.open().isEmpty()) {
      return Optional.empty();
    }
    Optional<TaggedSentence> sentence = article.sentenceAt(q.outerBegin());
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    TaggedSentence s = sentence.get();
    int from = s.sentence().span().begin();
    String before = article.text().substring(from, q.outerBegin());
    Matcher self = SELF_DESCRIPTION.matcher(before);
    Optional<Speaker> speaker = Optional.empty();
    int cueAt = -1;
    if (self.find()) {
      cueAt = from + self.start();
      int verb = s.tokenAt(cueAt);
      speaker = verb < 0 ? Optional.empty() : subjectOf(s, verb)
          .flatMap(subject -> speakers.ofPhrase(article, s, subject, s.nounPhrase(subject), SpeakerFinder.NEARBY));
    } else {
      Matcher aim = STATED_AIM.matcher(before);
      if (aim.find()) {
        cueAt = from + aim.start();
        String pronoun = aim.group(1).toLowerCase(Locale.ROOT);
        Predicate<Referent> fits = switch (pronoun) {
          case "its" -> r -> r.type().isOrganization();
          case "their" -> r -> r.type().isOrganization() || r.type() == EntityType.PERSON;
          default -> r -> r.type() == EntityType.PERSON;
        };
        speaker = SpeakerFinder.nearestOf(article, s, cueAt, fits, 1)
            .map(c -> new Speaker(c, SpeakerFinder.NEARBY, false));
      }
    }
    int cue = cueAt;
    // “the most trusted cloud for small banks,” and …: American usage puts the clause's comma inside the marks
    Span content = q.content().of(article.text()).endsWith(",")
        ? new Span(q.content().begin(), q.content().end() - 1) : q.content();
    return speaker.filter(found -> found.claimant().entityKey().isPresent())
        .map(found -> new Draft(content, ClaimKind.DIRECT_QUOTE, found, Optional.of(new Span(cue, q.outerBegin())),
            "", "attribution.cue-quote", q));
  }

  /** The nominal subject of verb token {@code verb}, or of the verb it is coordinated with. */
  private static Optional<Integer> subjectOf(TaggedSentence s, int verb) {
    for (int v = verb, hops = 0; v >= 0 && hops < 3; hops++) {
      int at = v;
      Optional<Integer> subject = s.subjectOf(at);
      if (subject.isPresent()) {
        return subject;
      }
      v = s.sentence().dependencies().stream().filter(d -> d.dependent() == at && d.relation().startsWith("conj"))
          .map(Dependency::governor).findFirst().orElse(-1);
    }
    return Optional.empty();
  }

  /** The speaker CoreNLP's quote attribution gave this quotation, as one of our persons or organizations. */
  private static Optional<Speaker> corenlpSpeaker(Article article, Quotations.Quote q) {
    for (AttributedQuote aq : article.document().quotes()) {
      if (!aq.span().contains(q.content()) || aq.span().length() > q.content().length() + 2) {
        continue;
      }
      for (Optional<Span> at : List.of(aq.speakerSpan(), aq.mentionSpan())) {
        if (at.isEmpty()) {
          continue;
        }
        Optional<TaggedSentence> s = article.sentenceAt(at.get().begin());
        if (s.isEmpty()) {
          continue;
        }
        Optional<Referent> r = s.get().referents().stream()
            .filter(x -> x.span().overlaps(at.get()) && (x.type() == EntityType.PERSON
                || x.type().isOrganization()))
            .findFirst();
        if (r.isPresent()) {
          return Optional.of(new Speaker(SpeakerFinder.claimantOf(r.get(), s.get()), 0.7, false));
        }
      }
    }
    return Optional.empty();
  }

  /** The speaker of the last cue before {@code offset} in the same or the previous two sentences. */
  private static Optional<Speaker> lastSpeakerBefore(Article article, List<Attribution> attributions, int offset) {
    Optional<TaggedSentence> here = article.sentenceAt(offset);
    if (here.isEmpty()) {
      return Optional.empty();
    }
    int sentence = here.get().index();
    return attributions.stream()
        .filter(a -> a.hit().span().end() <= offset && a.sentence().index() >= sentence - QUOTE_SPEAKER_REACH)
        .filter(a -> !participleOnNoun(a))
        .reduce((a, b) -> b)
        .map(a -> new Speaker(a.speaker().claimant(), Math.min(a.speaker().confidence(), 0.6), a.speaker().author()));
  }

  /**
   * What they are saying: "…," Jane Doe tells a paper: a quotation with its own cue and named speaker right after it
   * is that speaker's, not the one of a label or colon before it.
   */
  private static boolean namedCueAfter(String text, Quotations.Quote q, List<Attribution> attributions) {
    String words = q.content().of(text).strip();
    if (words.isEmpty() || ",，".indexOf(words.charAt(words.length() - 1)) < 0) {
      return false; // a quotation ending its sentence is not the one a cue after it attributes
    }
    return attributions.stream().anyMatch(b -> b.hit().span().begin() >= q.outerEnd()
        && ClaimText.distance(text, q.outerEnd(), b.hit().span().begin()) <= CUE_AFTER_REACH
        && ClaimText.noSentenceEnd(text, q.outerEnd(), b.hit().span().begin())
        && b.speaker().claimant().entityKey().isPresent());
  }

  /**
   * "Despite a chorus of critics saying it would fail, …": a participle clause on a noun says what that noun's people
   * say inside another clause; it does not make them the speaker of a quotation that follows.
   */
  private static boolean participleOnNoun(Attribution a) {
    return a.sentence().tokens().get(a.hit().head()).pos().equals("VBG") && a.sentence().sentence().dependencies()
        .stream().anyMatch(d -> d.dependent() == a.hit().head() && d.relation().equals("acl"));
  }

  /** Whether {@code claimant} is the article's author, named in its byline. */
  private static boolean isByline(Article article, Claimant claimant) {
    return article.author().map(a -> a.entityKey().isPresent() ? a.entityKey().equals(claimant.entityKey())
        : a.description().equals(claimant.description())).orElse(false);
  }

  /**
   * A quotation glued to a noun before it and to a word after it, with no sentence end inside (主题“开放，共赢”的大会,
   * 分论坛“…，…”举办): it names the thing that noun stands for, so no nearby speaker said it.
   */
  private static boolean namesAThing(Article article, Quotations.Quote q) {
    String text = article.text();
    int before = q.outerBegin() - 1;
    int after = q.outerEnd();
    if (q.open().isEmpty() || q.close().isEmpty() || before < 0 || after >= text.length()
        || !Character.isLetterOrDigit(text.charAt(before)) || !Character.isLetterOrDigit(text.charAt(after))
        || q.content().of(text).chars().anyMatch(c -> "。！？!?".indexOf(c) >= 0)) {
      return false;
    }
    return article.sentenceAt(q.outerBegin()).flatMap(s -> s.tokens().stream()
            .filter(t -> t.span().end() == q.outerBegin()).findFirst())
        .map(t -> t.pos().startsWith("N")).orElse(false);
  }

  /** Whether {@code quote}, found by a cue after it, is a fragment inside its own speaker's reported statement. */
  private static boolean fragmentOfOwnStatement(Draft quote, List<Draft> drafts, String text) {
    Optional<String> speaker = quote.speaker().claimant().entityKey();
    return quote.rule().equals("attribution.quote-cue") && speaker.isPresent() && !endsSentence(text, quote.span())
        && drafts.stream().anyMatch(o -> o != quote && o.rule().equals("attribution.reported")
            && o.span().contains(quote.span()) && speaker.equals(o.speaker().claimant().entityKey()));
  }

  /** Whether the words end with a sentence's final mark (a whole quoted sentence, not a fragment). */
  private static boolean endsSentence(String text, Span words) {
    String content = words.of(text).strip();
    return !content.isEmpty() && "。！？.!?…".indexOf(content.charAt(content.length() - 1)) >= 0;
  }

  private static boolean colonAfter(String text, int from) {
    String rest = text.substring(from).stripLeading();
    return rest.startsWith(":") || rest.startsWith("：");
  }

  /**
   * Where a short lead-in with a colon that ends the paragraph right after a statement begins (，评论包括：,
   * , adding:), if there is one: the statement's speaker goes on in the next paragraph.
   */
  private static Optional<Integer> leadInToNextParagraph(String text, Span content, int paragraphEnd) {
    if (content.begin() >= paragraphEnd) {
      return Optional.empty();
    }
    Matcher m = LEAD_IN_TO_NEXT.matcher(text.substring(content.begin(), paragraphEnd));
    return m.find() && m.start() >= 2 ? Optional.of(content.begin() + m.start()) : Optional.empty();
  }

  private static boolean endsWithColon(String text, int from, int limit) {
    String rest = text.substring(from, limit).strip();
    return rest.equals("：") || rest.equals(":");
  }

  private static Draft quoteDraft(Quotations.Quote q, Attribution a, String rule) {
    return new Draft(q.content(), ClaimKind.DIRECT_QUOTE, a.speaker(), Optional.of(a.hit().span()), "", rule, a);
  }

  /** A quotation credited to {@code speaker} by where it stands, with no cue of its own. */
  private static Draft uncuedQuote(Quotations.Quote q, Speaker speaker, String rule) {
    return new Draft(q.content(), ClaimKind.DIRECT_QUOTE, speaker, Optional.empty(), "", rule, q);
  }

  /** Whether the cue is 显示 "to show" right after a noun for data (数据显示, 统计显示, 数据库显示). */
  private static boolean dataShow(Attribution a) {
    List<Token> tokens = a.sentence().tokens();
    int cue = a.hit().head();
    return tokens.get(cue).word().equals(SHOW) && cue > 0 && DATA_NOUN.matcher(tokens.get(cue - 1).word()).matches();
  }

  static ClaimKind reportedKind(Attribution a, Span span) {
    // The tokens' words, not the text: a Traditional text is annotated in Simplified characters (將 → 将).
    List<Token> words = a.sentence().tokens().stream().filter(t -> span.contains(t.span())).toList();
    String content = words.stream().map(Token::word).collect(Collectors.joining());
    ClaimKind kind = a.hit().kind();
    if (kind == ClaimKind.REPORTED_SPEECH && !a.speaker().author() && !words.isEmpty()
        && EXPECTATION.contains(words.get(0).word())) {
      kind = ClaimKind.PREDICTION; // 透露，预计明年将…: a cue of expectation inside the report makes it a forecast
    }
    if (kind == ClaimKind.REPORTED_SPEECH && !a.speaker().author() && FORECAST.matcher(content).find()
        && !OWN_PLAN.matcher(content).find()) {
      kind = ClaimKind.PREDICTION; // 今后很可能会扩大…, 未来数周内将…: a forecast, whatever the cue
    }
    if (kind == ClaimKind.REPORTED_SPEECH && dataShow(a) && NUMBER.matcher(content).find()) {
      kind = ClaimKind.ESTIMATE; // 某平台数据显示，上月销量达…: a figure the data give is an estimate (guidelines 5.3)
    }
    if (kind == ClaimKind.ESTIMATE && !NUMBER.matcher(content).find()) {
      kind = ClaimKind.REPORTED_SPEECH;
    }
    if (a.speaker().author() && kind == ClaimKind.REPORTED_SPEECH) {
      kind = ClaimKind.AUTHOR_ASSERTION; // 我们认为… in the author's own voice
    }
    return kind;
  }
}
