package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.DependencyRuleMatch;
import org.claimgraph.extract.corenlp.SemgrexRules;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.Antecedents;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Finds who speaks: the subject of an attribution verb in the dependency parse ({@code attribution.semgrex}), else
 * the nearest person or organization before the verb in its clause; the owner of a document or spokesperson noun
 * ({@code speaker-nouns.tsv}: OpenAI的报告称, a spokesperson for Google said); a described group
 * ({@code group-heads.tsv}); the author for 我们; and, for a quotation with no cue, the nearest speaker in the same or
 * the previous sentence.
 */
final class SpeakerFinder {
  /** Nouns of a share of a group or counting one (Wiktionary): "percent of", "most of", "a chorus of", "a group of". */
  private static final Pattern SHARE = Pattern.compile(
      "(?i)percent|%|majority|half|most|many|third|quarter|share|group|number|chorus|handful|host|dozens|hundreds");
  static final String RULES = "attribution.semgrex";
  /** Nouns for a news report, which speaks for the outlet that published it (报告, a formal report, is not one). */
  private static final Set<String> NEWS_REPORT = Set.of("report", "reports", "报道");
  /** Words before whom a document is addressed to (Wiktionary 致 "to send to", 给, 向; English "to"). */
  private static final String ADDRESSED_TO = "致|给|向|写给|寄给|to";
  /** Determiners that point back to people named before: 上述 / 前述 "the above-mentioned", 这些 "these". */
  private static final String GROUP_DEMONSTRATIVE = "上述|前述|这些|这两位|these";
  /**
   * Words that count organizations as many or leave them unnamed on purpose (Wiktionary 这些 "these", 各 "each",
   * 多家 "many (companies)", 众多 "numerous", 相关 / 有关 "relevant, concerned": 相关部门 "the departments concerned").
   */
  private static final String MANY_ORGANIZATIONS = "这些|那些|一些|各|各大|众多|诸多|不少|部分|许多|多家|几家|数家|相关|有关";
  /** Measure words that count organizations (Wiktionary 家, 所, 间, 个), not a span of time (成立3年的公司). */
  private static final String ORGANIZATION_MEASURE = "家|所|间|个";
  /** The existential verb 有 before an organization noun: 有机构 "some institution" (Li &amp; Thompson 1981, ch. 17). */
  private static final String EXISTENTIAL = "有";
  /** Nouns for data (Wiktionary 数据 "data", 统计数据 "statistics"), which speak for whoever issued them. */
  private static final Set<String> DATA = Set.of("数据", "统计数据");
  /** Verbs of issuing data or a document (Wiktionary 公布 "to announce", 发布 "to issue", 披露, 发表, 提供, 统计). */
  private static final String ISSUING = "公布|发布|披露|发表|提供|统计|发出";
  /** Verbs of conducting a study or issuing a document (Wiktionary 进行 "to carry out", 开展, 完成, 实施). */
  private static final String CONDUCTING = ISSUING + "|进行|开展|完成|实施";
  /** The bare noun 公司 ("company"), a back reference only when it opens its clause. */
  private static final String BARE_COMPANY = "公司";
  private static final Set<String> FIRST_PERSON = Set.of("我们", "我", "本人", "笔者");
  /** Plural personal pronouns (Li &amp; Thompson 1981, ch. 24). */
  private static final Set<String> PLURAL_PRONOUNS = Set.of("他们", "她们");
  /** How many tokens a described group's phrase may take: 这两位“90后”科技创业者. */
  private static final int GROUP_PHRASE_TOKENS = 8;
  /** Document nouns that, bare, mean research in general (研究发现…), not a document issued before. */
  private static final Set<String> RESEARCH = Set.of("研究", "调查", "study");
  /**
   * Verbs of publishing in a journal or paper (Wiktionary 发表 "to publish", 刊登 and 刊载 "to carry in a
   * publication", 登载 "to publish in a newspaper").
   */
  private static final String PUBLISHED = "发表|刊登|刊载|登载|刊于|载于|发表于|刊登于|(?i)published|appeared";
  /**
   * Nouns for an organization's staff, who speak for it (Wiktionary 工作人员 "staff member", 员工 "employee",
   * 负责人 "person in charge"; 相关负责人 "the responsible person concerned").
   */
  private static final Set<String> STAFF = Set.of("工作人员", "员工", "负责人", "相关负责人");
  /**
   * Prepositions that open a phrase of topic or example between a speaker and the cue (Wiktionary 以 "by means of",
   * 就 "with regard to", 针对 "aimed at", 围绕 "centring on", 关于 "about", 对于 "regarding", 结合 "combining").
   */
  private static final Set<String> TOPIC_FRAME = Set.of("以", "就", "针对", "围绕", "关于", "对于", "结合");
  /**
   * A name (with its stock code or another aside in brackets) and a verb that issues a document (Wiktionary 发布
   * "to issue, to release", 发出, 发表, 公布): the words before the document noun in 某某股份(600000)发布公告称.
   */
  private static final Pattern ISSUED = Pattern.compile(
      "([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9]{1,15})\\s*(?:[（(][^（()）]{1,16}[）)])?\\s*"
          + "(?:发布|发出|发表|公布)了?(?:一份|一则|一封|一项)?");
  /** Confidence of a speaker found without the parse naming it. */
  static final double FALLBACK = 0.7;
  /** Confidence of a speaker found near, not on, the statement. */
  static final double NEARBY = 0.5;
  /** How many sentences back a pronoun subject (他说) may find the statement whose speaker it stands for. */
  private static final int BACK_REFERENCE_REACH = 3;
  /**
   * How many sentences back 他/她 with no earlier statement finds the nearest person: a feature names its subject at
   * a paragraph's start and goes on about them for a few sentences before they speak.
   */
  private static final int PERSON_REACH = 4;
  /** How many words may describe an organization referred back to: the artificial intelligence company. */
  private static final int DESCRIPTION_WORDS = 3;
  /**
   * Head nouns that call an organization a business (Wiktionary company, firm, startup, chipmaker; 公司, 企业, 集团):
   * "the company said" means a company, not a government body or an army unit named in between.
   */
  private static final Pattern COMPANY_NOUN =
      Pattern.compile("(?i:company|firm|startup|chipmaker)|.*(?:公司|企业|集团)");

  private final SemgrexRules rules;
  private final GroupHeads groups;
  private final SpeakerNouns nouns;

  SpeakerFinder(SemgrexRules rules, GroupHeads groups, SpeakerNouns nouns) {
    this.rules = rules;
    this.groups = groups;
    this.nouns = nouns;
  }

  GroupHeads groups() {
    return groups;
  }

  SpeakerNouns nouns() {
    return nouns;
  }

  /** Semgrex matches by cue token: the first rule (most confident) that names a speaker for it. */
  Map<Integer, DependencyRuleMatch> subjects(TaggedSentence s) {
    Map<Integer, DependencyRuleMatch> byCue = new HashMap<>();
    for (DependencyRuleMatch m : rules.match(s.sentence(), s.tags())) {
      if (m.node("cue").isPresent() && m.node("speaker").isPresent()) {
        int cue = m.node("cue").getAsInt();
        // "Addressing reporters at the fair, Lin said": of two subjects the parse gives one cue by the same rule, the
        // one in the cue's own clause.
        byCue.merge(cue, m, (kept, other) -> other.rule().equals(kept.rule())
            && nearerBefore(s, other.node("speaker").getAsInt(), kept.node("speaker").getAsInt(), cue) ? other : kept);
      }
    }
    return byCue;
  }

  /**
   * Whether token {@code a} stands before {@code cue} in the cue's clause and {@code b} before that clause or after
   * the cue ("officials and CEOs agreed" keeps its first subject).
   */
  private static boolean nearerBefore(TaggedSentence s, int a, int b, int cue) {
    int clause = clauseStart(s, cue);
    Token name = s.tokens().get(a);
    // 晨星分析师柯列洛指出: the parse may make the title and the name after it two subjects; the name speaks.
    boolean namedAfterTitle = a == b + 1 && (name.pos().matches("NR|NNP") || name.ner().equals("PERSON"));
    return a < cue && a >= clause && (b > cue || b < clause || namedAfterTitle);
  }

  /** A clause of time ending right before a cue: 谈到…时说, 被问及…的时候表示, …时，他指出. */
  private static final Pattern WHEN_CLAUSE_BEFORE_CUE = Pattern.compile("(?:时|之时|的时候)[，,]?$");

  /** Whether the text up to a cue ends with a clause of time (谈到X时 before 说). */
  static boolean endsClauseOfTime(String beforeCue) {
    return WHEN_CLAUSE_BEFORE_CUE.matcher(beforeCue).find();
  }

  /** The speaker of a cue, or empty when the verb is not attributing (这表示…, 生态系统强调了…). */
  Optional<Speaker> ofCue(Article article, TaggedSentence s, AttributionCues.Hit hit,
      Map<Integer, DependencyRuleMatch> subjects, List<Attribution> earlier) {
    int from = clauseStart(s, hit.head());
    // …, a person familiar with the matter, who asked not to be named, told Newsline: the noun phrase before a
    // relative clause set off by commas speaks (the parse often leaves the cue without a subject), not the one told.
    int aside = hit.head() > 0 && s.tokens().get(hit.head() - 1).word().equals(",")
        ? relativeAsideOpening(s, hit.head() - 1) : -1;
    if (aside > from) {
      int head = from;
      while (head < aside && !s.tokens().get(head).pos().startsWith("NN")) {
        head++;
      }
      Optional<Speaker> before = head < aside
          ? ofPhrase(article, s, head, new TokenRange(from, aside), FALLBACK) : Optional.empty();
      if (before.isPresent()) {
        return before;
      }
    }
    // X对路透社表示 / X向记者透露 / X回应晨报称: the name after 对, 向 or a verb of answering is who is spoken to; the
    // speaker stands before it.
    for (int t = hit.head() - 1; t > from; t--) {
      if (addresses(s, t, hit.head())) {
        Optional<Referent> before = agents(s, from, t).stream().filter(r -> !isModifier(s, r)).reduce((a, b) -> b);
        if (before.isPresent()) {
          return Optional.of(new Speaker(claimantOf(before.get(), s), FALLBACK, false));
        }
        Optional<Speaker> unnamed = unnamedBefore(article, s, from, t);
        if (unnamed.isPresent()) {
          return unnamed; // 某国驻伦敦使馆对记者表示: an institution no lexicon knows, never the addressee
        }
        break;
      }
    }
    Span headToken = s.tokens().get(hit.head()).span();
    if (hit.span().begin() > headToken.begin()
        && !article.text().substring(headToken.begin(), hit.span().begin()).equals(AttributionCues.GLUED_TIME)) {
      // The cue was glued to the end of a known name (谷立/言说): that name speaks; the parse of the token is no help.
      return article.knownNameIn(new Span(s.tokens().get(from).span().begin(), hit.span().begin()))
          .map(c -> new Speaker(c, FALLBACK, false));
    }
    // 他谈到X时说: a clause of time right before the cue is the speaker's own, its subject opening the clause, whatever
    // the parse makes the cue's subject (a name inside X).
    String beforeCue = article.text().substring(s.tokens().get(from).span().begin(), hit.span().begin());
    if (endsClauseOfTime(beforeCue)) {
      // The clause's subject stands before its first verb and before any preposition (在立法院答询时说: not 立法院).
      int verb = from;
      while (verb < hit.head() && !s.tokens().get(verb).pos().startsWith("V")
          && !s.tokens().get(verb).pos().equals("P")) {
        verb++;
      }
      Optional<Referent> opener = agents(s, from, verb).stream().filter(r -> !isModifier(s, r)).reduce((a, b) -> b);
      if (opener.isPresent() && verb < hit.head()) {
        return Optional.of(new Speaker(claimantOf(opener.get(), s), FALLBACK, false));
      }
    }
    // 某某股份(600000)发布公告称: the issuer before the document speaks, whatever the parse made of its name.
    int document = hit.head() - 1;
    while (document > from && s.tokens().get(document).pos().equals("AD")) {
      document--;
    }
    if (document > from && nouns.kindOf(s.tokens().get(document).word()).orElse(null) == SpeakerNouns.Kind.DOCUMENT) {
      int issuing = document - 1;
      if (issuing > from && s.tokens().get(issuing).pos().startsWith("V")
          && nouns.kindOf(s.tokens().get(issuing - 1).word()).orElse(null) == SpeakerNouns.Kind.SPOKESPERSON) {
        // 公司发言人发表声明说: the spokesperson issuing the statement speaks, for the organization the phrase names.
        return ofPhrase(article, s, issuing - 1, new TokenRange(from, issuing), FALLBACK).or(() -> Optional.of(
            new Speaker(new Claimant(Optional.empty(), s.text(from, issuing).strip()), FALLBACK, false)));
      }
      Optional<Claimant> issuer = issuerBefore(article, s, from, document);
      if (issuer.isPresent()) {
        return Optional.of(new Speaker(issuer.get(), FALLBACK, false));
      }
    }
    // A described source the parse splits or takes for someone named before goes first; a plain one (two sources
    // said) after the parsed subject, which may know its organization (employees said).
    Optional<Speaker> source = describedSource(article, s, from, hit.head(), true);
    if (source.isPresent()) {
      return source;
    }
    Optional<Speaker> previous = backReference(article, s, hit, subjects, from, earlier);
    if (previous.isPresent()) {
      return previous;
    }
    // The subject may hang on any verb of a cue: 反驳说 is parsed 反驳 + 说 with 说 as the head.
    DependencyRuleMatch subject = null;
    for (int t = hit.head(); t < hit.end() && subject == null; t++) {
      subject = subjects.get(t);
    }
    if (subject != null) {
      double confidence = subject.result().isEmpty() ? 0.8 : Double.parseDouble(subject.result().get(0));
      int head = subject.node("speaker").getAsInt();
      if (s.tokens().get(head).pos().startsWith("V") && document > head
          && nouns.kindOf(s.tokens().get(document).word()).orElse(null) == SpeakerNouns.Kind.DOCUMENT) {
        head = document; // 一项发表于《X》的研究表明: a parse that makes the relative clause's verb the subject
      }
      Optional<Referent> apposed = apposedName(article, s, head, hit);
      if (apposed.isPresent()) {
        return Optional.of(new Speaker(claimantOf(apposed.get(), s), confidence, false));
      }
      Optional<Speaker> found = ofPhrase(article, s, head, s.nounPhrase(head), confidence);
      if (found.isPresent()) {
        return found;
      }
      Token subjectToken = s.tokens().get(head);
      Optional<Speaker> plain = describedSource(article, s, from, hit.head(), false);
      if (plain.isPresent()) {
        return plain; // "The round values the firm at $3 billion, one source said": a parse across the comma
      }
      if (subjectToken.pos().matches("NNS?") && subjectToken.word().chars().allMatch(c -> c < 128)) {
        // "Helix said it fired its chief after an audit found …": an English common noun the parse makes the cue's
        // subject, naming nobody, is the speaker; a name before it belongs to an outer clause.
        return Optional.empty();
      }
    }
    Optional<Speaker> plainSource = describedSource(article, s, from, hit.head(), false);
    if (plainSource.isPresent()) {
      return plainSource;
    }
    // No parsed subject, or one that names no speaker (the parse took a word of a quotation before the cue): the
    // nearest person or organization before the cue in its clause (据路透社称 too), unless it only modifies a noun
    // (Hugging Face的生态系统强调了…).
    Optional<Referent> framed = beforeFrame(s, from, hit.head());
    // 他以X为例说明 / 张三就X问题表示: the speaker stands before a preposition of topic or example, never inside it.
    int said = beforeTopicFrame(s, from, hit.head());
    if (framed.isPresent()) {
      return Optional.of(new Speaker(claimantOf(framed.get(), s), FALLBACK, false));
    }
    Optional<Referent> named = agents(s, from, said).stream().filter(r -> !publishedIn(s, r)).reduce((a, b) -> b);
    Optional<Claimant> opening = unknownOpeningName(s, from, said);
    // 傅盛接受《晚点LatePost》采访时说: a name no lexicon knows opening the clause as its subject speaks, not a
    // known name further in, which is the object of another verb.
    if (opening.isPresent() && (named.isEmpty() || s.tokens().subList(from, s.tokenAt(named.get().span().begin()))
        .stream().anyMatch(t -> t.pos().startsWith("V")))) {
      return Optional.of(new Speaker(opening.get(), FALLBACK, false));
    }
    if (named.isPresent() && !isModifier(s, named.get())) {
      return Optional.of(new Speaker(claimantOf(named.get(), s), FALLBACK, false));
    }
    int published = from;
    while (published < said && !s.tokens().get(published).word().matches(PUBLISHED)) {
      published++; // 一项发表于《X》的研究显示: a name from the verb of publishing on is where it appeared
    }
    if (named.isEmpty() && from < published) {
      Optional<Claimant> known = article.knownNameIn(s.span(from, published));
      if (known.isPresent()) {
        return Optional.of(new Speaker(known.get(), FALLBACK, false));
      }
    }
    Optional<Speaker> inverted = afterCue(article, s, hit);
    if (inverted.isPresent()) {
      return inverted;
    }
    // The noun right before the cue (adverbs aside): 他 when the parse took another subject, 我们, 该公司, a group
    // such as 开源AI的支持者, a document (报告称) or a spokesperson (发言人表示).
    int last = hit.head() - 1;
    while (last >= from && s.tokens().get(last).pos().matches("AD|RB")) {
      last--;
    }
    if (last < from || s.tokens().subList(from, hit.head()).stream().allMatch(t -> t.pos().matches("AD|RB|CC"))) {
      // …表示，已暂停服务，但同时指出，…: a clause with no subject continues the previous statement's speaker; so
      // does a sentence of the same paragraph that opens with its cue (张三认为…。…。预计…).
      return earlier.stream().filter(a -> a.sentence() == s && a.hit().head() < hit.head()).reduce((a, b) -> b)
          .or(() -> from == 0 ? earlierInParagraph(article, s, earlier) : Optional.empty())
          .map(Attribution::speaker).or(() -> sentenceSubject(s, from)).or(() -> apposedOpeningName(s, from))
          .or(() -> participleSubject(article, s, hit.head()));
    }
    // A chorus of critics saying it would fail: a participle clause on a noun (no comma before it, which would make
    // it the clause's own adverbial) is that whole noun phrase's statement.
    Optional<Integer> described = s.tokens().get(hit.head()).pos().equals("VBG")
        && !s.tokens().get(hit.head() - 1).word().equals(",")
        ? s.sentence().dependencies().stream().filter(d -> d.dependent() == hit.head() && d.relation().equals("acl")
            && d.governor() >= from && s.tokens().get(d.governor()).pos().startsWith("NN")).map(d -> d.governor())
            .findFirst()
        : Optional.empty();
    if (described.isPresent()) {
      TokenRange nounPhrase = s.nounPhrase(described.get());
      return ofPhrase(article, s, described.get(),
          new TokenRange(Math.max(from, nounPhrase.begin()), Math.min(nounPhrase.end(), hit.head())), FALLBACK);
    }
    TokenRange phrase = s.nounPhrase(last);
    return ofPhrase(article, s, last,
        new TokenRange(Math.max(from, phrase.begin()), Math.min(phrase.end(), hit.head())), FALLBACK);
  }

  /** Nothing, or only a bracketed note (its romanization, an age), between a name and the cue after it. */
  private static final Pattern NOTE_ONLY = Pattern.compile("\\s*(?:[（(][^（()）]{1,40}[)）])?\\s*");

  /**
   * 某集团高层王立新（Wang Lixin，音译）表示: a person named right after the noun the parse made the cue's subject, with
   * only a note in brackets before the cue, is that noun's apposition and speaks (the segmenter may have cut the name
   * into words the parse did not read as one).
   */
  private static Optional<Referent> apposedName(Article article, TaggedSentence s, int head, AttributionCues.Hit hit) {
    int after = s.tokens().get(head).span().end();
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor() && r.span().begin() == after
            && r.span().end() <= hit.span().begin()
            && NOTE_ONLY.matcher(article.text().substring(r.span().end(), hit.span().begin())).matches())
        .findFirst();
  }

  /** The speaker of the last attribution in an earlier sentence of {@code s}'s paragraph, if no name stands between. */
  private static Optional<Attribution> earlierInParagraph(Article article, TaggedSentence s,
      List<Attribution> earlier) {
    Optional<Span> paragraph = article.body().stream().map(p -> p.span())
        .filter(p -> p.contains(s.sentence().span())).findFirst();
    if (paragraph.isEmpty() || earlier.isEmpty()) {
      return Optional.empty();
    }
    Attribution last = earlier.get(earlier.size() - 1);
    TaggedSentence said = last.sentence();
    if (said.index() >= s.index() || !paragraph.get().contains(said.sentence().span()) || last.speaker().author()) {
      return Optional.empty();
    }
    // A person or organization named after that attribution may be who the sentence goes on about.
    boolean named = article.sentences().subList(said.index() + 1, s.index()).stream()
        .anyMatch(o -> o.referents().stream().anyMatch(r -> !r.anaphor()
            && (r.type() == EntityType.PERSON || r.type().isOrganization())));
    return named ? Optional.empty() : Optional.of(last);
  }

  /**
   * 对, 向 or 跟 as a preposition, or a verb of answering (回应, 回复, 答复; the tagger often takes 回应 for a noun)
   * with the one spoken to between it and the cue.
   */
  private static boolean addresses(TaggedSentence s, int t, int cue) {
    Token token = s.tokens().get(t);
    return token.word().matches("对|向|跟") && token.pos().equals("P")
        || token.word().matches("回应|回复|答复") && token.pos().matches("V.*|NN") && t + 1 < cue;
  }

  /**
   * X在致Y的信中称 / X在声明中表示 / X在接受Z采访时说: a frame 在…中/上/时 right before the cue says where or when X
   * spoke; the speaker is the last person or organization before 在, not one named inside the frame (the letter's
   * addressee, the interviewer).
   */
  private static Optional<Referent> beforeFrame(TaggedSentence s, int from, int cue) {
    int frame = from;
    while (frame < cue && !(s.tokens().get(frame).word().equals("在") && s.tokens().get(frame).pos().equals("P"))) {
      frame++;
    }
    int last = cue - 1;
    while (last > frame && s.tokens().get(last).pos().equals("AD")) {
      last--;
    }
    if (frame >= cue || last <= frame || !s.tokens().get(last).word().matches("中|上|时|里")) {
      return Optional.empty();
    }
    return agents(s, from, frame).stream().filter(r -> !isModifier(s, r)).reduce((a, b) -> b);
  }

  /**
   * A Chinese proper noun (NR) that no entity holds, opening tokens [from, to) after a time or an adverb and followed
   * by neither 的 nor a conjunction: the subject of the clause.
   */
  private Optional<Claimant> unknownOpeningName(TaggedSentence s, int from, int to) {
    int opening = from;
    while (opening < to && s.tokens().get(opening).pos().matches("NT|AD|PU")) {
      opening++;
    }
    int nameEnd = opening;
    while (nameEnd < to && s.tokens().get(nameEnd).pos().equals("NR") && isName(s, nameEnd, "POS")) {
      nameEnd++;
    }
    if (nameEnd == opening || nameEnd >= to || s.tokens().get(nameEnd).word().matches("[的之、和与及]")) {
      return Optional.empty();
    }
    if (nameEnd == opening + 1 && clippedGroup(s, opening)) {
      nameEnd++;
    }
    return Optional.of(new Claimant(Optional.empty(), s.text(opening, nameEnd)));
  }

  /** Ordinals and "other" that introduce one more member of a group: the other source, a third source. */
  private static final Pattern ANOTHER_MEMBER =
      Pattern.compile("(?i)other|another|second|third|fourth|fifth|sixth|separate|different");

  /** What may follow a described source's noun before the cue: its access to what it tells. */
  private static final Pattern ACCESS = Pattern.compile("(?i)(familiar with|(with|who (has|had|have)) (direct |"
      + "firsthand |first-hand |some )?knowledge (of|about)|briefed (on|about)|close to|involved in|aware of|"
      + "knowledgeable about|privy to|with (direct )?access to)\\b[^,;:\"“”]*");

  /**
   * English described sources before the cue: "…, two sources familiar with the matter said", "One of the sources
   * said", "The other source said", "a person with knowledge of the plans told X", "Chinese media have said". The
   * phrase (determiner or number, a group noun, and what says how it knows) is the claimant, whatever the parse
   * made of it. A bare "the source", "the people" refers back and is left to that rule.
   */
  private Optional<Speaker> describedSource(Article article, TaggedSentence s, int from, int cue, boolean early) {
    List<Token> tokens = s.tokens();
    if (cue <= from || !tokens.get(cue).word().chars().allMatch(c -> c < 128)) {
      return Optional.empty();
    }
    int begin = from;
    while (begin < cue && tokens.get(begin).pos().matches("CC|RB|IN")) {
      begin++; // "and", "while", "but": the clause's conjunction is not the group
    }
    int end = cue;
    while (end > begin && tokens.get(end - 1).word().matches("(?i)have|has|had|also|later|earlier|previously|"
        + "separately|both|all")) {
      end--; // "Chinese media have said", "the people also said"
    }
    int head = begin;
    while (head < end && !(tokens.get(head).pos().startsWith("NN") && groups.isGroupHead(tokens.get(head).word()))) {
      Token t = tokens.get(head);
      boolean modifier = t.pos().matches("DT|CD|JJ[RS]?|PRP\\$") || t.word().equalsIgnoreCase("of")
          || t.pos().equals("NN") && t.word().matches("[a-z]+"); // state media, industry sources
      if (!modifier || t.ner().matches("DATE|TIME|MONEY|PERCENT")) {
        return Optional.empty();
      }
      head++;
    }
    if (head >= end || !agents(s, begin, end).isEmpty()) {
      return Optional.empty();
    }
    String determiner = tokens.get(begin).word();
    boolean another = tokens.subList(begin, head).stream().anyMatch(t -> ANOTHER_MEMBER.matcher(t.word()).matches());
    if (determiner.matches("(?i)the|these|those|this|that") && !another) {
      return Optional.empty(); // the source said, the people said: someone named before
    }
    int tailBegin = tokens.get(head).span().end();
    int phraseEnd = tokens.get(end - 1).span().end();
    String tail = s.span(head + 1, end).of(article.text()).strip();
    if (head + 1 < end && !ACCESS.matcher(tail).matches() || early && head + 1 == end && !another) {
      return Optional.empty();
    }
    String description = article.text().substring(tokens.get(begin).span().begin(),
        head + 1 < end ? phraseEnd : tailBegin).strip();
    return Optional.of(new Speaker(new Claimant(Optional.empty(), description), FALLBACK, false));
  }

  /**
   * English "“…,” said one analyst": after a quotation or comma, the noun phrase right after the cue speaks when the
   * parse gave the cue no subject.
   */
  private Optional<Speaker> afterCue(Article article, TaggedSentence s, AttributionCues.Hit hit) {
    List<Token> tokens = s.tokens();
    if (hit.head() == 0 || !tokens.get(hit.head() - 1).word().matches("''|\"|”|,") || hit.end() >= tokens.size()
        || !tokens.get(hit.end()).word().chars().allMatch(c -> c < 128)) {
      return Optional.empty();
    }
    int last = -1;
    for (int t = hit.end(); t < tokens.size() && tokens.get(t).pos().matches("DT|CD|JJ|NN.*|PRP\\$?"); t++) {
      if (tokens.get(t).pos().matches("NN.*|PRP")) {
        last = t;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    return ofPhrase(article, s, last, new TokenRange(hit.end(), last + 1), FALLBACK);
  }

  /**
   * X当天致函…，要求…: a cue whose clause has no subject shares the subject of the sentence's first verb, the person
   * or organization (not a modifier) named before that verb in the first clause (after a clause of time).
   */
  private static Optional<Speaker> sentenceSubject(TaggedSentence s, int clause) {
    // 今年3月，X对Y提起诉讼，指控…: a clause that only dates the sentence comes before its first clause.
    int start = 0;
    while (start < clause && s.tokens().get(start).pos().matches("NT|CD|OD|M|LC|P|AD")) {
      start++;
    }
    start = start > 0 && start < clause && s.tokens().get(start).word().matches("[，,]") ? start + 1 : 0;
    int verb = start;
    while (verb < clause && !s.tokens().get(verb).pos().startsWith("V")) {
      verb++;
    }
    if (verb >= clause || clauseStart(s, verb) != start) {
      return Optional.empty();
    }
    List<Referent> named = agents(s, start, verb).stream().filter(r -> !isModifier(s, r)).toList();
    // A party or state before a legislator's name qualifies the person: persons first. Else the first organization:
    // one after it is the object of a verb in a relative clause (对与X有合作的供应商提起诉讼).
    return named.stream().filter(r -> r.type() == EntityType.PERSON).reduce((a, b) -> b)
        .or(() -> named.stream().findFirst())
        .map(r -> new Speaker(claimantOf(r, s), FALLBACK, false));
  }

  /**
   * "Acme is cutting prices, claiming its chip is faster": an English participle cue right after a comma shares the
   * subject of the clause it closes, the named subject of the last verb before the comma (the parse often attaches the
   * participle elsewhere). A subject naming nobody speaks as its noun phrase does (several unions sued the landlord,
   * alleging that …: the described group).
   */
  private Optional<Speaker> participleSubject(Article article, TaggedSentence s, int cue) {
    List<Token> tokens = s.tokens();
    if (cue < 2 || !tokens.get(cue).pos().equals("VBG") || !tokens.get(cue - 1).word().equals(",")) {
      return Optional.empty();
    }
    for (int verb = cue - 2; verb >= 0 && !ClaimText.isClauseBreak(tokens.get(verb).word()); verb--) {
      if (!tokens.get(verb).pos().startsWith("VB")) {
        continue;
      }
      Optional<Integer> subject = s.subjectOf(verb);
      if (subject.isEmpty()) {
        continue;
      }
      Span subjectSpan = tokens.get(subject.get()).span();
      Optional<Speaker> named = agents(s, 0, cue).stream()
          .filter(r -> r.span().overlaps(subjectSpan) && !isModifier(s, r)).findFirst()
          .map(r -> new Speaker(claimantOf(r, s), FALLBACK, false));
      if (named.isPresent() || !tokens.get(subject.get()).pos().startsWith("NN")) {
        return named;
      }
      TokenRange phrase = s.nounPhrase(subject.get());
      return ofPhrase(article, s, subject.get(), new TokenRange(phrase.begin(), Math.min(phrase.end(), verb)), FALLBACK)
          .filter(r -> groups.endsWithGroupHead(r.claimant().description()));
    }
    return Optional.empty();
  }

  /**
   * "Acme Robotics, launched in 2019 by former Initech engineer Jane Doe, said on Tuesday that …": an English cue right
   * after the comma that closes an apposition speaks for the name the apposition describes, the first person or
   * organization of the sentence, with no verb before it and a comma right after it. The parse often makes the
   * participle the main verb there and leaves the cue no subject.
   */
  private static Optional<Speaker> apposedOpeningName(TaggedSentence s, int from) {
    List<Token> tokens = s.tokens();
    if (from < 3 || !tokens.get(from - 1).word().equals(",")) {
      return Optional.empty();
    }
    // Not the agency of a dateline (PARIS, May 24 (Globe News) - Acme, …), in brackets before the dash.
    Optional<Referent> first = agents(s, 0, from - 1).stream()
        .filter(r -> !isModifier(s, r) && !bracketed(tokens, s.tokenAt(r.span().begin()))).findFirst();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int begin = s.tokenAt(first.get().span().begin());
    int after = s.tokenAt(first.get().span().end() - 1) + 1;
    boolean english = tokens.get(begin).word().chars().allMatch(c -> c < 128);
    if (!english || after >= from - 1 || !tokens.get(after).word().equals(",")
        || tokens.subList(0, begin).stream().anyMatch(t -> t.pos().startsWith("V") || t.word().matches("[.;:]"))) {
      return Optional.empty();
    }
    return Optional.of(new Speaker(claimantOf(first.get(), s), FALLBACK, false));
  }

  private static boolean bracketed(List<Token> tokens, int at) {
    return at > 0 && tokens.get(at - 1).word().matches("\\(|-LRB-");
  }

  /**
   * The speaker named by the noun phrase of tokens [from, to) that ends right before 对 or 向: what the phrase
   * names, else the phrase itself when it ends in a common noun (an institution no lexicon knows).
   */
  private Optional<Speaker> unnamedBefore(Article article, TaggedSentence s, int from, int to) {
    if (to - 1 < from || !s.tokens().get(to - 1).pos().equals("NN")
        || s.tokens().subList(from, to).stream().anyMatch(k -> k.pos().matches("PN|NT|AD|P"))) {
      return Optional.empty();
    }
    return ofPhrase(article, s, to - 1, new TokenRange(from, to), FALLBACK).or(() -> {
      String description = s.text(from, to).strip();
      return description.length() < 2 ? Optional.empty()
          : Optional.of(new Speaker(new Claimant(Optional.empty(), description), FALLBACK, false));
    });
  }

  /**
   * The speaker a noun phrase names: the person or organization on its head, else its last one that does not only
   * modify the head; the owner of a document or spokesperson; the author for 我们; a described group.
   */
  Optional<Speaker> ofPhrase(Article article, TaggedSentence s, int head, TokenRange phrase, double confidence) {
    if (s.tokens().get(head).ner().matches("DATE|TIME")) {
      return Optional.empty(); // "…, a source said in October": a date is never a speaker
    }
    String word = s.tokens().get(head).word();
    Span headSpan = s.tokens().get(head).span();
    List<Referent> agents = agents(s, phrase.begin(), phrase.end());
    if (nouns.speaksForOwner(word)) {
      // OpenAI的报告称 / the company's statement said / a spokesperson for Google said: the owner speaks.
      Optional<Speaker> owner = ownerOf(s, head, agents).map(c -> new Speaker(c, c.entityKey().isPresent()
          ? confidence : FALLBACK, false));
      if (owner.isPresent()) {
        return owner;
      }
      int described = clauseStart(s, head);
      if (described < phrase.begin() && s.tokens().subList(described, phrase.begin()).stream()
          .noneMatch(t -> t.pos().matches("N.*|PN|PRP.*|CD"))) {
        described = phrase.begin(); // "…, according to the report": a frame without a noun describes no document
      }
      String ownerWords = s.text(described, head).strip();
      if (ownerWords.equals(BARE_COMPANY)
          || nouns.kindOf(ownerWords).orElse(null) == SpeakerNouns.Kind.ORGANIZATION_REFERENCE) {
        // 该公司发言人表示 / 公司方面称: the organization the report is about speaks, never a person named nearby.
        int at = s.tokens().get(described).span().begin();
        return nearestOf(article, s, at, r -> r.type().isOrganization(), 1)
            .or(() -> mostNamedOrganization(article, s, at)).map(c -> new Speaker(c, NEARBY, false));
      }
      Optional<String> issuers = describedIssuers(s, described, head);
      if (issuers.isPresent()) {
        // 相关部门日前公布的数据显示, 有机构数据显示: unnamed issuers described as a group speak as that group.
        return Optional.of(new Speaker(new Claimant(Optional.empty(), issuers.get()), FALLBACK, false));
      }
      if (DATA.contains(word)
          && s.tokens().subList(described, head).stream().allMatch(t -> t.pos().matches("P|AD|PU"))) {
        return Optional.empty(); // 数据显示，…: figures whose source is not given are the report's own narration
      }
      Optional<Claimant> conductor = conductorOf(s, described, head);
      if (conductor.isPresent()) {
        // 招聘平台X针对…进行的调研显示: the study speaks for whoever conducted it (guidelines 8.3).
        return Optional.of(new Speaker(conductor.get(), FALLBACK, false));
      }
      Optional<String> title = ownTitle(s, described, head);
      if (title.isPresent()) {
        // 《2030年某行业发展报告》显示 / 据《某某白皮书》，…: a titled document with no issuer named is its own claimant.
        return Optional.of(new Speaker(new Claimant(Optional.empty(), title.get()), FALLBACK, false));
      }
      boolean hasDescription = s.tokens().subList(described, head).stream()
          .anyMatch(t -> t.pos().matches("V.*|DEG|DEC|IN"));
      if (hasDescription && nouns.kindOf(word).orElse(null) == SpeakerNouns.Kind.DOCUMENT) {
        // 一项发表于《自然》的研究发现…: a described document with no owner named is its own claimant.
        String description = s.text(described, head + 1).strip();
        return Optional.of(new Speaker(new Claimant(Optional.empty(), description), FALLBACK, false));
      }
      int phraseAt = s.tokens().get(phrase.begin()).span().begin();
      if (RESEARCH.contains(word) && !researchIntroduced(article, s, head)) {
        // 据X报道，…。但研究表明…: a study nobody was said to make is research in general, not the last outlet's.
        String description = s.text(described, head + 1).strip();
        return Optional.of(new Speaker(new Claimant(Optional.empty(), description), FALLBACK, false));
      }
      Optional<Claimant> outlet = outletOfNewsReport(article, s, word, phraseAt);
      if (outlet.isPresent()) {
        return Optional.of(new Speaker(outlet.get(), NEARBY, false));
      }
      if (nouns.kindOf(word).orElse(null) == SpeakerNouns.Kind.SPOKESPERSON && described == head) {
        // 发言人表示 with nobody named close by: the organization the article names most speaks through its
        // spokesperson, else the spokesperson is the claimant as described; the statement is not lost.
        return nearest(article, s, phraseAt, true).or(() -> mostNamedOrganization(article, s, phraseAt))
            .or(() -> Optional.of(new Claimant(Optional.empty(), word))).map(r -> new Speaker(r, NEARBY, false));
      }
      return nearest(article, s, phraseAt, true).map(r -> new Speaker(r, NEARBY, false));
    }
    Optional<Referent> onHead = agents.stream().filter(r -> r.span().overlaps(headSpan)).findFirst()
        .map(r -> titledPersonAfter(s, r, agents).orElse(r));
    if (onHead.isEmpty() && !s.titlesIn(head, head + 1).isEmpty()
        && agents.stream().noneMatch(r -> r.type() == EntityType.PERSON)) {
      // 张三，某公司创始人兼CEO，表示…: a title set off by commas stands for the person named right before it.
      Optional<Referent> person = apposed(s, phrase.begin());
      if (person.isPresent()) {
        return Optional.of(new Speaker(claimantOf(person.get(), s), confidence, false));
      }
    }
    if (onHead.isEmpty() && s.tokens().get(head).ner().equals("TITLE")
        && agents.stream().noneMatch(r -> r.type() == EntityType.PERSON)) {
      // 参议员X（…）和Y在信中写道: the parse may head the subject with the title; the person named right after it speaks.
      Optional<Referent> person = namedAfterTitle(s, head);
      if (person.isPresent()) {
        return Optional.of(new Speaker(claimantOf(person.get(), s), confidence, false));
      }
    }
    if (onHead.isEmpty() && !s.titlesIn(head, head + 1).isEmpty()) {
      // Initech's chief executive said, 星海科技的CEO表示: the post's one known holder, before the noun reads as a group
      Optional<Claimant> holder = agents.stream().filter(r -> r.type().isOrganization() && r.span().end() <= headSpan
          .begin()).reduce((a, b) -> b).flatMap(org -> postHolder(article, s, org, agents, head + 1));
      if (holder.isPresent()) {
        return Optional.of(new Speaker(holder.get(), confidence, false));
      }
    }
    // 欧盟各国部长 / Administration officials: a group of people headed by a group noun, not the organization.
    // Nvidia's chief executive, Jensen Huang: a person named in the phrase is who the noun describes.
    // Seventy percent of executives told …, most of the analysts said: a share of a group speaks as that group.
    boolean shareOfGroup = SHARE.matcher(word).matches() && shareOfGroup(s, head, phrase);
    // 应届/生: the segmenter may cut a group noun's agentive last character off; the two words make the head.
    boolean groupHead = groups.isGroupHead(word) || groups.isGroupHead(clippedHead(s, head))
        || groups.isOrganizationNoun(word) && countedAsMany(s, phrase.begin(), head)
        || groups.isPeoplePlural(word, s.tokens().get(head).pos());
    boolean group = onHead.isEmpty() && (groupHead || shareOfGroup) && !FIRST_PERSON.contains(word)
        && agents.stream().noneMatch(r -> r.type() == EntityType.PERSON && !hyphenated(s, r));
    Optional<Referent> chosen = group ? Optional.empty()
        : onHead.or(() -> personOfAffiliation(s, agents))
            .or(() -> agents.stream().reduce((a, b) -> b).filter(r -> !isModifier(s, r)));
    if (chosen.isPresent()) {
      Claimant claimant = postHolder(article, s, chosen.get(), agents, phrase.end())
          .orElseGet(() -> claimantOf(chosen.get(), s));
      return Optional.of(new Speaker(claimant, confidence, false));
    }
    if (FIRST_PERSON.contains(word)) {
      // With no byline the first person is nobody known, unless a speaker's heading says who (CueClaimExtractor).
      return Optional.of(article.author().map(a -> new Speaker(a, confidence, true))
          .orElse(new Speaker(new Claimant(Optional.empty(), word), confidence, true)));
    }
    if (groupHead || shareOfGroup) {
      int begin = phrase.begin();
      int clause = clauseStart(s, head);
      if (begin > clause && (s.tokens().get(begin - 1).word().equals("的") || opensInsideBracket(s, begin, head))) {
        // 接近该公司的人士: the relative clause before 的 is part of the group's description, 据 or an adverb is not;
        // so is a quoted name and its romanization (了解“X计划”(X Plan)的人士), which the parse may cut at the bracket.
        begin = clause;
        while (begin < phrase.begin() && s.tokens().get(begin).pos().matches("P|AD|NT|PU|CC")) {
          begin++;
        }
      }
      while (begin < head && s.tokens().get(begin).pos().equals("IN")) {
        begin++; // Despite a chorus of people saying …: the preposition governing the phrase is not the group
      }
      if (begin == head) {
        begin = englishNounRunStart(s, head); // a paper by the X team frames…: the parse may cut names off
      }
      String description = s.text(begin, phrase.end()).replaceAll("^[，,、：:\\s]+", "")
          .replaceFirst(",.*$", "").strip(); // An agency official, who asked not to be named: the noun phrase
      if (!description.isEmpty()) {
        // Analysts at Morgan Stanley, researchers from Google: the group stands for its organization (guidelines 8.3).
        Optional<String> organization = agents.stream()
            .filter(r -> r.type().isOrganization() && r.span().begin() > headSpan.end() && !r.anaphor()
                && !isModifier(s, r)) // people familiar with X's plans are not X's people
            .filter(r -> s.tokenAt(r.span().begin()) > 0
                && s.tokens().get(s.tokenAt(r.span().begin()) - 1).word().matches("(?i)at|from|of|with"))
            .findFirst().map(Referent::entityKey);
        if (organization.isEmpty() && STAFF.stream().anyMatch(description::endsWith)) {
          organization = employerOf(s, phrase, headSpan);
        }
        return Optional.of(new Speaker(new Claimant(organization, description), confidence, false));
      }
    }
    if (phrase.end() - phrase.begin() <= 2) {
      Optional<Claimant> named = personNamedWith(article, s, head);
      if (named.isPresent()) {
        return Optional.of(new Speaker(named.get(), NEARBY, false));
      }
    }
    return article.knownNameIn(s.span(phrase.begin(), phrase.end())).or(() -> namedByCoreNlp(s, phrase))
        .map(c -> new Speaker(c, FALLBACK, false));
  }

  /**
   * Where the English noun run ending at the group noun {@code head} starts (the Acme Labs team, the safety team): the
   * nouns, adjectives and names right before it and their determiner, which the parse may attach elsewhere.
   */
  static int englishNounRunStart(TaggedSentence s, int head) {
    List<Token> tokens = s.tokens();
    int begin = head;
    while (begin > 0 && tokens.get(begin - 1).pos().matches("NNP?S?|JJ")
        && tokens.get(begin - 1).word().matches("[A-Za-z][A-Za-z-]*")
        && !tokens.get(begin - 1).ner().matches("DATE|TIME|DURATION|SET|NUMBER|ORDINAL")
        && !attachedToVerb(s, begin - 1)) {
      begin--; // never a date's words (last week analysts said), which hang on the verb
    }
    if (begin < head && begin > 0 && tokens.get(begin - 1).pos().equals("DT")) {
      begin--;
    }
    return begin;
  }

  /** Whether the parse hangs token {@code t} on a verb, as an adverbial of time or place, not on a noun. */
  private static boolean attachedToVerb(TaggedSentence s, int t) {
    return s.sentence().dependencies().stream().anyMatch(d -> d.dependent() == t && d.governor() >= 0
        && s.tokens().get(d.governor()).pos().startsWith("V"));
  }

  /** Prepositions that tie a person to the organization after them: Professor Jane Doe from the University of X. */
  private static final Pattern AFFILIATION = Pattern.compile("(?i)from|of|at");

  /**
   * "Professor Jane Doe from the University of X, who led the work, said": a phrase the parse heads on a title before
   * the name ends with the person's organization, which is only their affiliation; the person named before it speaks.
   */
  private static Optional<Referent> personOfAffiliation(TaggedSentence s, List<Referent> agents) {
    if (agents.size() < 2) {
      return Optional.empty();
    }
    Referent last = agents.get(agents.size() - 1);
    int before = s.tokenAt(last.span().begin()) - 1;
    if (before >= 0 && s.tokens().get(before).pos().equals("DT")) {
      before--;
    }
    if (!last.type().isOrganization() || before < 0 || !AFFILIATION.matcher(s.tokens().get(before).word()).matches()) {
      return Optional.empty();
    }
    Referent previous = agents.get(agents.size() - 2);
    return previous.type() == EntityType.PERSON && !isModifier(s, previous)
        && s.tokenAt(previous.span().end() - 1) == before - 1 ? Optional.of(previous) : Optional.empty();
  }

  /**
   * "said Acme Robotics Director Jane Doe": when the parser heads the phrase on the organization, the person its title
   * belongs to, named right after the organization and the title, is the speaker.
   */
  private static Optional<Referent> titledPersonAfter(TaggedSentence s, Referent head, List<Referent> agents) {
    if (!head.type().isOrganization()) {
      return Optional.empty();
    }
    int after = s.tokenAt(head.span().end() - 1) + 1;
    return agents.stream().filter(r -> r.type() == EntityType.PERSON && r.span().begin() >= head.span().end())
        .findFirst().filter(person -> {
          int at = s.tokenAt(person.span().begin());
          return at > after && s.titlesIn(after, at).stream().mapToInt(t -> t.span().length()).sum() > 0
              && s.tokens().subList(after, at).stream().allMatch(t -> t.word().matches("[A-Z][\\w-]*|of|and|&"));
        });
  }

  /**
   * "a memo sent by Initech co-presidents Ann Lee and Bob Diaz": an organization that only modifies the noun right
   * before a person's name (a compound on that common noun, however the parse attaches the name) names whose post it
   * is, not who speaks: the person named after it does.
   */
  private static Optional<Referent> personOfNoun(TaggedSentence s, Referent org, List<Referent> agents) {
    if (!org.type().isOrganization()) {
      return Optional.empty();
    }
    int last = s.tokenAt(org.span().end() - 1);
    List<Dependency> deps = s.sentence().dependencies();
    Optional<Integer> noun = deps.stream().filter(d -> d.dependent() == last && d.relation().equals("compound")
        && d.governor() > last && s.tokens().get(d.governor()).pos().startsWith("NN")
        && !s.tokens().get(d.governor()).pos().startsWith("NNP")).map(Dependency::governor).findFirst();
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    int n = noun.get();
    return agents.stream().filter(r -> r.type() == EntityType.PERSON && !r.anaphor()
        && s.tokenAt(r.span().begin()) == n + 1).findFirst();
  }

  /** Whether "of" and a group noun follow the share noun {@code head} in its phrase (percent of senior executives). */
  private boolean shareOfGroup(TaggedSentence s, int head, TokenRange phrase) {
    for (int t = head + 1; t + 1 < phrase.end(); t++) {
      if (s.tokens().get(t).word().equalsIgnoreCase("of")) {
        return s.tokens().subList(t + 1, phrase.end()).stream().anyMatch(k -> groups.isGroupHead(k.word()));
      }
    }
    return false;
  }

  /**
   * "the Senator argued" after "Senator Jane Doe", "Grace agreed" after "Grace Roe": an English title or a first or
   * last name alone refers to the person last named with it, in this sentence or before.
   */
  private static Optional<Claimant> personNamedWith(Article article, TaggedSentence s, int head) {
    String word = s.tokens().get(head).word();
    if (!word.matches("[A-Z][a-z]+")) {
      return Optional.empty();
    }
    int offset = s.tokens().get(head).span().begin();
    for (int i = s.index(); i >= 0; i--) {
      TaggedSentence in = article.sentences().get(i);
      Referent best = null;
      for (Referent r : in.referents()) {
        if (r.anaphor() || r.type() != EntityType.PERSON || (i == s.index() && r.span().end() > offset)) {
          continue;
        }
        List<String> names = List.of(r.span().of(article.text()).split(" "));
        int first = in.tokenAt(r.span().begin());
        boolean titled = first > 0 && in.tokens().get(first - 1).word().equalsIgnoreCase(word);
        if (names.size() > 1 && (names.get(0).equals(word) || names.get(names.size() - 1).equals(word) || titled)) {
          best = r;
        }
      }
      if (best != null) {
        return Optional.of(claimantOf(best, in));
      }
    }
    return Optional.empty();
  }

  /**
   * Who owns the document or spokesperson noun {@code head}, named in its phrase: before the noun in its clause
   * (X发布的报告), after it (a report by X), or in a participle clause on it (The report, published by X,); else a
   * name no lexicon knows before the noun (IDC的一份报告).
   */
  private Optional<Claimant> ownerOf(TaggedSentence s, int head, List<Referent> inPhrase) {
    Span headSpan = s.tokens().get(head).span();
    // X致参议员Y的信中称: who a letter is addressed to (after 致, 给, 向) did not write it.
    int from = clauseStart(s, head);
    int addressed = from;
    while (addressed < head && !(s.tokens().get(addressed).word().matches(ADDRESSED_TO)
        && !followsAccording(s, addressed))) {
      addressed++;
    }
    List<Referent> around = new ArrayList<>(agents(s, from, addressed).stream().filter(r -> !publishedIn(s, r))
        .toList());
    // a spokesperson for Northwind, one of Orion's customers: the first name after the noun, not a possessive in an
    // apposition to it, nor whom it is addressed to (a letter to Congress from X).
    Optional<Referent> named = inPhrase.stream().filter(r -> r.span().begin() >= headSpan.end() && !isModifier(s, r))
        .filter(r -> !addressedTo(s, r))
        .findFirst().map(r -> personOfNoun(s, r, inPhrase).orElse(r));
    named.ifPresent(around::add);
    // a memo sent by X and Y, engineer Z has…: with the issuer named in the phrase, the participle clause on the noun
    // (which the parse may stretch over an apposition past the phrase) adds no later name.
    for (int t : named.isPresent() ? Set.<Integer>of() : describingClause(s, head)) {
      agents(s, t, t + 1).stream().filter(r -> !around.contains(r) && !publishedIn(s, r)).forEach(around::add);
    }
    Optional<Referent> owner = around.stream().reduce((a, b) -> b);
    if (owner.isPresent()) {
      return Optional.of(claimantOf(owner.get(), s));
    }
    int before = from;
    while (before < head && !s.tokens().get(before).word().matches(PUBLISHED)) {
      before++; // …发表于《X》的研究: a name from the publication on is where it appeared
    }
    if (head + 1 < s.tokens().size() && s.tokens().get(head + 1).word().equals("》")) {
      int open = head - 1;
      while (open >= from && !s.tokens().get(open).word().equals("《")) {
        open--;
      }
      // 《2025年中国某行业报告》: a place in the title of a document is what it is about, not who issued it
      before = open >= from ? Math.min(before, open) : before;
    }
    return namedByCoreNlp(s, new TokenRange(from, before), true);
  }

  /**
   * 招聘平台X针对…进行的调研 / X开展的调查: the subject of the verb of conducting or issuing in the relative clause
   * before the document noun at {@code head}, when it is a name no lexicon knows (the tagger may read it as a common
   * noun); a group or an organization noun (相关机构发布的数据) is no name, and is read as a described issuer.
   */
  private Optional<Claimant> conductorOf(TaggedSentence s, int from, int head) {
    int relative = head - 1;
    while (relative > from && !s.tokens().get(relative).pos().equals("DEC")) {
      relative--;
    }
    int verb = relative - 1;
    if (verb <= from || !s.tokens().get(relative).pos().equals("DEC")
        || !s.tokens().get(verb).word().matches(CONDUCTING)) {
      return Optional.empty();
    }
    Optional<Integer> subject = s.subjectOf(verb).filter(t -> t >= from && t < verb);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Token name = s.tokens().get(subject.get());
    if (!name.pos().matches("NN|NR") || name.word().length() < 2 || !s.tags().get(subject.get()).equals("O")
        || groups.isGroupHead(name.word()) || groups.isOrganizationNoun(name.word())
        || nouns.kindOf(name.word()).isPresent() || name.word().equals(BARE_COMPANY)) {
      return Optional.empty();
    }
    return Optional.of(new Claimant(Optional.empty(), name.word()));
  }

  /**
   * The title of a document named in title marks that end right after its noun at {@code head} (《某某研究报告》),
   * when nothing but a date or 一份/该 stands before the marks in tokens [from, head): the title without its marks.
   */
  private static Optional<String> ownTitle(TaggedSentence s, int from, int head) {
    List<Token> tokens = s.tokens();
    if (head + 1 >= tokens.size() || !tokens.get(head + 1).word().equals("》")) {
      return Optional.empty();
    }
    int open = head - 1;
    int earliest = Math.max(0, from - 1); // the noun phrase of the parse may leave the opening mark out
    while (open >= earliest && !tokens.get(open).word().equals("《")) {
      open--;
    }
    if (open < earliest || open + 1 > head - 1 || tokens.subList(Math.min(from, open), open).stream()
        .anyMatch(t -> !t.pos().matches("NT|CD|M|DT|P|AD|PU"))) {
      return Optional.empty();
    }
    return Optional.of(s.text(open + 1, head + 1).strip());
  }

  /**
   * Whether a study was introduced before the bare research noun at {@code head}: a research noun earlier in its
   * sentence or in the sentence before (某大学发布了一项研究。研究发现…), so the study is the one that party made.
   */
  private static boolean researchIntroduced(Article article, TaggedSentence s, int head) {
    boolean before = s.tokens().subList(0, head).stream().anyMatch(t -> RESEARCH.contains(t.word()));
    return before || article.previous(s).map(p -> p.tokens().stream().anyMatch(t -> RESEARCH.contains(t.word())))
        .orElse(false);
  }

  /**
   * 一项发表于《某期刊》的研究 / a study published in Some Journal: the journal or outlet a document appeared in is
   * where it was published, not who wrote it.
   */
  private static boolean publishedIn(TaggedSentence s, Referent r) {
    int t = s.tokenAt(r.span().begin());
    while (t > 0 && s.tokens().get(t - 1).word().matches("[《〈“「\"]")) {
      t--;
    }
    if (t < 2) {
      return false;
    }
    String preposition = s.tokens().get(t - 1).word();
    String verb = s.tokens().get(t - 2).word();
    return preposition.matches("于|在|(?i)in") && verb.matches(PUBLISHED) || preposition.matches("刊于|载于|发表于|刊登于");
  }

  /** Whether token {@code t} is the "to" of "according to a Globe News report": a source frame, not an address. */
  private static boolean followsAccording(TaggedSentence s, int t) {
    return t > 0 && s.tokens().get(t - 1).word().equalsIgnoreCase("according");
  }

  /** Whether a preposition of address (to, 致) stands before the name, past its determiners: to the Senate. */
  private static boolean addressedTo(TaggedSentence s, Referent r) {
    int t = s.tokenAt(r.span().begin()) - 1;
    while (t >= 0 && s.tokens().get(t).pos().matches("DT|JJ|PRP\\$")) {
      t--;
    }
    return t >= 0 && s.tokens().get(t).word().matches(ADDRESSED_TO);
  }

  /**
   * 两家公司在诉状中指控…。诉状称…: the speaker of a statement made "in" the document at {@code t} (在…中, 在…里),
   * whoever they are, as its issuer; a described group has no name for the owner search to find.
   */
  private static Optional<Claimant> framedIssuer(TaggedSentence in, int t, List<Attribution> earlier) {
    if (t == 0 || t + 1 >= in.tokens().size() || !in.tokens().get(t - 1).word().equals("在")
        || !in.tokens().get(t + 1).word().matches("中|里")) {
      return Optional.empty();
    }
    return earlier.stream().filter(a -> a.sentence().index() == in.index() && a.hit().head() > t
        && !a.speaker().author()).findFirst().map(a -> a.speaker().claimant());
  }

  /**
   * 该报告指出 / 报道称 / The report warned: who issued the document named before. The owner of the last mention of
   * the same word in this or the three sentences before (IDC的一份报告, a report by X; 路透社报道说, 据X报道 for the verb),
   * else the speaker of the last statement in that reach if it can issue one: an organization, and for a news report
   * (报道) a media organization.
   */
  private Optional<Claimant> documentIssuer(Article article, TaggedSentence s, int reference,
      List<Attribution> earlier) {
    String word = s.tokens().get(reference).word().toLowerCase(Locale.ROOT);
    for (int i = s.index(); i >= Math.max(0, s.index() - BACK_REFERENCE_REACH); i--) {
      TaggedSentence in = article.sentences().get(i);
      for (int t = (i == s.index() ? reference : in.tokens().size()) - 1; t >= 0; t--) {
        if (!in.tokens().get(t).word().toLowerCase(Locale.ROOT).equals(word)) {
          continue;
        }
        Optional<Claimant> owner = framedIssuer(in, t, earlier);
        if (owner.isPresent()) {
          return owner;
        }
        if (in.tokens().get(t).pos().startsWith("N")) {
          TokenRange phrase = in.nounPhrase(t);
          owner = ownerOf(in, t, agents(in, phrase.begin(), phrase.end()));
        } else {
          owner = agents(in, clauseStart(in, t), t).stream().reduce((a, b) -> b).map(r -> claimantOf(r, in));
        }
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    boolean news = NEWS_REPORT.contains(word);
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Attribution a = earlier.get(k);
      if (a.sentence().index() < s.index() - BACK_REFERENCE_REACH) {
        break;
      }
      Optional<EntityType> type = a.speaker().claimant().entityKey().flatMap(article::typeOf);
      if (a.sentence().index() <= s.index() && !a.speaker().author()
          && type.filter(x -> news ? x == EntityType.MEDIA_ORGANIZATION : x.isOrganization()).isPresent()) {
        return Optional.of(a.speaker().claimant());
      }
    }
    return Optional.empty();
  }

  /**
   * 某公司工作人员表示 / 记者致电某公司证券部，工作人员表示: the organization named before a staff noun in its phrase, else
   * the last one named before the phrase in the sentence, is who the staff speak for (guidelines 8.3).
   */
  private static Optional<String> employerOf(TaggedSentence s, TokenRange phrase, Span head) {
    List<Referent> before = agents(s, 0, phrase.begin());
    List<Referent> inPhrase = agents(s, phrase.begin(), phrase.end());
    return inPhrase.stream().filter(r -> r.type().isOrganization() && r.span().end() <= head.begin() && !r.anaphor())
        .reduce((a, b) -> b)
        .or(() -> before.stream().filter(r -> !r.anaphor()).reduce((a, b) -> b)
            .filter(r -> r.type().isOrganization()))
        .map(Referent::entityKey);
  }

  /** Whether a speaker's description is staff (工作人员, 该公司负责人): people who speak for an organization. */
  static boolean isStaff(String description) {
    return STAFF.stream().anyMatch(description::endsWith);
  }

  /**
   * Where the part of a cue's clause that may name its speaker ends: at a preposition of topic or example (以X为例,
   * 就X问题, 针对X, 围绕X, 关于X, 对于X, 结合X) with words before it, else at the cue.
   */
  static int beforeTopicFrame(TaggedSentence s, int from, int cue) {
    for (int t = from + 1; t < cue; t++) {
      Token token = s.tokens().get(t);
      if (token.pos().equals("P") && TOPIC_FRAME.contains(token.word())
          && s.tokens().subList(from, t).stream().anyMatch(k -> !k.pos().matches("AD|NT|PU|CC"))) {
        return t;
      }
    }
    return cue;
  }

  /**
   * 某某股份(600000)发布公告称 / X发表声明表示: the name before the verb that issues a document, its stock code or
   * other aside in brackets left out, is who the document speaks for, when no entity stands there (the tagger may
   * take an unknown company name for a verb).
   */
  private static Optional<Claimant> issuerBefore(Article article, TaggedSentence s, int from, int document) {
    if (document <= from || !agents(s, from, document).isEmpty() || s.tokens().subList(from, document).stream()
        .anyMatch(t -> t.pos().matches("NT|AD|PN|P|DT") || t.word().equals(BARE_COMPANY))) {
      return Optional.empty(); // 公司近日发布公告称, 其发布的报告: a reference or a time, not a name
    }
    Matcher m = ISSUED.matcher(s.text(from, document).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    int at = s.text().indexOf(name, s.tokens().get(from).span().begin() - s.sentence().span().begin());
    Span span = new Span(s.sentence().span().begin() + at, s.sentence().span().begin() + at + name.length());
    return Optional.of(article.knownNameIn(span).orElse(new Claimant(Optional.empty(), name)));
  }

  /** The person whose name ends right before the comma before token {@code begin}: 张三，[某公司CEO]. */
  /** The person named right after the title token {@code title}: 参议员|马克·沃特斯. */
  private static Optional<Referent> namedAfterTitle(TaggedSentence s, int title) {
    if (title + 1 >= s.tokens().size()) {
      return Optional.empty();
    }
    int next = s.tokens().get(title + 1).span().begin();
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor() && r.span().begin() == next)
        .findFirst();
  }

  private static Optional<Referent> apposed(TaggedSentence s, int begin) {
    if (begin < 2 || !s.tokens().get(begin - 1).word().matches("[，,]")) {
      return Optional.empty();
    }
    int name = begin - 2;
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor() && s.tokenAt(r.span().end() - 1) == name)
        .findFirst();
  }

  /** The tokens of the participle or relative clauses (acl) on token {@code head}: published by X, issued by X. */
  private static Set<Integer> describingClause(TaggedSentence s, int head) {
    Set<Integer> inside = new TreeSet<>();
    List<Integer> stack = new ArrayList<>();
    for (Dependency d : s.sentence().dependencies()) {
      if (d.governor() == head && d.relation().startsWith("acl")) {
        stack.add(d.dependent());
      }
    }
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      if (inside.add(t)) {
        s.sentence().dependencies().stream().filter(d -> d.governor() == t).forEach(d -> stack.add(d.dependent()));
      }
    }
    return inside;
  }

  /**
   * A name no entity stands for (the lexicons and the resolver missed it): the last run of tokens CoreNLP's NER
   * tagged PERSON or ORGANIZATION in the range, else its last proper noun (CTB NR, PTB NNP), as a claimant without an
   * entity.
   */
  private Optional<Claimant> namedByCoreNlp(TaggedSentence s, TokenRange range) {
    return namedByCoreNlp(s, range, false);
  }

  /**
   * Whether the name at {@code t} and the one-character noun after it are one clipped word for a group (韩/媒 for
   * 韩国媒体, 美/方): the segmenter splits such compounds, and the speaker is the group, not the place.
   */
  private boolean clippedGroup(TaggedSentence s, int t) {
    Token next = s.tokens().get(t + 1);
    return next.word().length() == 1 && next.pos().startsWith("NN")
        && groups.isGroupHead(s.tokens().get(t).word() + next.word());
  }

  /**
   * Whether the words from {@code begin} to the organization noun at {@code head} count it as many or leave it
   * unnamed on purpose: a number above one or 多/几/数 with its measure word (两家, 多家), a plural determiner (这些,
   * 各), 相关 / 有关 "concerned" (相关部门), or the existential 有 right before (有机构 "some institution").
   */
  private static boolean countedAsMany(TaggedSentence s, int begin, int head) {
    for (int t = Math.max(0, begin - 1); t < head; t++) {
      Token token = s.tokens().get(t);
      boolean counted = token.pos().equals("CD") && !token.word().matches("一|1") && t + 1 < head
          && s.tokens().get(t + 1).word().matches(ORGANIZATION_MEASURE);
      if (t >= begin && (counted || token.word().matches(MANY_ORGANIZATIONS))
          || t == head - 1 && token.word().equals(EXISTENTIAL) && token.pos().equals("VE")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The issuers of a document described before it with no name (相关部门日前公布的数据, 有机构数据): the words from
   * {@code from} to the document at {@code head}, without 据 and the verb of issuing, when they are an organization
   * noun counted as many (多家机构, 相关部门); else nothing. Unnamed people (有媒体报道称) are read as groups later.
   */
  private Optional<String> describedIssuers(TaggedSentence s, int from, int head) {
    int begin = from;
    while (begin < head && s.tokens().get(begin).pos().matches("P|AD|PU|CC")) {
      begin++;
    }
    if (begin > 0 && s.tokens().get(begin - 1).word().equals(EXISTENTIAL)
        && s.tokens().get(begin - 1).pos().equals("VE")) {
      begin--; // 有机构数据显示: the parse leaves 有 out of the subject, but it is what says the issuer is unnamed
    }
    int end = head;
    if (end > begin && s.tokens().get(end - 1).pos().equals("DEC")) {
      end--;
      if (end > begin && !s.tokens().get(end - 1).word().matches(ISSUING)) {
        return Optional.empty(); // 相关部门认可的数据: only a verb of issuing makes them the data's source
      }
      end--;
    }
    while (end > begin && s.tokens().get(end - 1).pos().matches("NT|AD|AS")) {
      end--;
    }
    int noun = end - 1;
    if (noun < begin || !s.tokens().get(noun).pos().startsWith("NN") || !agents(s, begin, end).isEmpty()
        || s.tokens().subList(begin, noun).stream().anyMatch(t -> t.pos().matches("V[VCA]|P|PU|DEG|DEC|NR"))) {
      return Optional.empty();
    }
    return groups.isOrganizationNoun(s.tokens().get(noun).word()) && countedAsMany(s, begin, noun)
        ? Optional.of(s.text(begin, end).strip()) : Optional.empty();
  }

  /**
   * A one-character noun at {@code t} with the adjective right before it (应届/JJ + 生), else the word alone. Not with
   * a noun before it: 投资/方 may be the parse's subject of a cue in the next clause, which its speaker does not say.
   */
  private static String clippedHead(TaggedSentence s, int t) {
    Token token = s.tokens().get(t);
    if (t == 0 || token.word().length() != 1 || !Languages.isHan(token.word().charAt(0))) {
      return token.word();
    }
    Token before = s.tokens().get(t - 1);
    return before.pos().equals("JJ") && before.span().end() == token.span().begin()
        ? before.word() + token.word() : token.word();
  }

  /** The same, taking a name that modifies a noun with 的 too when {@code owner} (the owner of a document). */
  private Optional<Claimant> namedByCoreNlp(TaggedSentence s, TokenRange range, boolean owner) {
    for (String kind : List.of("NER", "POS")) {
      for (int t = range.end() - 1; t >= range.begin(); t--) {
        if (!isName(s, t, kind) && !(owner && isName(s, t, kind, true))) {
          continue;
        }
        int begin = t;
        while (true) {
          if (begin > range.begin() && isName(s, begin - 1, kind)
              && (kind.equals("POS") || s.tokens().get(begin - 1).ner().equals(s.tokens().get(t).ner()))) {
            begin--;
          } else if (begin - 1 > range.begin() && s.tokens().get(begin - 1).pos().equals("HYPH")
              && isName(s, begin - 2, kind)) {
            begin -= 2; // a hyphenated name (Blue-Harbor) is one name
          } else {
            break;
          }
        }
        if (t + 1 < range.end() && clippedGroup(s, t)) {
          return Optional.of(new Claimant(Optional.empty(), s.text(begin, t + 2))); // 韩/媒报导: the Korean media
        }
        return Optional.of(new Claimant(Optional.empty(), s.text(begin, t + 1)));
      }
    }
    return Optional.empty();
  }

  /** An untagged name token (tagged ones are entities, found otherwise) that does not modify a noun with 的. */
  private static boolean isName(TaggedSentence s, int t, String kind) {
    return isName(s, t, kind, false);
  }

  private static boolean isName(TaggedSentence s, int t, String kind, boolean modifierToo) {
    boolean name = kind.equals("NER") ? s.tokens().get(t).ner().matches("PERSON|ORGANIZATION")
        : s.tokens().get(t).pos().matches("NR|NNP|NNPS");
    boolean modifier = !modifierToo && t + 1 < s.tokens().size() && s.tokens().get(t + 1).word().matches("[的之]");
    return name && !modifier && s.tags().get(t).equals("O");
  }

  /**
   * 他说 / 两人在声明中说 / she said / the company added: a back-referring subject of a cue stands for the speaker of
   * the last statement within three sentences, the way news reports chain a speaker's statements; a personal pronoun
   * only for a person and 该公司 / the company only for an organization. A person named since that statement, outside
   * its words, is who a personal pronoun means instead; with no earlier statement, the nearest person or organization
   * of the right kind is.
   */
  private Optional<Speaker> backReference(Article article, TaggedSentence s, AttributionCues.Hit hit,
      Map<Integer, DependencyRuleMatch> subjects, int from, List<Attribution> earlier) {
    int subject = -1;
    for (int t = hit.head(); t < hit.end() && subject < 0; t++) {
      DependencyRuleMatch m = subjects.get(t);
      if (m != null) {
        subject = m.node("speaker").getAsInt();
      }
    }
    boolean parsed = subject >= 0;
    int last = hit.head() - 1;
    if (parsed && subject < from && last >= from && s.tokens().get(last).pos().startsWith("NN")
        && s.tokens().get(last).word().chars().allMatch(c -> c < 128)
        && (isPersonNoun(s, last) || backReferenceKind(s, last, from).isPresent())) {
      subject = last; // "…hired two banks, the source said": the parse took a noun before the comma for the subject
    }
    if (subject < 0) {
      subject = beforeTopicFrame(s, from, hit.head()) - 1;
      while (subject >= from && s.tokens().get(subject).pos().matches("AD|RB|P|NT|NN|LC")
          && backReferenceKind(s, subject, from).isEmpty()) {
        subject--;
      }
    }
    if (subject >= from && s.tokens().get(subject).word().matches("前者|后者")) {
      Optional<Claimant> meant = formerOrLatter(article, s, s.tokens().get(subject).word().equals("后者"));
      if (meant.isPresent()) {
        return Optional.of(new Speaker(meant.get(), FALLBACK, false));
      }
    }
    // The parsed subject may stand in an earlier clause (该公司…，并称…); a guessed one must be in the cue's.
    Optional<SpeakerNouns.Kind> kind = subject < 0 || (subject < from && !parsed) ? Optional.empty()
        : backReferenceKind(s, subject, from);
    if (kind.isEmpty() && subject >= from && describesEarlierSpeaker(s, subject, from, hit.head())) {
      if (nouns.kindOf(s.tokens().get(subject).word()).orElse(null) == SpeakerNouns.Kind.DOCUMENT) {
        // A news report is else the nearest outlet's; a report nobody is said to have issued is its own
        // description (报道指出…), as a described document is.
        String described = s.text(from, subject + 1).replaceAll("^[，,、\\s]+", "").strip();
        int at = s.tokens().get(subject).span().begin();
        Optional<Claimant> outlet = outletOfNewsReport(article, s, s.tokens().get(subject).word(), at);
        return Optional.of(new Speaker(documentIssuer(article, s, subject, earlier).or(() -> outlet)
            .orElse(new Claimant(Optional.empty(), described)), FALLBACK, false));
      }
      if (isPlural(s.tokens().get(subject))) {
        Optional<Speaker> group = earlierGroup(article, s, subject);
        if (group.isPresent()) {
          return group;
        }
      }
      kind = Optional.of(SpeakerNouns.Kind.BACK_REFERENCE);
    }
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Span reference = s.tokens().get(subject).span();
    String word = s.tokens().get(subject).word();
    // A referent on the word, unless it is an entity named by the pronoun itself (a tagger's slip: "She").
    Optional<String> resolvedTo = s.referents().stream()
        .filter(r -> r.span().overlaps(reference) && !r.entityKey().equalsIgnoreCase(word))
        .map(Referent::entityKey).findFirst();
    boolean resolved = resolvedTo.isPresent();
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Attribution a = earlier.get(k);
      if (a.sentence().index() < s.index() - BACK_REFERENCE_REACH) {
        break;
      }
      if (a.sentence().index() > s.index() || a.speaker().author() || !fits(article, a, kind.get())) {
        continue;
      }
      // The resolver's coreference, which weighs subjects over names inside a clause (张三在会见李四时…。他说), may agree
      // with the chain: then a person named since in passing is not who the pronoun means.
      boolean corefAgrees = resolvedTo.isPresent() && a.speaker().claimant().entityKey().equals(resolvedTo);
      if (kind.get() != SpeakerNouns.Kind.BACK_REFERENCE && !corefAgrees) {
        // "Acme said …. The Labour Ministry ordered an audit. The company said …": a company word keeps a company
        // speaker over a body of another kind named since.
        boolean companyOnly = kind.get() == SpeakerNouns.Kind.ORGANIZATION_REFERENCE
            && COMPANY_NOUN.matcher(word).matches() && isCompany(article, a.speaker().claimant());
        Optional<Claimant> since = namedSince(article, a, s, reference.begin(), kind.get(), companyOnly);
        if (since.isPresent()) {
          return Optional.of(new Speaker(since.get(), FALLBACK, false));
        }
      }
      return Optional.of(new Speaker(a.speaker().claimant(), FALLBACK, false));
    }
    if (resolved) {
      return Optional.empty(); // the entity resolver's coreference decides
    }
    if (kind.get() == SpeakerNouns.Kind.BACK_REFERENCE && PLURAL_PRONOUNS.contains(word)) {
      Optional<Speaker> group = groupOpeningSentenceBefore(article, s);
      if (group.isPresent()) {
        return group;
      }
    }
    if (kind.get() == SpeakerNouns.Kind.BACK_REFERENCE && isPersonNoun(s, subject) && !isPlural(s.tokens().get(subject))
        && nouns.kindOf(word).orElse(null) != SpeakerNouns.Kind.DOCUMENT) {
      // 这位参议员说 with no statement before: the person named before with that same title (参议员沃伦).
      return titledPerson(article, s, reference.begin(), word).map(c -> new Speaker(c, NEARBY, false));
    }
    return switch (kind.get()) {
      case PERSON_REFERENCE -> nearestOf(article, s, reference.begin(), r -> r.type() == EntityType.PERSON,
          PERSON_REACH)
          .map(c -> new Speaker(c, NEARBY, false));
      case ORGANIZATION_REFERENCE -> firstOrganizationNearby(article, s, reference.begin())
          .or(() -> mostNamedOrganization(article, s, reference.begin()))
          .map(c -> new Speaker(c, NEARBY, false));
      default -> Optional.empty();
    };
  }

  /**
   * 这位官员说 / 这位硅谷最受关注的创业者写道 / 该报告指出 / 报道称 / the official added / the report warned: a noun for a
   * person after a demonstrative, or a document noun after one or opening its clause bare, names nobody new and
   * stands for whoever made the statement before; not when a person or organization is named in the phrase or
   * before the cue (商务部一名官员, IDC的报告, the report, published by X,); a plural noun only after 上述 or 这些, or
   * as "the people" (the analysts may be new ones).
   */
  private boolean describesEarlierSpeaker(TaggedSentence s, int t, int from, int cue) {
    Token head = s.tokens().get(t);
    boolean document = nouns.kindOf(head.word()).orElse(null) == SpeakerNouns.Kind.DOCUMENT;
    boolean person = isPersonNoun(s, t) && !FIRST_PERSON.contains(head.word());
    if (!document && !person || t >= cue || !agents(s, from, cue).isEmpty()) {
      return false;
    }
    int first = from;
    while (first < t && s.tokens().get(first).pos().matches("AD|RB|NT|PU|CC")) {
      first++;
    }
    String determiner = first < t ? s.tokens().get(first).word() : "";
    if (person && isPlural(head) && !determiner.matches("该|此|这位|这名")) {
      // 上述人士 / 这些官员 / the people (familiar with the matter): a group named before; the analysts may be new.
      return determiner.matches(GROUP_DEMONSTRATIVE) || determiner.equalsIgnoreCase("the")
          && head.word().equalsIgnoreCase("people");
    }
    boolean demonstrative = determiner.matches("该|这|此|本|(?i)the|this") || determiner.matches(GROUP_DEMONSTRATIVE);
    // 数据显示 bare: figures with no source given are the report's narration, as before data spoke for an issuer
    return demonstrative || (document && first == t && !RESEARCH.contains(head.word()) && !DATA.contains(head.word()));
  }

  /**
   * 前者 / 后者 (the former, the latter): the first or the last of the people or organizations the sentence before
   * names, when it names two or more.
   */
  private static Optional<Claimant> formerOrLatter(Article article, TaggedSentence s, boolean latter) {
    Optional<TaggedSentence> before = article.previous(s);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    TaggedSentence in = before.get();
    List<Referent> named = in.referents().stream()
        .filter(r -> !r.anaphor() && (r.type() == EntityType.PERSON || r.type().isOrganization())
            && !isModifier(in, r))
        .toList();
    if (named.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(claimantOf(named.get(latter ? named.size() - 1 : 0), in));
  }

  /**
   * The person named, in this sentence before {@code offset} or in the few before it, right after the title
   * {@code title} (参议员沃伦, 首席执行官陈立): whom 这位参议员 / 这位首席执行官 stands for; the last one so named.
   */
  /** How far before a title its lower-rank word may start: "Vice ", "Deputy ", 副. */
  private static final int LOWER_RANK_REACH = 12;
  /** A word that makes a title another, lower one: Vice President is not the President, 副总统 not 总统. */
  private static final Pattern LOWER_RANK = Pattern.compile("(?:(?i:vice|deputy|assistant|under)[ -]|副)$");

  /**
   * Whether {@code before}, the text right before a person's name, ends in {@code title} written as a title of that
   * person's own (President Jane Doe, 参议员沃伦), not a lower rank of it (Vice President Tom Roe, 副总统X).
   */
  private static boolean titledAs(String before, String title) {
    boolean latin = title.chars().allMatch(c -> c < 128); // English puts a space after the title, Chinese none
    String trimmed = latin ? before.stripTrailing() : before;
    if (!trimmed.endsWith(title)) {
      return false;
    }
    String rest = trimmed.substring(0, trimmed.length() - title.length());
    boolean wordStart = !latin || rest.isEmpty() || !Character.isLetter(rest.charAt(rest.length() - 1));
    return wordStart && !LOWER_RANK.matcher(rest).find();
  }

  private static Optional<Claimant> titledPerson(Article article, TaggedSentence s, int offset, String title) {
    String text = article.text();
    for (int i = s.index(); i >= Math.max(0, s.index() - PERSON_REACH); i--) {
      TaggedSentence in = article.sentences().get(i);
      Referent found = null;
      for (Referent r : in.referents()) {
        int from = Math.max(in.sentence().span().begin(), r.span().begin() - title.length() - LOWER_RANK_REACH);
        if (!r.anaphor() && r.type() == EntityType.PERSON && (i < s.index() || r.span().end() <= offset)
            && titledAs(text.substring(from, r.span().begin()), title)) {
          found = r;
        }
      }
      if (found != null) {
        return Optional.of(claimantOf(found, in));
      }
    }
    return Optional.empty();
  }

  /**
   * 他们都认为… with no statement before, after a sentence that opens with a described group (这两位创业者…, 两位
   * 议员…): that group, as its words describe it; the pronoun has nothing else to refer to.
   */
  private Optional<Speaker> groupOpeningSentenceBefore(Article article, TaggedSentence s) {
    Optional<TaggedSentence> before = article.previous(s);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    TaggedSentence in = before.get();
    List<Token> tokens = in.tokens();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).pos().matches("AD|CC|PU")) {
      first++;
    }
    // A demonstrative (这, 这些, 上述) or a number with its measure word (两位, 几名) opens the group's phrase.
    boolean determined = first + 1 < tokens.size() && (tokens.get(first).pos().equals("DT")
        || tokens.get(first).pos().equals("CD") && tokens.get(first + 1).pos().equals("M"));
    for (int t = first + 1; determined && t < tokens.size() && t <= first + GROUP_PHRASE_TOKENS; t++) {
      Token token = tokens.get(t);
      if (token.pos().startsWith("V")) {
        break;
      }
      boolean last = t + 1 == tokens.size() || !tokens.get(t + 1).pos().startsWith("N");
      if (token.pos().startsWith("N") && last && groups.isGroupHead(token.word())) {
        return Optional.of(new Speaker(new Claimant(Optional.empty(), in.text(first, t + 1).strip()), NEARBY, false));
      }
    }
    return Optional.empty();
  }

  /**
   * 某协会处长：… as a headline naming its speaker by title only: the person the next sentences name right after that
   * same title (某协会处长张三说), the first one.
   */
  static Optional<Claimant> titledPersonAfter(Article article, TaggedSentence s, String title) {
    String text = article.text();
    int last = Math.min(article.sentences().size() - 1, s.index() + PERSON_REACH);
    for (int i = s.index() + 1; i <= last; i++) {
      TaggedSentence in = article.sentences().get(i);
      for (Referent r : in.referents()) {
        int from = Math.max(in.sentence().span().begin(), r.span().begin() - title.length());
        if (!r.anaphor() && r.type() == EntityType.PERSON && text.substring(from, r.span().begin()).equals(title)) {
          return Optional.of(claimantOf(r, in));
        }
      }
    }
    return Optional.empty();
  }

  /** A noun for a person: a group head (官员, 创始人, analyst) or a job title (首席执行官, 参议员). */
  private boolean isPersonNoun(TaggedSentence s, int t) {
    return groups.isGroupHead(s.tokens().get(t).word()) || !s.titlesIn(t, t + 1).isEmpty();
  }

  private static boolean isPlural(Token t) {
    return t.pos().equals("NNS") || t.word().endsWith("们") || t.word().endsWith("人士");
  }

  /**
   * 上述人士称 / the people said: the group named by the same noun in this or the three sentences before (知情人士,
   * people familiar with the matter), as its phrase describes it.
   */
  private Optional<Speaker> earlierGroup(Article article, TaggedSentence s, int reference) {
    String word = s.tokens().get(reference).word();
    for (int i = s.index(); i >= Math.max(0, s.index() - BACK_REFERENCE_REACH); i--) {
      TaggedSentence in = article.sentences().get(i);
      for (int t = (i == s.index() ? s.nounPhrase(reference).begin() : in.tokens().size()) - 1; t >= 0; t--) {
        if (in.tokens().get(t).word().equalsIgnoreCase(word) && in.tokens().get(t).pos().startsWith("N")) {
          Optional<Speaker> group = ofPhrase(article, in, t, in.nounPhrase(t), FALLBACK);
          if (group.isPresent() && group.get().claimant().entityKey().isEmpty()
              && !group.get().claimant().description().matches("(?i)(" + GROUP_DEMONSTRATIVE + "|the |these ).*")) {
            return group;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "X News reported … The company is in talks …, the report said": a news report (not a formal 报告) with no owner
   * named is the outlet's that reported just before, the nearest one named in this or the two sentences before
   * {@code at}, not an organization the report is about.
   */
  private static Optional<Claimant> outletOfNewsReport(Article article, TaggedSentence s, String noun, int at) {
    return NEWS_REPORT.contains(noun.toLowerCase(Locale.ROOT))
        ? nearestOf(article, s, at, r -> r.type() == EntityType.MEDIA_ORGANIZATION, 2) : Optional.empty();
  }

  /**
   * 该公司 / the company with no earlier statement: of the nearest sentence (this one up to {@code offset}, or the one
   * before) that names an organization not as a modifier (unless it owns the subject: X的估值, X's valuation; never a
   * noun's, as in a former Google executive, nor one of two joined by and, nor a former employer: left Google), the
   * one {@link Antecedents} prefers (its subject, else the first named), which the next sentence goes on about, not
   * the partner or investor named beside it. When that sentence names organizations only in passing (none is its
   * subject or owns it: "The round was led by Initech", "rivals such as Initech"), "the company" is the one the story
   * is about, named most often (at least twice), when there is one.
   */
  private static Optional<Claimant> firstOrganizationNearby(Article article, TaggedSentence s, int offset) {
    for (int i = s.index(); i >= Math.max(0, s.index() - 1); i--) {
      TaggedSentence in = article.sentences().get(i);
      int sentence = i;
      List<Referent> fitting = in.referents().stream()
          .filter(r -> !r.anaphor() && r.type().isOrganization() && (sentence < s.index() || r.span().end() <= offset)
              && (!isModifier(in, r) || Antecedents.ownsMainSubject(in.sentence(), r.span())) && !isCoordinated(in, r)
              && !formerEmployer(in, r))
          .toList();
      Optional<Referent> antecedent = Antecedents.choose(in.sentence(), fitting, Referent::span);
      if (antecedent.isPresent()) {
        if (inPassing(in, fitting)) {
          Optional<Claimant> main = mostNamedOrganization(article, s, offset);
          if (main.isPresent()) {
            return main;
          }
        }
        return Optional.of(claimantOf(antecedent.get(), in));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code in} names its organizations only in passing: {@link Antecedents} would take none of {@code fitting}
   * for more than being named first (none is the subject, owns it, opens the main clause after a fronted phrase or is
   * a reported subject), and the first one stands after a preposition (led by X, firms like X, a deal with X, 由X领投).
   * Asked by putting before them an empty span at the sentence's end, which no test matches: {@link
   * Antecedents#choose} falls back to the first candidate only when nothing matched.
   */
  private static boolean inPassing(TaggedSentence in, List<Referent> fitting) {
    int end = in.sentence().span().end();
    Span nothing = new Span(end, end);
    List<Span> spans = new ArrayList<>();
    spans.add(nothing);
    fitting.forEach(r -> spans.add(r.span()));
    boolean fallback = Antecedents.choose(in.sentence(), spans, x -> x).map(x -> x == nothing).orElse(false);
    return fallback && !fitting.isEmpty() && afterPreposition(in, fitting.get(0));
  }

  /** Prepositions that name a party in passing: by, like, with, from, including, 由, 与, 像, 包括 (a determiner between). */
  private static final Pattern PASSING = Pattern.compile("(?i)by|like|unlike|with|from|including|than|among|alongside|"
      + "由|与|和|同|跟|像|比如|例如|包括");

  /** Whether a preposition of {@link #PASSING} stands right before {@code r}'s name, or before its determiner. */
  private static boolean afterPreposition(TaggedSentence s, Referent r) {
    int at = s.tokenAt(r.span().begin()) - 1;
    if (at >= 0 && s.tokens().get(at).pos().equals("DT")) {
      at--;
    }
    return at >= 0 && PASSING.matcher(s.tokens().get(at).word()).matches();
  }

  /** Words right before a name that make it a former employer: former Initech staff, ex-Initech. */
  private static final Pattern FORMER = Pattern.compile("(?i)former|ex|onetime|erstwhile");
  /** Verbs of leaving whose object is a former employer: left Initech, departed Initech, quit, 离开X. */
  private static final Pattern LEFT = Pattern.compile("(?i)left|leave|leaves|leaving|departed|departs|quit|quits|"
      + "exited|离开");

  /**
   * A name only as someone's former employer: after "former" or "ex-" (former Initech engineers, ex-Initech, 前X高管)
   * or as the object of leaving (left Initech for a rival, 离开X): the people came from it, the story is not about it.
   */
  static boolean formerEmployer(TaggedSentence s, Referent r) {
    int first = s.tokenAt(r.span().begin());
    if (first >= 0 && s.tokens().get(first).word().toLowerCase(Locale.ROOT).startsWith("ex-")) {
      return true; // ex-Initech as one token
    }
    if (first <= 0) {
      return false;
    }
    Token before = s.tokens().get(first - 1);
    if (before.word().matches("[前原]") && before.pos().equals("JJ")) {
      return true; // 前X高管, 原X员工 (not 三年前 X, a localizer)
    }
    if (before.word().equals("-") && first >= 2 && glued(s, first - 2, first - 1) && glued(s, first - 1, first)) {
      before = s.tokens().get(first - 2); // ex-Initech, split at the hyphen
    }
    return FORMER.matcher(before.word()).matches() || LEFT.matcher(before.word()).matches();
  }

  /**
   * The organization named most often before {@code offset}, as the subject of its sentence or not: what "the
   * company" means in an article about one company when no organization was named just before. Of two named as
   * often, the one the headline names, which the story is about; then the one named first. A mention as someone's
   * former employer (former OpenAI researchers, left OpenAI) does not count: the people came from it.
   */
  private static Optional<Claimant> mostNamedOrganization(Article article, TaggedSentence s, int offset) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Claimant> named = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    Set<String> inHeadline = new TreeSet<>();
    for (TaggedSentence in : article.sentences().subList(0, s.index() + 1)) {
      boolean headline = SpeakerLines.isHeadline(article, in);
      for (Referent r : in.referents()) {
        if (!r.anaphor() && r.type().isOrganization() && r.span().end() <= offset && !formerEmployer(in, r)) {
          counts.merge(r.entityKey(), 1, Integer::sum);
          named.putIfAbsent(r.entityKey(), claimantOf(r, in));
          order.putIfAbsent(r.entityKey(), order.size());
          if (headline) {
            inHeadline.add(r.entityKey());
          }
        }
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> inHeadline.contains(e.getKey()))
            .thenComparing(e -> -order.get(e.getKey())))
        .map(e -> named.get(e.getKey()));
  }

  /** English relative pronouns that open a clause set off by commas. */
  private static final Pattern RELATIVE_PRONOUN = Pattern.compile("who|whom|whose|which");
  /** A description counted as one: 一位投资人, 一名知情人士, a source, one senator. */
  private static final Pattern COUNTED_AS_ONE = Pattern.compile("^(?:一位|一名|一个|某位|(?i:a|an|one) )");

  /** Whether a claimant is an entity typed as a company. */
  private static boolean isCompany(Article article, Claimant c) {
    return c.entityKey().flatMap(article::typeOf).map(t -> t == EntityType.COMPANY).orElse(false);
  }

  /**
   * Whether a claimant can be what a back-referring word of this kind means; a speaker no entity stands for may be
   * either (一位投资人, a company no lexicon knows), except that a described group is no organization, nor one person
   * unless counted as one (据知情人士透露…。他还表示: 他 is not the sources).
   */
  private boolean fits(Article article, Attribution a, SpeakerNouns.Kind kind) {
    Claimant c = a.speaker().claimant();
    Optional<EntityType> type = c.entityKey().flatMap(article::typeOf);
    boolean group = groups.endsWithGroupHead(c.description()) || groups.endsWithPeoplePlural(c.description());
    return switch (kind) {
      case PERSON_REFERENCE -> type.map(t -> t == EntityType.PERSON)
          .orElse(!group || COUNTED_AS_ONE.matcher(c.description()).find()) || bySpokesperson(a);
      case ORGANIZATION_REFERENCE -> type.map(EntityType::isOrganization).orElse(!group);
      default -> true;
    };
  }
  /**
   * Whether a spokesperson made statement {@code a} (公司发言人发表声明说…), which speaks for the organization: a
   * personal pronoun after it (他说：…) still means that spokesperson.
   */
  private boolean bySpokesperson(Attribution a) {
    List<Token> tokens = a.sentence().tokens();
    for (int t = a.hit().head() - 1; t >= 0 && !ClaimText.isClauseBreak(tokens.get(t).word()); t--) {
      if (nouns.kindOf(tokens.get(t).word()).orElse(null) == SpeakerNouns.Kind.SPOKESPERSON) {
        return true;
      }
    }
    return false;
  }


  /**
   * The last person (for 他, she) or organization (for 该公司, the company) named after statement {@code a} and
   * before {@code offset} in sentence {@code s}, as no modifier and not inside a quotation, outside the sentence of
   * the statement (whose words may name others), other than its speaker; only a company if {@code companyOnly}.
   */
  private static Optional<Claimant> namedSince(Article article, Attribution a, TaggedSentence s, int offset,
      SpeakerNouns.Kind kind, boolean companyOnly) {
    Claimant found = null;
    for (int i = a.sentence().index() + 1; i <= s.index(); i++) {
      TaggedSentence in = article.sentences().get(i);
      // "Acme said …. The round was led by Initech. The company added …": a party named in passing is not meant.
      boolean passing = kind == SpeakerNouns.Kind.ORGANIZATION_REFERENCE && inPassing(in, in.referents().stream()
          .filter(r -> !r.anaphor() && r.type().isOrganization() && !isModifier(in, r) && !isCoordinated(in, r))
          .toList());
      for (Referent r : in.referents()) {
        if (passing && afterPreposition(in, r)) {
          continue;
        }
        boolean right = kind == SpeakerNouns.Kind.PERSON_REFERENCE ? r.type() == EntityType.PERSON
            : companyOnly ? r.type() == EntityType.COMPANY : r.type().isOrganization();
        if (right && !r.anaphor() && r.span().end() <= offset && !isModifier(in, r) && !isCoordinated(in, r)
            && !formerEmployer(in, r) && !a.speaker().claimant().entityKey().equals(Optional.of(r.entityKey()))
            && !quoted(article, in, r)) {
          found = claimantOf(r, in);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** "President Trump is very clear," he added: a name inside a quotation is talked about, not a new speaker. */
  private static boolean quoted(Article article, TaggedSentence in, Referent r) {
    return Quotations.find(article.text(), in.sentence().span()).stream()
        .anyMatch(q -> q.content().contains(r.span()));
  }

  /**
   * The nearest referent that {@code fits} named before {@code offset} in {@code s} or the {@code back} sentences
   * before, not as a modifier.
   */
  static Optional<Claimant> nearestOf(Article article, TaggedSentence s, int offset,
      Predicate<Referent> fits, int back) {
    for (int i = s.index(); i >= Math.max(0, s.index() - back); i--) {
      TaggedSentence in = article.sentences().get(i);
      Referent best = null;
      for (Referent r : in.referents()) {
        if (!r.anaphor() && fits.test(r) && (i < s.index() || r.span().end() <= offset) && !isModifier(in, r)
            && !isCoordinated(in, r)) {
          best = r;
        }
      }
      if (best != null) {
        return Optional.of(claimantOf(best, in));
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of back-referring word token {@code t} is (他, 两人, 该公司, the company), alone or with the token before
   * it: the segmenter often splits a numeral from its noun (两/CD 人/NN), and a determiner from its noun.
   */
  private Optional<SpeakerNouns.Kind> backReferenceKind(TaggedSentence s, int t, int from) {
    String word = s.tokens().get(t).word();
    if (word.equalsIgnoreCase("it") && s.sentence().dependencies().stream()
        .anyMatch(d -> d.dependent() == t && !d.relation().equals("nsubj"))) {
      return Optional.empty(); // "It was announced that …", "it is said": no one speaks
    }
    Optional<SpeakerNouns.Kind> alone = nouns.kindOf(word).filter(SpeakerNouns.Kind::refersBack);
    if (alone.isEmpty() && word.equals(BARE_COMPANY) && t >= from
        && s.tokens().subList(from, t).stream().allMatch(k -> k.pos().matches("AD|NT|PU"))) {
      // 公司表示… opening its clause is the company the report is about; 多家公司 / 科技公司 are not.
      return Optional.of(SpeakerNouns.Kind.ORGANIZATION_REFERENCE);
    }
    if (alone.isPresent() || t == 0) {
      return alone;
    }
    Optional<SpeakerNouns.Kind> described = describedOrganization(s, t);
    if (described.isPresent()) {
      return described;
    }
    Token before = s.tokens().get(t - 1);
    if (!before.pos().matches("CD|DT|M")) {
      return Optional.empty();
    }
    String joiner = before.word().chars().allMatch(c -> c < 128) ? " " : "";
    return nouns.kindOf(before.word() + joiner + word).filter(SpeakerNouns.Kind::refersBack);
  }

  /**
   * "the robotics company", "the Microsoft-backed startup": "the", a few modifiers, and a noun that with "the" alone
   * refers back to an organization (the company) refer back too; an English news report names a company once and then
   * describes it.
   */
  private Optional<SpeakerNouns.Kind> describedOrganization(TaggedSentence s, int t) {
    String word = s.tokens().get(t).word();
    if (!word.chars().allMatch(c -> c < 128)) {
      return Optional.empty();
    }
    for (int d = t - 2; d >= Math.max(0, t - 1 - DESCRIPTION_WORDS); d--) {
      Token modifier = s.tokens().get(d + 1);
      if (!modifier.pos().matches("JJ|NN|NNS|NNP|HYPH|VBN") || modifier.ner().matches("PERSON")) {
        return Optional.empty();
      }
      if (s.tokens().get(d).word().equalsIgnoreCase("the")) {
        return nouns.kindOf("the " + word).filter(k -> k == SpeakerNouns.Kind.ORGANIZATION_REFERENCE);
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker a heading or the part before a colon names (OpenAI首席执行官Sam Altman：…): its last person, else
   * its last organization; an unnamed spokesperson's organization.
   */
  Optional<Speaker> ofHeading(TaggedSentence s, int begin, int end, double confidence) {
    List<Referent> agents = agents(s, begin, end);
    Optional<Referent> person = agents.stream().filter(r -> r.type() == EntityType.PERSON).reduce((a, b) -> b);
    // 某品牌张三：… where CoreNLP names the person at the end and the only PERSON referent lies before it (a piece of
    // the brand taken for a name): the name the heading ends with speaks.
    boolean nameEnds = end > begin && isUnknownName(s, end - 1) && s.tokens().get(end - 1).ner().equals("PERSON");
    if (nameEnds && person.isPresent() && s.tokenAt(person.get().span().end() - 1) < end - 1) {
      person = Optional.empty();
    }
    if (person.isEmpty() && end > begin && isUnknownName(s, end - 1)) {
      // 某基金合伙人赵四：… with a name no lexicon knows: the name, not the organization before it.
      return namedByCoreNlp(s, new TokenRange(begin, end)).map(c -> new Speaker(c, FALLBACK, false));
    }
    return person.or(() -> agents.stream().reduce((a, b) -> b))
        .map(r -> new Speaker(claimantOf(r, s), confidence, false));
  }

  /**
   * "Initech CEO says …", 星海科技CEO称…: when the speaker found is an organization followed in its phrase (up to
   * token {@code end}) by a job title and no person, the post speaks; its holder is the person the document's
   * relations give that post at that organization (the CEO, founder or chief scientist relation for those titles, a
   * job at it with that very title otherwise), when exactly one such person is known. A lower rank of the title
   * (Vice Chairman, 副董事长) is a post of its own.
   */
  private static Optional<Claimant> postHolder(Article article, TaggedSentence s, Referent org, List<Referent> agents,
      int end) {
    if (!org.type().isOrganization() || org.anaphor() || end <= 0
        || agents.stream().anyMatch(r -> r.type() == EntityType.PERSON)) {
      return Optional.empty();
    }
    int after = s.tokenAt(org.span().end() - 1) + 1;
    if (after <= 0 || after >= end) {
      return Optional.empty();
    }
    List<TitleLexicon.Found> titles = s.titlesIn(after, end).stream()
        .filter(t -> t.span().begin() >= org.span().end()).toList();
    if (titles.isEmpty()) {
      return Optional.empty();
    }
    TitleLexicon.Found title = titles.get(titles.size() - 1);
    String before = article.text().substring(org.span().end(), title.span().begin());
    if (LOWER_RANK.matcher(before).find() || before.matches(".*\\p{L}.*")
        && !before.strip().matches("(?i)'s|’s|的")) {
      return Optional.empty(); // Initech's chief executive, 星海科技的CEO; not Initech board member and CEO
    }
    Set<String> holders = new TreeSet<>();
    for (Relation r : article.relations()) {
      boolean fits = switch (title.role()) {
        case CEO -> r.predicate() == RelationType.CEO;
        case CHIEF_SCIENTIST -> r.predicate() == RelationType.CHIEF_SCIENTIST;
        case FOUNDER -> r.predicate() == RelationType.FOUNDER;
        case TITLE -> false;
      };
      if (fits && r.subject().equals(org.entityKey()) && r.object() instanceof Relation.EntityValue v) {
        holders.add(v.key());
      }
      if (title.role() == TitleLexicon.Role.TITLE && r.predicate() == RelationType.WORKS_FOR
          && r.object() instanceof Relation.EntityValue v && v.key().equals(org.entityKey())
          && r.qualifier().filter(q -> q.equalsIgnoreCase(title.text())).isPresent()) {
        holders.add(r.subject());
      }
    }
    if (holders.size() != 1) {
      return Optional.empty();
    }
    String key = holders.iterator().next();
    return article.entities().stream().filter(e -> e.key().equals(key) && e.type() == EntityType.PERSON).findFirst()
        .map(e -> new Claimant(Optional.of(key), e.mentions().stream()
            .filter(m -> m.source() != Mention.Source.COREFERENCE).map(Mention::text).findFirst()
            .orElse(e.labels().values().iterator().next())));
  }

  /**
   * 某公司联合创始人、CEO张三在接受采访时透露…: when the speaker found is an organization named right before a job title
   * and a person (the parse, misled by an unknown brand, may make the organization the subject), the person speaks for
   * it. Only titles and what joins them (、, 兼, a space) may stand between the two names.
   */
  static Speaker titledPersonOf(Article article, TaggedSentence s, AttributionCues.Hit hit, Speaker found) {
    Optional<String> key = found.claimant().entityKey();
    if (key.isEmpty() || found.author() || !article.typeOf(key.get()).map(EntityType::isOrganization).orElse(false)) {
      return found;
    }
    int base = s.sentence().span().begin();
    int cue = s.tokens().get(hit.head()).span().begin();
    int from = s.tokens().get(clauseStart(s, hit.head())).span().begin();
    for (Referent org : s.referents()) {
      if (org.anaphor() || !org.entityKey().equals(key.get()) || org.span().begin() < from
          || org.span().end() >= cue) {
        continue;
      }
      Optional<Referent> person = s.referents().stream()
          .filter(p -> !p.anaphor() && p.type() == EntityType.PERSON && p.span().begin() > org.span().end()
              && p.span().end() <= cue && !isModifier(s, p))
          .min((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
      if (person.isEmpty()) {
        continue;
      }
      int a = org.span().end();
      int b = person.get().span().begin();
      char[] between = s.text().substring(a - base, b - base).toCharArray();
      boolean titled = false;
      for (TitleLexicon.Found t : s.titlesIn(0, s.tokens().size())) {
        if (t.span().begin() >= a && t.span().end() <= b) {
          Arrays.fill(between, t.span().begin() - a, t.span().end() - a, ' ');
          titled = true;
        }
      }
      if (titled && new String(between).matches("[\\s、，,兼/&]*")) {
        return new Speaker(claimantOf(person.get(), s), found.confidence(), false);
      }
    }
    return found;
  }

  /** Token {@code t} is part of a person's name CoreNLP found (NER, or a Chinese proper noun) and no entity holds. */
  static boolean isUnknownName(TaggedSentence s, int t) {
    Token token = s.tokens().get(t);
    return s.tags().get(t).equals("O") && (token.ner().equals("PERSON") || token.pos().equals("NR"));
  }

  /**
   * The nearest person or organization named before {@code offset} in sentence {@code s}, else in the sentence before
   * it; persons first when {@code organizationsToo} is false, otherwise whichever is nearer.
   */
  Optional<Claimant> nearest(Article article, TaggedSentence s, int offset, boolean organizationsToo) {
    for (TaggedSentence in : List.of(Optional.of(s), article.previous(s)).stream().flatMap(Optional::stream).toList()) {
      Referent best = null;
      for (Referent r : in.referents()) {
        boolean fits = r.type() == EntityType.PERSON || (organizationsToo && r.type().isOrganization());
        if (!r.anaphor() && fits && r.span().end() <= offset && !isModifier(in, r)) {
          best = r;
        }
      }
      if (best != null) {
        return Optional.of(claimantOf(best, in));
      }
    }
    return Optional.empty();
  }

  /** The first token of the clause holding token {@code at}. */
  static int clauseStart(TaggedSentence s, int at) {
    int from = at;
    while (from > 0) {
      if (!ClaimText.isClauseBreak(s.tokens().get(from - 1).word())) {
        from--;
        continue;
      }
      // …, a person familiar with the matter, who asked not to be named, said: a relative clause set off by commas
      // right before the cue belongs to the noun before it, and the cue's clause goes on before that noun.
      int aside = from == at ? relativeAsideOpening(s, from - 1) : -1;
      if (aside > 0) {
        from = aside;
        continue;
      }
      // X在由Y主办的“Z大会”上表示: a quotation with words on both sides is a name inside the clause, not its edge.
      int open = embeddedQuoteOpening(s, from - 1);
      if (open < 0 || from >= at) {
        return from;
      }
      from = open;
    }
    return from;
  }

  /**
   * The comma that opens an English relative clause closed by the comma at {@code close} (", who was not authorized
   * to speak,"), or -1: a relative pronoun right after a comma, and no other clause break between.
   */
  private static int relativeAsideOpening(TaggedSentence s, int close) {
    for (int t = close - 1; t > 0; t--) {
      String word = s.tokens().get(t).word();
      if (ClaimText.isClauseBreak(word)) {
        return -1;
      }
      if (RELATIVE_PRONOUN.matcher(word).matches() && s.tokens().get(t).pos().startsWith("W")
          && s.tokens().get(t - 1).word().equals(",")) {
        return t - 1;
      }
    }
    return -1;
  }

  /** Whether tokens [from, to) close a bracket they did not open: the phrase starts inside a bracket. */
  private static boolean opensInsideBracket(TaggedSentence s, int from, int to) {
    for (int t = from; t < to; t++) {
      String word = s.tokens().get(t).word();
      if (word.matches("[(（]")) {
        return false;
      }
      if (word.matches("[)）]")) {
        return true;
      }
    }
    return false;
  }

  /** The token after a bracket opened at {@code at} that holds no clause break, else {@code at}. */
  private static int afterBracket(List<Token> tokens, int at) {
    if (!tokens.get(at).word().matches("[(（]")) {
      return at;
    }
    for (int t = at + 1; t < tokens.size() && t < at + 12; t++) {
      String word = tokens.get(t).word();
      if (word.matches("[)）]")) {
        return t + 1;
      }
      if (ClaimText.isClauseBreak(word) || word.matches("[(（]")) {
        return at;
      }
    }
    return at;
  }

  /** The opening mark of the quotation closed at token {@code close}, when a word stands on both sides; else -1. */
  private static int embeddedQuoteOpening(TaggedSentence s, int close) {
    List<Token> tokens = s.tokens();
    if (!tokens.get(close).word().matches("[”」]") || close + 1 >= tokens.size()) {
      return -1;
    }
    int after = afterBracket(tokens, close + 1); // “北极星计划”(Polaris Plan)的人士: the name's romanization
    if (after >= tokens.size() || tokens.get(after).pos().matches("PU|\\.|,|:")) {
      return -1;
    }
    for (int t = close - 1; t > 0; t--) {
      String word = tokens.get(t).word();
      if (word.matches("[“「]")) {
        return tokens.get(t - 1).pos().equals("PU") ? -1 : t;
      }
      if (word.matches("[。；！？]")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Persons and organizations in tokens [from, to), in text order, named or referred to by a noun (该公司); the
   * tagger's pronoun guesses (它, 其, 我们) are left out: 他 and 她 come resolved from the entity resolver, and 我们 is
   * the author.
   */
  static List<Referent> agents(TaggedSentence s, int from, int to) {
    if (to <= from) {
      return List.of();
    }
    return s.referentsIn(from, to).stream()
        .filter(r -> r.type() == EntityType.PERSON || r.type().isOrganization())
        .filter(r -> !r.anaphor() || !isPronoun(s, r))
        .toList();
  }

  private static boolean isPronoun(TaggedSentence s, Referent r) {
    int t = s.tokenAt(r.span().begin());
    return t >= 0 && s.tokens().get(t).pos().equals("PN");
  }

  /**
   * The claimant a referent names, described by its text without a job title the mention took in (總經理X → X), so
   * the description names the person when the entity stage kept the title (even typing the whole an organization).
   */
  static Claimant claimantOf(Referent r, TaggedSentence s) {
    int base = s.sentence().span().begin();
    int from = r.span().begin();
    {
      int first = s.tokenAt(from);
      int last = s.tokenAt(r.span().end() - 1);
      for (var title : first >= 0 && last >= 0 ? s.titlesIn(first, last + 1) : List.<TitleLexicon.Found>of()) {
        if (title.span().begin() <= from && title.span().end() > from && title.span().end() < r.span().end()) {
          from = title.span().end();
        }
      }
    }
    int begin = Math.max(0, from - base);
    return new Claimant(Optional.of(r.entityKey()),
        s.text().substring(begin, Math.min(r.span().end() - base, s.text().length())).strip());
  }

  /**
   * An English name joined to another by "and" or "or" (OpenAI and Meta are testing …), or modifying a noun (former
   * OpenAI engineers): not what a singular "the company" or "she" means.
   */
  static boolean isCoordinated(TaggedSentence s, Referent r) {
    int first = s.tokenAt(r.span().begin());
    int last = s.tokenAt(r.span().end() - 1);
    return first >= 0 && last >= 0 && (first > 0 && s.tokens().get(first - 1).word().matches("and|or")
        || last + 1 < s.tokens().size() && s.tokens().get(last + 1).word().matches("and|or")
        || isEnglishNounModifier(s, first, last));
  }

  /** "former OpenAI engineers": an English name that only modifies the noun after it (a compound) is no antecedent. */
  private static boolean isEnglishNounModifier(TaggedSentence s, int first, int last) {
    if (!s.tokens().get(last).word().chars().allMatch(c -> c < 128)) {
      return false;
    }
    return s.sentence().dependencies().stream().anyMatch(d -> d.dependent() == last
        && d.relation().equals("compound") && (d.governor() < first || d.governor() > last));
  }

  /** A name followed by 的, 之 or the English possessive 's modifies the noun after it. */
  static boolean isModifier(TaggedSentence s, Referent r) {
    int last = s.tokenAt(r.span().end() - 1);
    return last >= 0 && last + 1 < s.tokens().size() && (s.tokens().get(last + 1).word().matches("[的之]")
        || s.tokens().get(last + 1).pos().equals("POS"));
  }

  /** A name glued by a hyphen to another word is part of a compound modifier: Biden-Harris officials, Obama-era. */
  private static boolean hyphenated(TaggedSentence s, Referent r) {
    int first = s.tokenAt(r.span().begin());
    int last = s.tokenAt(r.span().end() - 1);
    return first > 0 && glued(s, first - 1, first) && s.tokens().get(first - 1).word().equals("-")
        || last >= 0 && last + 1 < s.tokens().size() && glued(s, last, last + 1)
        && s.tokens().get(last + 1).word().equals("-");
  }

  private static boolean glued(TaggedSentence s, int left, int right) {
    return s.tokens().get(left).span().end() == s.tokens().get(right).span().begin();
  }
}
