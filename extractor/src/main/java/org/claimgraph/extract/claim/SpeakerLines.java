package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Speech marked by the layout of lines rather than by a verb:
 * <ul>
 *   <li>a line "ORG + TITLE + NAME：CONTENT" (百度首席技术官王海峰：大模型…): the part before the colon is only names,
 *       titles and nouns, and names a person or organization;</li>
 *   <li>"NAME的观点/看法是：…" (an opinion noun of {@code speaker-nouns.tsv} owned by a speaker, then 是);</li>
 *   <li>a speaker heading, a short line that is only a name with its role (before it, after a colon or in parentheses
 *       after it), followed by that speaker's paragraphs;</li>
 *   <li>a line ending in a speech verb and "：", continued by the next paragraph.</li>
 * </ul>
 * A paragraph spoken under a heading or after a colon gives one claim: its first sentence (a quotation when it
 * opens with one).
 */
final class SpeakerLines {
  /** The part before a colon that names a speaker is short: 某公司董事长兼首席执行官张三 */
  private static final int SPEAKER_PREFIX_MAX = 30;
  /** A speaker heading is a short line. */
  private static final int HEADING_MAX = 30;
  /** An English heading's words at most: a post, an organization and a name. */
  private static final int ENGLISH_HEADING_MAX = 16;
  /** A sentence's or a quotation's close ends a line of prose, not a heading. */
  private static final Pattern ENGLISH_LINE_END = Pattern.compile("[.!?:;\"”’)]$");
  private static final Pattern HONORIFIC = Pattern.compile("(?i)prof(?:essor)?\\.?|dr\\.?");
  static final double LINE_SPEAKER = 0.75;
  /**
   * A numbered section heading (二、…, 3. …, （一）…), a numbered label (观点一：…, 建议2：…) or a one-sentence question
   * ends a speaker's paragraphs.
   */
  private static final Pattern SECTION_HEADING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|[0-9０-９]+[、.．]\\s*|[（(][一二三四五六七八九十0-9]+[）)])"
          + "|^\\p{IsHan}{1,4}[一二三四五六七八九十0-9０-９]+[：:]|^[^。！!.]{0,40}[？?]$");

  /** What closes an opinion frame 在X看来 / 在X眼中 / 在X眼里 ("in X's view", "in X's eyes"). */
  private static final Set<String> VIEW_FRAME_ENDS = Set.of("看来", "眼中", "眼里");
  /**
   * The nouns of a view held, in the frame 在X的NOUN中 ("in X's vision", "in X's judgement"): 在X的设想中, 在X的判断里.
   * Not a plan or a schedule (在X的计划中), which tells what is to be done rather than what someone holds true. Source:
   * CC-CEDICT (设想 "to imagine; to assume; idea", 构想 "idea, concept", 判断 "to judge; judgement", 预期 "to expect",
   * 看法 "view", 观点 "point of view", 理解 "to understand", 想象 "to imagine").
   */
  private static final Set<String> VIEW_NOUNS = Set.of("设想", "构想", "判断", "预期", "看法", "观点", "理解", "想象");
  /** The writer in an opinion frame 在…看来. */
  private static final Set<String> FIRST_PERSON_VIEW = Set.of("我", "笔者", "我们", "本人");
  /** An interview's answer line: 答：… / A：… */
  private static final Pattern ANSWER = Pattern.compile("^\\s*(?:答|A)\\s*[：:]");
  /**
   * Verbs a headline uses for what its source says about a topic, "WHO谈X：…" (CC-CEDICT: 谈 "to talk, to discuss",
   * 畅谈 "to speak freely", 研判 "to study and judge", 解读 "to interpret", 热议 "to discuss animatedly"); the verbs of
   * attribution-cues.tsv are found by the cue scan.
   */
  private static final Set<String> HEADLINE_SPEECH = Set.of("谈", "畅谈", "研判", "解读", "热议");
  /** The parts of speech of a described group's phrase: nouns, adjectives, numbers, measures (多位, 不少), 的. */
  private static final String GROUP_PHRASE = "N.*|JJ|CD|OD|M|DT|CC|PU|DEG";

  /**
   * What sets a heading's name off from the role: a colon or comma, or the bar or slash of magazine layouts
   * (张三 | 某公司CEO).
   */
  private static final String HEADING_SEPARATOR = "[：:，,|｜丨/／]";

  /**
   * A credit line (封面新闻记者 张三, 责任编辑：李四, 张三 本报通讯员): its role is the article's reporter, editor or
   * photographer, who writes the article and speaks in none of it (guidelines 8.1: credit lines state no claims).
   * Wiktionary 记者 "reporter", 编辑 "editor" (总编辑 and 主编, editors-in-chief, speak as anyone), 责编 "editor in
   * charge", 通讯员 "correspondent", 摄影 "photography", 撰文 and 撰稿 "to write (an article)", 编译 "to translate and
   * edit", 校对 "proofreader", 实习生 "intern"; 设计 "design", 美编 "art editor", 插图 and 配图 "illustration" credit a
   * feature's artwork (round 37).
   */
  private static final String CREDIT_ROLE = "(?:记者|(?<![总主])编辑|责编|通讯员|摄影|撰文|撰稿|编译|校对|实习生|设计|美编|插图|"
      + "配图)";
  private static final Pattern CREDIT_LINE = Pattern.compile(
      CREDIT_ROLE + "\\s*[：:|｜丨/／]?\\s*[\\p{IsHan}·]{2,8}$"
          + "|^[\\p{IsHan}·]{2,8}\\s*[：:，,|｜丨/／\\s]\\s*\\S*" + CREDIT_ROLE + "$");

  /**
   * A turn that asks those present to speak or act (先请各位介绍一下…, 请大家谈谈…): a moderator's request, which states
   * nothing (Wiktionary 请 "to ask, please"; 各位, 大家, 诸位 "everyone", 您 "you").
   */
  /**
   * A yes or no that answers a round-up's question before the speaker's reasons (张三：不会。…, 李四：是的！…): a
   * sentence of its own that states nothing without the question, so no claim.
   */
  private static final Pattern BARE_ANSWER = Pattern.compile(
      "(?:(?:当然)?(?:不|没)?(?:会|能|是|对|行|可以|应该|一定|可能)(?:的|啊|吧)?|否|不|没有|有|当然|当然不|不一定|未必"
          + "|Yes|No)"
          + "\\s*[。！？!?]");
  private static final Pattern REQUEST_TO_AUDIENCE = Pattern.compile("请(?:各位|大家|诸位|您|你们|每位|几位)");
  /**
   * A courtesy or a turn handed on, as a host or a guest speaks them (我们很高兴…, 很荣幸…, 谢谢, 我很期待…, 把时间交给
   * 大家): the speaker's feeling about the occasion or the running of it, which states nothing about the world
   * (Wiktionary 高兴 "happy, glad", 荣幸 "honoured", 感谢 and 谢谢 "to thank", 欢迎 "to welcome", 期待 "to look forward
   * to").
   */
  private static final Pattern COURTESY = Pattern.compile(
      "^(?:我们?|很|非常|十分|也|一直|今天|真的|再次)*(?:高兴|荣幸|感谢|谢谢|欢迎|期待)"
          + "|把(?:时间|麦克风|话筒)(?:交|开放|留|交还)给");

  /**
   * The parts a transcript labels its turns with when it does not name the speaker, in simplified and traditional
   * forms (Wiktionary 主持人 "host, presenter", 嘉宾 "guest", 记者 "reporter", 观众 "audience", 听众 "listener"); a
   * label ending in 者 (提问者 "questioner") is a group head.
   */
  private static final Set<String> TRANSCRIPT_PARTS = Set.of("主持人", "嘉宾", "嘉賓", "记者", "記者", "观众", "觀眾",
      "听众", "聽眾");

  /** A turn label: a few words with no sentence punctuation, then a colon that ends the line. */
  private static final Pattern TURN_LABEL = Pattern.compile("[^：:，,。！？!?；;“”\"「」]+[：:]");

  /** Nouns that open an interview's headline (专访X：…, "exclusive interview with X"). */
  private static final Set<String> INTERVIEW_WORDS = Set.of("专访", "專訪", "独家专访", "獨家專訪", "采访", "採訪",
      "访谈", "訪談");

  private final SpeakerFinder speakers;

  SpeakerLines(SpeakerFinder speakers) {
    this.speakers = speakers;
  }

  /** The claim a colon line or an opinion frame in sentence {@code s} makes, if it is one. */
  Optional<Draft> colonLine(Article article, TaggedSentence s, boolean opensParagraph) {
    String text = article.text();
    List<Token> tokens = s.tokens();
    int depth = 0;
    for (int i = 1; i < tokens.size() - 1; i++) {
      depth += tokens.get(i).word().matches("[(（]") ? 1 : tokens.get(i).word().matches("[)）]") ? -1 : 0;
      if (!tokens.get(i).word().matches("[：:]") || depth > 0) {
        continue; // a colon inside parentheses (舊稱：X) introduces no speech
      }
      int colon = i;
      // NAME的观点是：
      int before = colon - 1;
      if (tokens.get(before).word().equals("是") && before >= 2
          && speakers.nouns().kindOf(tokens.get(before - 1).word()).orElse(null) == SpeakerNouns.Kind.OPINION
          && tokens.get(before - 2).word().matches("[的之]")) {
        int from = SpeakerFinder.clauseStart(s, before - 2);
        Optional<Referent> owner = SpeakerFinder.agents(s, from, before - 2).stream().reduce((a, b) -> b);
        if (owner.isPresent()) {
          Span cue = s.span(before - 1, colon + 1);
          return content(article, s, colon, new Speaker(SpeakerFinder.claimantOf(owner.get(), s), LINE_SPEAKER, false),
              cue, "attribution.opinion");
        }
      }
      // ORG+TITLE+NAME：CONTENT, at the start of the paragraph; not an interview's headline (专访X：), whose words
      // after the colon are the editor's summary.
      if (opensParagraph && ClaimText.distance(text, tokens.get(0).span().begin(), tokens.get(colon).span().begin())
          <= SPEAKER_PREFIX_MAX && !INTERVIEW_WORDS.contains(tokens.get(0).word()) && onlyNames(s, 0, colon)) {
        int name = beforeAside(s, 0, colon);
        Optional<Speaker> speaker = speakers.ofHeading(s, 0, name, LINE_SPEAKER).map(found -> known(article, found));
        if (speaker.isPresent() && endsWithAgent(s, 0, name)) {
          return content(article, s, colon, speaker.get(), tokens.get(colon).span(), "attribution.speaker-line");
        }
      }
      // ORG+TITLE：CONTENT, a headline naming its speaker by title only (某协会处长：…): the person named right after
      // that title in the sentences that follow. An organization must open it: 主持人： and 记者： label a transcript.
      if (opensParagraph && ClaimText.distance(text, tokens.get(0).span().begin(), tokens.get(colon).span().begin())
          <= SPEAKER_PREFIX_MAX && onlyNames(s, 0, colon)) {
        int end = tokens.get(colon - 1).span().end();
        Optional<TitleLexicon.Found> title = s.titlesIn(colon - 1, colon).stream()
            .filter(t -> t.span().end() == end).findFirst();
        boolean organization = title.isPresent() && s.referents().stream().anyMatch(r -> !r.anaphor()
            && r.type().isOrganization() && r.span().end() <= title.get().span().begin());
        Optional<Claimant> titled = organization
            ? SpeakerFinder.titledPersonAfter(article, s, title.get().span().of(text)) : Optional.empty();
        if (titled.isPresent()) {
          return content(article, s, colon, new Speaker(titled.get(), SpeakerFinder.FALLBACK, false),
              tokens.get(colon).span(), "attribution.speaker-line");
        }
      }
      Optional<Claimant> known = opensParagraph ? knownPersonLabel(article, s, colon) : Optional.empty();
      if (known.isPresent()) {
        return content(article, s, colon, new Speaker(known.get(), LINE_SPEAKER, false), tokens.get(colon).span(),
            "attribution.speaker-line");
      }
      if (opensParagraph && brokenName(article, s, colon)) {
        Speaker speaker = new Speaker(new Claimant(Optional.empty(), s.text(0, colon).strip()), SpeakerFinder.FALLBACK,
            false);
        return content(article, s, colon, speaker, tokens.get(colon).span(), "attribution.speaker-line");
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A headline "WHO(+VERB(+TOPIC))：CONTENT" whose source is a described group (专家：…, 多位分析人士研判：…,
   * 专家谈X：…) or a person (张三谈X：…): the words after the colon are that source's claim. The verb, when there is
   * one, is a verb of discussing; the topic between it and the colon holds no other verb.
   */
  Optional<Draft> headline(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    int colon = -1;
    for (int i = 1; i < tokens.size() - 1 && colon < 0; i++) {
      if (tokens.get(i).word().matches("[：:]")) {
        colon = i;
      }
    }
    if (colon < 0
        || ClaimText.distance(article.text(), tokens.get(0).span().begin(), tokens.get(colon).span().begin())
        > SPEAKER_PREFIX_MAX) {
      return Optional.empty();
    }
    int verb = 0;
    while (verb < colon && !tokens.get(verb).pos().startsWith("V")) {
      verb++;
    }
    if (verb == 0 || verb < colon && (!HEADLINE_SPEECH.contains(tokens.get(verb).word())
        || tokens.subList(verb + 1, colon).stream().anyMatch(t -> t.pos().startsWith("V")))) {
      return Optional.empty();
    }
    List<Referent> agents = SpeakerFinder.agents(s, 0, verb);
    Speaker speaker;
    if (agents.size() == 1 && agents.get(0).type() == EntityType.PERSON && verb < colon
        && s.tokenAt(agents.get(0).span().end() - 1) == verb - 1) {
      speaker = new Speaker(SpeakerFinder.claimantOf(agents.get(0), s), LINE_SPEAKER, false);
    } else if (agents.isEmpty() && speakers.groups().isGroupHead(tokens.get(verb - 1).word())
        && tokens.subList(0, verb).stream().allMatch(t -> t.pos().matches(GROUP_PHRASE))) {
      speaker = new Speaker(new Claimant(Optional.empty(), s.text(0, verb).strip()), SpeakerFinder.FALLBACK, false);
    } else {
      return Optional.empty();
    }
    // A headline's parts after the colon, set apart by spaces (奇点未到 关注长期价值), are one statement.
    return content(article, s, colon, speaker, s.span(0, colon + 1), "attribution.speaker-line").map(d -> {
      if (d.kind() != ClaimKind.REPORTED_SPEECH) {
        return d;
      }
      Span whole = ClaimText.trimmed(article.text(), d.span().begin(), s.sentence().span().end());
      return new Draft(whole, d.kind(), d.speaker(), d.cue(), d.stanceText(), d.rule(), whole);
    });
  }

  /**
   * 季|远|超：… in a transcript whose other lines open with a person's name and a colon: a label of two or three Chinese
   * characters that the segmenter broke into pieces, none of them a name of an entity, is a name no lexicon knows (a
   * common noun label, 记者： or 主持人：, stays one word).
   */
  private static boolean brokenName(Article article, TaggedSentence s, int colon) {
    String label = s.text(0, colon).strip();
    if (colon < 2 || !label.matches("\\p{IsHan}{2,3}")
        || s.tags().subList(0, colon).stream().anyMatch(t -> !t.equals("O"))) {
      return false;
    }
    return article.sentences().stream().anyMatch(o -> o != s && o.tokens().size() > 1
        && o.tokens().get(1).word().matches("[：:]") && o.referents().stream().anyMatch(r -> !r.anaphor()
            && r.type() == EntityType.PERSON && r.span().equals(o.tokens().get(0).span())));
  }

  /**
   * 张三：… where the label before the colon is, word for word, the name of a person the document names elsewhere, though
   * the tagger found no name at this place (a rare given name read as a common noun): that person.
   */
  private static Optional<Claimant> knownPersonLabel(Article article, TaggedSentence s, int colon) {
    String label = s.text(0, colon).strip();
    if (label.length() < 2 || s.tags().subList(0, colon).stream().anyMatch(t -> !t.equals("O"))) {
      return Optional.empty();
    }
    return personNamed(article, label).map(key -> new Claimant(Optional.of(key), label));
  }

  /** A speaker CoreNLP alone names, whose name is word for word a person's the document names elsewhere: that one. */
  private static Speaker known(Article article, Speaker found) {
    Claimant c = found.claimant();
    if (c.entityKey().isPresent() || found.author()) {
      return found;
    }
    return personNamed(article, c.description())
        .map(key -> new Speaker(new Claimant(Optional.of(key), c.description()), found.confidence(), false))
        .orElse(found);
  }

  /** The key of the person one of whose mentions (not a pronoun) is exactly {@code name}. */
  private static Optional<String> personNamed(Article article, String name) {
    return article.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.source() != Mention.Source.COREFERENCE
            && m.text().equals(name)))
        .findFirst().map(e -> e.key());
  }

  /**
   * "在NAME看来，CONTENT" (in NAME's view), "在NAME的设想中，CONTENT" (in NAME's vision): the person or organization
   * between 在 and 看来 (or 的) holds the view that follows.
   */
  Optional<Draft> viewFrame(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    for (int k = 2; k + 1 < tokens.size(); k++) {
      // The segmenter may split 眼中 into 眼 + 中: the frame then ends at the second token.
      boolean split = tokens.get(k).word().equals("眼") && tokens.get(k + 1).word().matches("中|里");
      // 在X的设想中: the view's noun after 的, then 中 or 里; the holder ends at 的.
      boolean heldView = VIEW_NOUNS.contains(tokens.get(k).word()) && tokens.get(k - 1).word().equals("的")
          && tokens.get(k + 1).word().matches("中|里");
      if (!VIEW_FRAME_ENDS.contains(tokens.get(k).word()) && !split && !heldView) {
        continue;
      }
      int holderEnd = heldView ? k - 1 : k;
      int i = split || heldView ? k + 1 : k;
      int from = SpeakerFinder.clauseStart(s, i);
      while (from < i && tokens.get(from).pos().matches("AD|CC|CS")) {
        from++; // 而在X看来, 但在X眼中
      }
      if (!tokens.get(from).word().equals("在")) {
        return Optional.empty();
      }
      // the holder of 在X的设想中 is the possessor before 的; elsewhere a name before 的 only modifies the holder
      Optional<Referent> holder = SpeakerFinder.agents(s, from + 1, holderEnd).stream()
          .filter(r -> heldView ? r.span().end() == tokens.get(holderEnd - 1).span().end()
              : !SpeakerFinder.isModifier(s, r)).reduce((a, b) -> b);
      String who = s.text(from + 1, holderEnd).strip();
      if (holder.isEmpty() && holderEnd > from + 1 && !FIRST_PERSON_VIEW.contains(who)
          && speakers.groups().isGroupHead(tokens.get(holderEnd - 1).word())
          && tokens.subList(from + 1, holderEnd).stream().allMatch(t -> t.pos().matches(GROUP_PHRASE))) {
        // 在与会专家看来 / 在不少业内人士眼中: a described group holds the view, named with the article's own words.
        Speaker group = new Speaker(new Claimant(Optional.empty(), who), SpeakerFinder.FALLBACK, false);
        return content(article, s, i, group, s.span(from, i + 1), "attribution.opinion");
      }
      if (holder.isEmpty()) {
        // 在我看来 / 在笔者看来: the writer's own view, the author's when there is a byline.
        if (!FIRST_PERSON_VIEW.contains(who) || article.author().isEmpty()) {
          return Optional.empty();
        }
        return content(article, s, i, new Speaker(article.author().get(), LINE_SPEAKER, true), s.span(from, i + 1),
            "attribution.opinion").map(d -> new Draft(d.span(), ClaimKind.AUTHOR_ASSERTION, d.speaker(), d.cue(),
                d.stanceText(), d.rule(), d.utterance()));
      }
      Speaker speaker = new Speaker(SpeakerFinder.claimantOf(holder.get(), s), LINE_SPEAKER, false);
      return content(article, s, i, speaker, s.span(from, i + 1), "attribution.opinion");
    }
    return Optional.empty();
  }

  /**
   * An interview's answer line (答：…) in sentence {@code s}, spoken by {@code interviewee}: the question (问：…) is the
   * interviewer's and makes no claim; the answer is the interviewee's, like a "NAME：…" line.
   */
  Optional<Draft> answerLine(Article article, TaggedSentence s, Speaker interviewee) {
    if (!ANSWER.matcher(s.text()).find()) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(3, s.tokens().size()); i++) {
      if (s.tokens().get(i).word().endsWith("：") || s.tokens().get(i).word().endsWith(":")) {
        return content(article, s, i, interviewee, s.tokens().get(i).span(), "attribution.interview-answer");
      }
    }
    return Optional.empty();
  }

  private Optional<Draft> content(Article article, TaggedSentence s, int colon, Speaker speaker, Span cue, String rule) {
    String text = article.text();
    if (REQUEST_TO_AUDIENCE.matcher(s.sentence().span().of(text)).find()) {
      return Optional.empty();
    }
    int at = ClaimText.skipSeparators(text, s.tokens().get(colon).span().end(), s.sentence().span().end());
    Span paragraph = paragraphOf(article, s);
    Matcher answer = BARE_ANSWER.matcher(text).region(at, paragraph.end());
    if (answer.lookingAt()) {
      at = ClaimText.skipSeparators(text, answer.end(), paragraph.end()); // 张三：不会。S: the claim is S
    }
    List<Quotations.Quote> quotes = Quotations.find(text, paragraph);
    Optional<Quotations.Quote> quote = ClaimText.quoteOpeningAt(quotes, at);
    if (quote.isPresent() && !quote.get().isScareQuote(text)) {
      return Optional.of(new Draft(quote.get().content(), ClaimKind.DIRECT_QUOTE, speaker, Optional.of(cue), "",
          rule, quote.get()));
    }
    Span content = ClaimText.reported(text, at, paragraph.end(), quotes);
    if (content.length() < 2 || isHeadline(article, s) && !ClaimText.hasVerb(s, content)
        || ClaimText.isNounPhrase(s, content)) {
      return Optional.empty();
    }
    return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker, Optional.of(cue), "", rule, content));
  }

  /**
   * Whether {@code s} is the article's headline: there "NAME：PHRASE" may label a profile with its subject's name
   * (周某：机器人的“前浪”) rather than quote them, and only a statement, with a verb, is their speech.
   */
  static boolean isHeadline(Article article, TaggedSentence s) {
    return article.document().document().paragraphs().stream()
        .anyMatch(p -> p.role() == Paragraph.Role.TITLE && p.span().contains(s.sentence().span()));
  }


  /**
   * The speaker a paragraph is a heading for: one short line without sentence punctuation that ends with a person
   * (and may hold an organization and a title before it: 某公司CEO 张三), that person followed by a colon and
   * nothing else (某公司CEO张三：), or that person, a colon (a comma, a bar) and the role (张三：某公司CEO,
   * 张三 | 某公司CEO), the whole perhaps in brackets (【张三，某公司CEO】).
   */
  Optional<Speaker> heading(Article article, Span paragraph) {
    String text = article.text();
    String line = paragraph.of(text).strip();
    Optional<Speaker> english = englishHeading(article, paragraph, line);
    if (english.isPresent()) {
      return english;
    }
    if (line.isEmpty() || ClaimText.distance(text, paragraph.begin(), paragraph.end()) > HEADING_MAX
        || CREDIT_LINE.matcher(line.replaceAll("^[【\\[]|[】\\]]$", "")).find()
        || line.chars().anyMatch(c -> "。！？!?；;“”\"「」".indexOf(c) >= 0)
        || line.chars().filter(c -> "，,".indexOf(c) >= 0).count() > 1) {
      return Optional.empty();
    }
    List<TaggedSentence> in = article.sentencesIn(paragraph);
    if (in.size() != 1) {
      return Optional.empty();
    }
    TaggedSentence s = in.get(0);
    // 【张三，某公司CEO】: brackets around the whole heading set it off, as a colon does.
    boolean bracketed = s.tokens().size() > 2 && s.tokens().get(0).word().matches("[【\\[]")
        && s.tokens().get(s.tokens().size() - 1).word().matches("[】\\]]");
    int first = bracketed ? 1 : 0;
    int n = s.tokens().size() - first;
    int colon = -1;
    int depth = 0;
    for (int i = first; i < n; i++) {
      String word = s.tokens().get(i).word();
      depth += word.matches("[(（]") ? 1 : word.matches("[)）]") ? -1 : 0;
      if (word.matches("[：:]") && depth > 0) {
        return Optional.empty(); // Gemini（舊稱：Bard）: a section heading naming a thing, no speaker
      }
      if (word.matches(HEADING_SEPARATOR)) {
        if (colon >= 0) {
          return Optional.empty();
        }
        colon = i;
      }
    }
    // 张三：某公司CEO / 张三，某公司CEO / 某公司CEO张三：, the speaker before the colon or comma; the role after it
    // holds no verb, or ends in a job title (a company name the tagger read as a verb: 陈东：极光移动董事长).
    if (colon >= 0 && !s.tokens().get(colon).word().matches("[：:]") && colon + 1 >= n) {
      return Optional.empty();
    }
    int end = colon >= 0 ? colon : n;
    if (colon < 0) {
      Optional<Speaker> spaced = nameSpaceRole(text, s, first, n);
      if (spaced.isPresent()) {
        return spaced;
      }
    }
    if (end == first || !onlyNames(s, first, end) || (colon >= 0 && !isRole(s, colon + 1, n))) {
      return Optional.empty();
    }
    int name = beforeAside(s, first, end);
    List<Referent> agents = SpeakerFinder.agents(s, first, name);
    if (agents.isEmpty() && isTurnLabel(article, paragraph) && end - first <= 2
        && (TRANSCRIPT_PARTS.contains(s.text(first, end).strip())
            || speakers.groups().isGroupHead(s.tokens().get(end - 1).word()))) {
      // 主持人： / 提问者：, a transcript's turn labelled by the speaker's part, not their name: the part speaks.
      return Optional.of(new Speaker(new Claimant(Optional.empty(), s.text(first, end).strip()),
          SpeakerFinder.FALLBACK, false));
    }
    boolean person = !agents.isEmpty() && agents.get(agents.size() - 1).type() == EntityType.PERSON
        || name > first && SpeakerFinder.isUnknownName(s, name - 1);
    if (!person || !endsWithAgent(s, first, name)) {
      return Optional.empty();
    }
    return speakers.ofHeading(s, first, name, LINE_SPEAKER);
  }

  /**
   * Whether the paragraph is a transcript's turn label: a speaker and a colon, alone on the line (张三：, 主持人：). The
   * paragraphs after it are that speaker's until the next label, whoever they cite or mention on the way.
   */
  static boolean isTurnLabel(Article article, Span paragraph) {
    String line = paragraph.of(article.text()).strip();
    return line.length() >= 2 && line.length() <= HEADING_MAX && TURN_LABEL.matcher(line).matches();
  }

  /**
   * An English speaker heading, as round-ups set them: a line that is only a person and their post (Acme president
   * Jane Doe; Acme's chief scientist Jane Doe; Jane Doe, chief executive, Acme; Professor Jane Doe, Director of …),
   * with no verb, pronoun or number and no closing stop. Its speaker speaks the paragraphs after it.
   */
  private Optional<Speaker> englishHeading(Article article, Span paragraph, String line) {
    List<TaggedSentence> in = article.sentencesIn(paragraph);
    if (in.size() != 1 || line.isEmpty() || line.codePoints().anyMatch(Languages::isHan)
        || ENGLISH_LINE_END.matcher(line).find()) {
      return Optional.empty();
    }
    TaggedSentence s = in.get(0);
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    if (n < 2 || n > ENGLISH_HEADING_MAX || tokens.stream().anyMatch(t -> t.pos().matches("VB.*|MD|PRP.*|W.*|CD"))) {
      return Optional.empty();
    }
    List<Referent> people = SpeakerFinder.agents(s, 0, n).stream()
        .filter(r -> r.type() == EntityType.PERSON).toList();
    if (people.size() != 1) {
      return Optional.empty();
    }
    int begin = s.tokenAt(people.get(0).span().begin());
    int end = s.tokenAt(people.get(0).span().end() - 1) + 1;
    boolean postBefore = end == n && begin > 0 && !s.titlesIn(0, begin).isEmpty();
    boolean postAfter = (begin == 0 || begin == 1 && HONORIFIC.matcher(tokens.get(0).word()).matches())
        && end < n && tokens.get(end).word().equals(",") && !s.titlesIn(end, n).isEmpty();
    return postBefore || postAfter ? speakers.ofHeading(s, 0, n, LINE_SPEAKER) : Optional.empty();
  }

  /**
   * A heading "NAME ROLE" with only a space between them (张三 某公司执行董事), as round-ups set a speaker's name and
   * role above their paragraphs: tokens [first, n) split at the one gap of white space, a person's name before it and
   * a role after it.
   */
  private Optional<Speaker> nameSpaceRole(String text, TaggedSentence s, int first, int n) {
    int gap = -1;
    for (int i = first + 1; i < n; i++) {
      if (!text.substring(s.tokens().get(i - 1).span().end(), s.tokens().get(i).span().begin()).isBlank()) {
        continue;
      }
      if (s.tokens().get(i - 1).span().end() == s.tokens().get(i).span().begin()) {
        continue; // no space at all
      }
      if (gap >= 0) {
        return Optional.empty();
      }
      gap = i;
    }
    if (gap < 0 || gap - first > 2 || gap + 1 > n || !isRole(s, gap, n) || endsWithAgent(s, gap, n)
        && s.tags().get(n - 1).equals("PERSON")) {
      return Optional.empty();
    }
    List<Referent> agents = SpeakerFinder.agents(s, first, gap);
    if (agents.size() == 1 && agents.get(0).type() == EntityType.PERSON) {
      return speakers.ofHeading(s, first, gap, LINE_SPEAKER);
    }
    // A name no lexicon knows, which the segmenter may cut short (汤子|嘉): the whole text before the space.
    String name = text.substring(s.tokens().get(first).span().begin(), s.tokens().get(gap - 1).span().end());
    if (agents.isEmpty() && SpeakerFinder.isUnknownName(s, first) && name.matches("\\p{IsHan}{2,4}")) {
      return Optional.of(new Speaker(new Claimant(Optional.empty(), name), SpeakerFinder.FALLBACK, false));
    }
    return Optional.empty();
  }

  /**
   * The claims of a paragraph spoken by {@code speaker} (under a heading, or after a "NAME：" line or a line ending in
   * "："): one per sentence that states something; empty when the paragraph is not prose, which ends the speech.
   */
  List<Draft> spokenParagraph(Article article, Span paragraph, Speaker speaker, String rule) {
    return spokenParagraph(article, paragraph, speaker, rule, List.of());
  }

  /** The same, leaving out the sentences {@code taken} already has claims in (but see {@link #spokenSentences}). */
  List<Draft> spokenParagraph(Article article, Span paragraph, Speaker speaker, String rule, List<Draft> taken) {
    String text = article.text();
    List<TaggedSentence> in = article.sentencesIn(paragraph);
    if (in.isEmpty()) {
      return List.of();
    }
    // Speech is prose: a paragraph that does not end a sentence or has no verb (a list of names and roles) is not.
    String whole = paragraph.of(text).strip();
    boolean prose = !whole.isEmpty() && "。！？.!?”」\"".indexOf(whole.charAt(whole.length() - 1)) >= 0
        && in.stream().anyMatch(s -> s.tokens().stream().anyMatch(t -> t.pos().startsWith("V")))
        && !SECTION_HEADING.matcher(whole).find();
    if (!prose) {
      return List.of();
    }
    return spokenSentences(article, paragraph, paragraph.begin(), speaker, rule, taken);
  }

  /**
   * The statements a speaker makes in the sentences of {@code paragraph} that begin at {@code from} or later, one
   * claim per sentence (the layout attributes each one): a quotation that opens a sentence is a direct quote, the
   * other sentences reported speech; questions, sentences without a verb and sentences that overlap a claim in
   * {@code taken} make none.
   */
  List<Draft> spokenSentences(Article article, Span paragraph, int from, Speaker speaker, String rule,
      List<Draft> taken) {
    String text = article.text();
    List<Quotations.Quote> quotes = Quotations.find(text, paragraph);
    List<Draft> drafts = new ArrayList<>();
    for (TaggedSentence s : article.sentencesIn(paragraph)) {
      Span sentence = s.sentence().span();
      if (sentence.begin() < from) {
        continue;
      }
      if (Stream.concat(taken.stream(), drafts.stream())
          .anyMatch(d -> d.span().overlaps(sentence) || d.utterance() instanceof Quotations.Quote q
              && q.outerBegin() < sentence.end() && sentence.begin() < q.outerEnd())) {
        ownCueLater(text, s, speaker, taken, quotes).ifPresent(before ->
            drafts.add(new Draft(before, ClaimKind.REPORTED_SPEECH, speaker, Optional.empty(), "", rule, before)));
        continue;
      }
      String said = sentence.of(text).strip();
      if (said.endsWith("？") || said.endsWith("?") || s.tokens().stream().noneMatch(t -> t.pos().startsWith("V"))
          || REQUEST_TO_AUDIENCE.matcher(said).find() || COURTESY.matcher(said).find()
          || BARE_ANSWER.matcher(said).matches()) {
        continue;
      }
      int at = ClaimText.skipSeparators(text, sentence.begin(), paragraph.end());
      Optional<Quotations.Quote> quote = ClaimText.quoteOpeningAt(quotes, at);
      if (quote.isPresent() && !quote.get().isScareQuote(text)) {
        drafts.add(new Draft(quote.get().content(), ClaimKind.DIRECT_QUOTE, speaker, Optional.empty(), "", rule,
            quote.get()));
        continue;
      }
      Span content = ClaimText.reported(text, at, paragraph.end(), quotes);
      if (content.length() >= 2) {
        drafts.add(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker, Optional.empty(), "", rule, content));
      }
    }
    return drafts;
  }

  /**
   * 人工智能是企业的机会，相信会有更多…: the speaker's own cue later in the sentence (its subject dropped) reports the
   * clauses after it; the clauses before it, with a verb, are a statement of the same speaker.
   */
  private static Optional<Span> ownCueLater(String text, TaggedSentence s, Speaker speaker, List<Draft> taken,
      List<Quotations.Quote> quotes) {
    Span sentence = s.sentence().span();
    Optional<Span> cue = taken.stream()
        .filter(d -> d.span().overlaps(sentence) && d.speaker().claimant().equals(speaker.claimant()))
        .flatMap(d -> d.cue().stream()).filter(c -> c.begin() > sentence.begin() && c.end() <= sentence.end())
        .min((a, b) -> Integer.compare(a.begin(), b.begin()));
    if (cue.isEmpty() || taken.stream().anyMatch(d -> d.span().overlaps(new Span(sentence.begin(), cue.get().begin())))
        || quotes.stream().anyMatch(q -> q.outerBegin() < cue.get().begin() && sentence.begin() < q.outerEnd())) {
      return Optional.empty();
    }
    int at = ClaimText.skipSeparators(text, sentence.begin(), cue.get().begin());
    Span before = ClaimText.trimmed(text, at, cue.get().begin());
    boolean statement = s.tokens().stream().anyMatch(t -> before.contains(t.span()) && t.pos().matches("V.*"));
    boolean clauseEnds = before.end() < cue.get().begin() && "，,；;".indexOf(text.charAt(before.end())) >= 0;
    return statement && clauseEnds && before.length() >= 2 ? Optional.of(before) : Optional.empty();
  }

  /** Tokens [from, to) are names, titles, nouns and the words that join them (兼, 、, and, of), no verbs. */
  static boolean onlyNames(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = s.tokens().get(i);
      String tag = s.tags().get(i);
      if (!tag.equals("O") && !tag.equals("NUMBER") && !tag.equals("DATE")) {
        continue;
      }
      if (!t.pos().matches("N.*|JJ|CC|PU|DEG|NNP|NNPS|NN|NNS|IN|DT|POS|HYPH|,")) {
        return false;
      }
    }
    return true;
  }

  /** Tokens [from, to) are a role: only names and nouns, or a phrase ending in a job title (极光移动董事长). */
  private static boolean isRole(TaggedSentence s, int from, int to) {
    if (from >= to) {
      return true; // 某公司CEO张三： with nothing after the colon
    }
    if (onlyNames(s, from, to)) {
      return true;
    }
    int end = s.tokens().get(to - 1).span().end();
    return s.titlesIn(from, to).stream().anyMatch(t -> t.span().end() == end)
        && s.tokens().subList(from, to).stream().noneMatch(t -> t.pos().matches("PU|VC|VE|AD"));
  }

  /** Where tokens [from, to) end without a role in parentheses after the name: 李开复（零一万物CEO） → 李开复. */
  private static int beforeAside(TaggedSentence s, int from, int to) {
    if (to - 1 <= from || !s.tokens().get(to - 1).word().matches("[)）]")) {
      return to;
    }
    for (int i = to - 2; i > from; i--) {
      if (s.tokens().get(i).word().matches("[(（]")) {
        return i;
      }
    }
    return to;
  }

  /** The last token before {@code to} belongs to a person or organization, or to a name no entity holds. */
  private static boolean endsWithAgent(TaggedSentence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    String tag = s.tags().get(to - 1);
    return tag.equals("PERSON") || tag.equals("ORG") || SpeakerFinder.isUnknownName(s, to - 1);
  }

  private static Span paragraphOf(Article article, TaggedSentence s) {
    return article.body().stream().map(p -> p.span()).filter(p -> p.contains(s.sentence().span())).findFirst()
        .orElse(s.sentence().span());
  }
}
