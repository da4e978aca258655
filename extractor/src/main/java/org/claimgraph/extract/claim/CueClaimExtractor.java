package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.corenlp.SemgrexRules;
import org.claimgraph.extract.tagging.SentenceTagger;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * Claims from attribution cues, quotation marks, the layout of speaker lines and the author's thesis markers. Runs
 * the scanners paragraph by paragraph and settles what they found:
 * <ul>
 *   <li>{@link CueStatements}: statements and quotations around verbs of attribution, speakers by
 *       {@link SpeakerFinder};</li>
 *   <li>{@link SpeakerLines}: "NAME：…" lines, "NAME的观点是：…", speaker headings and speech continued after a
 *       line ending in "：";</li>
 *   <li>{@link AccordingTo}: "according to X";</li>
 *   <li>{@link AuthorTheses}: the author's own theses, in sentences nobody else is said to have said;</li>
 *   <li>{@link DraftSettler}: one claim per span, stance by {@link StanceClassifier}.</li>
 * </ul>
 */
public final class CueClaimExtractor implements ClaimExtractor {
  /** How a writer names themself in the third person (Wiktionary 笔者: "the author, the present writer"). */
  private static final String WRITER = "笔者";
  private static final String ANSWER_RULE = "attribution.interview-answer";
  /** A description of one unnamed person: 一位…, 一名…, 一个…. */
  private static final Pattern INDEFINITE_ONE = Pattern.compile("^(一位|一名|一个)");
  /** A sentence that says who someone just mentioned is: 他是…, 她就是…. */
  private static final Pattern IS_NAMED = Pattern.compile("^\\s*(他|她)(就|正|便)?是");
  /** Words by which a text names its reporter or writer (the reporter, the present writer, this paper). */
  private static final Pattern NARRATOR = Pattern.compile("记者|笔者|本报");
  /** A short label and a colon opening a line: "Topic: …", 观点：…, 某人：…. */
  private static final Pattern LABELLED = Pattern.compile("^[^：:。！？!?.，,“”\"]{1,40}[：:]");
  /** A label of a few characters, a colon, and what ends with a question (记者：…。…？). */
  private static final Pattern QUESTION_LINE = Pattern.compile("[^：:。！？!?]{1,12}[：:][^\\n]+[？?]");
  /**
   * A reporter's question at a press conference: 有记者提问：…？ / 某报记者问，…？ (a reporter and a verb of asking, a
   * colon or comma, and a question at the end). What it reports (据报道…, X称…) is the premise of a question, not a claim.
   */
  private static final Pattern REPORTER_QUESTION =
      Pattern.compile("[^：:。！？!?，,]{0,12}记者(?:提问|追问|发问|问)道?[：:，,][^\\n]+[？?]");
  /** A short description of one person (美议员, 中国学者, 一名官员), not of a crowd (多位专家, 分析人士, 民众). */
  private static final Pattern ONE_DESCRIBED_PERSON = Pattern.compile(
      "(?:一名|一位)?(?!.*(?:们|們|人士|多|等|些|两|兩|几|幾|各|民众|民眾|媒体|媒體|网友|網友|外界|业界|業界))\\p{IsHan}{2,6}");
  /** One sentence that asks, with no label before it. */
  private static final Pattern BARE_QUESTION = Pattern.compile("[^：:。！!]+[？?]");
  /** What a paragraph of quotation alone has outside its quotation marks: spaces and punctuation. */
  private static final Pattern QUOTATION_ONLY = Pattern.compile("[\\s\\p{P}]*");
  private static final String CONTINUED_SPEECH = "attribution.continued-speech";
  private final SentenceTagger tagger;
  private final CueStatements statements;
  private final SpeakerLines lines;
  private final AccordingTo accordingTo;
  private final AuthorTheses theses;
  private final DraftSettler settler;
  private final GroupHeads groups;

  CueClaimExtractor(SentenceTagger tagger, AttributionCues cues, SpeakerFinder speakers, AuthorCues authorCues,
      StanceClassifier stance) {
    this.tagger = tagger;
    this.statements = new CueStatements(cues, speakers);
    this.lines = new SpeakerLines(speakers);
    this.accordingTo = new AccordingTo(speakers);
    this.theses = new AuthorTheses(authorCues, stance);
    this.settler = new DraftSettler(stance);
    this.groups = speakers.groups();
  }

  /** The bundled cue lexicons and rules. */
  public static CueClaimExtractor standard() {
    SpeakerFinder speakers = new SpeakerFinder(
        SemgrexRules.load(CueClaimExtractor.class, SpeakerFinder.RULES, Map.of()), GroupHeads.load(),
        SpeakerNouns.load());
    return new CueClaimExtractor(SentenceTagger.withoutBareNouns(), AttributionCues.load(), speakers, AuthorCues.load(),
        StanceClassifier.load());
  }

  /** Cues are verbs (POS); speakers are found by Semgrex rules over dependency parses. */
  @Override
  public Set<AnnotationLayer> requires() {
    return EnumSet.of(AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.DEPENDENCIES);
  }

  @Override
  public List<Claim> extract(AnnotatedDocument doc, List<Entity> entities) {
    return extract(doc, entities, List.of());
  }

  @Override
  public List<Claim> extract(AnnotatedDocument doc, List<Entity> entities, List<Relation> relations) {
    List<TaggedSentence> tagged = tagger.tag(doc, entities);
    List<Paragraph> body = doc.document().paragraphs().stream().filter(p -> p.role() == Paragraph.Role.BODY).toList();
    Article unsigned = new Article(doc, tagged, body, author(doc, entities), entities, relations);
    Optional<Paragraph> signature = unsigned.author().isEmpty() ? unlabelledByline(unsigned) : Optional.empty();
    Article article = signature.isEmpty() ? unsigned : new Article(doc, tagged, body,
        lines.heading(unsigned, signature.get().span()).map(Speaker::claimant), entities, relations);
    List<Draft> drafts = new ArrayList<>();
    // A speaker whose speech goes on in the next paragraph(s): after a heading, or a line ending in "：".
    Optional<Speaker> speaking = Optional.empty();
    String speakingRule = "";
    boolean turn = false; // the speaker's paragraphs follow a transcript's turn label (张三：), up to the next label
    // A transcript labels several turns; one "NAME：" line alone may be a round-up's heading, with narration after it.
    boolean transcript = doc.document().paragraphs().stream()
        .filter(p -> p.role() == Paragraph.Role.BODY || p.role() == Paragraph.Role.TITLE)
        .filter(p -> SpeakerLines.isTurnLabel(article, p.span()) && lines.heading(article, p.span()).isPresent())
        .count() >= 2;
    List<Attribution> attributions = new ArrayList<>();
    // Who answers an interview's 答： lines: the last "NAME：…" speaker, else the person the title names (对话X).
    Optional<Speaker> interviewee = Optional.empty();
    boolean asked = false; // the paragraph before is an interviewer's question line
    boolean questioned = false; // the paragraph before is a question with no label (an interview's question)
    // The named person whose quotation ends the paragraph before: a paragraph of quotation alone goes on with it.
    Optional<Speaker> quoting = Optional.empty();
    boolean inQuoteRun = false; // the paragraph is a quotation alone, continuing the speech a colon opened
    // The title states claims too (X称…, NAME：…); it is no heading and continues no speech.
    for (Paragraph p : doc.document().paragraphs()) {
      if (p.role() != Paragraph.Role.TITLE) {
        continue;
      }
      // A transcript under a dateline opens with its first turn label (主持人：), which the cleaner reads as the title.
      Optional<Speaker> label = transcript && SpeakerLines.isTurnLabel(article, p.span())
          ? lines.heading(article, p.span()) : Optional.empty();
      if (label.isPresent()) {
        speaking = label;
        speakingRule = "attribution.speaker-heading";
        turn = true;
        continue;
      }
      List<Draft> title = new ArrayList<>(statements.scan(article, p.span(), attributions).drafts());
      for (TaggedSentence s : article.sentencesIn(p.span())) {
        if (title.stream().noneMatch(d -> d.span().overlaps(s.sentence().span()))) {
          lines.colonLine(article, s, true).or(() -> lines.headline(article, s)).ifPresent(title::add);
        }
      }
      title.removeIf(d -> d.speaker().author() && article.author().isEmpty());
      drafts.addAll(title);
      interviewee = interviewee.or(() -> titlePerson(article, p.span()));
    }
    for (Paragraph p : body) {
      if (signature.isPresent() && p.equals(signature.get())) {
        continue;
      }
      boolean question = isBareQuestion(doc.document().text(), p);
      if (question) {
        speaking = Optional.empty(); // a question ends the speech of a heading or a "NAME：" line
        turn = false;
      }
      Optional<Speaker> heading = lines.heading(article, p.span());
      if (heading.isPresent()) {
        speaking = heading;
        speakingRule = "attribution.speaker-heading";
        turn = transcript && SpeakerLines.isTurnLabel(article, p.span());
        continue;
      }
      boolean quotationOnly = quotationOnly(article.text(), p.span());
      if (inQuoteRun && !quotationOnly) {
        speaking = Optional.empty(); // the run of quotations a colon lists ends at the first paragraph of prose
      }
      inQuoteRun = speaking.isPresent() && speakingRule.equals(CONTINUED_SPEECH) && quotationOnly;
      CueStatements.Found found = statements.scan(article, p.span(), attributions, speaking);
      List<Draft> here = new ArrayList<>(found.drafts());
      // Under a speaker's heading, a quotation with no cue of its own is the heading's person's, not the speaker
      // named last before it.
      if (speaking.isPresent() && (speakingRule.equals("attribution.speaker-heading")
          || inQuoteRun)) {
        Speaker headed = speaking.get();
        String rule = speakingRule;
        here.replaceAll(d -> d.rule().equals(CueStatements.NEARBY_QUOTE_RULE)
            ? new Draft(d.span(), d.kind(), headed, d.cue(), d.stanceText(), rule, d.utterance()) : d);
      }
      List<TaggedSentence> sentences = article.sentencesIn(p.span());
      // 张三：我认为…: the line's first-person statements, now the line's speaker's; the line goes on after them.
      List<Draft> firstPersonLine = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        TaggedSentence s = sentences.get(i);
        List<Draft> overlapping = here.stream().filter(d -> d.span().overlaps(s.sentence().span())).toList();
        if (!overlapping.isEmpty()) {
          // 张三：我认为…: the first person of a speaker's line is that speaker; the claim stays the innermost one.
          Optional<Speaker> line = overlapping.stream().allMatch(d -> d.speaker().author())
              ? lines.colonLine(article, s, i == 0).map(Draft::speaker).filter(l -> !l.author()) : Optional.empty();
          line.ifPresent(l -> here.replaceAll(d -> {
            if (!overlapping.contains(d)) {
              return d;
            }
            Draft spoken = asSpeaker(d, l);
            firstPersonLine.add(spoken);
            return spoken;
          }));
          continue;
        }
        Optional<Speaker> answering = interviewee;
        lines.colonLine(article, s, i == 0).or(() -> lines.viewFrame(article, s))
            .or(() -> answering.flatMap(a -> lines.answerLine(article, s, a)))
            .or(() -> accordingTo.find(article, s)).ifPresent(here::add);
      }
      // 记者：…？ An interviewer's question line asks, it claims nothing, nor does a reporter's question with the
      // report it starts from; the next paragraph with no speaker of its own is the interviewee's answer.
      boolean asks = REPORTER_QUESTION.matcher(p.span().of(doc.document().text()).strip()).matches()
          || isQuestion(doc.document().text(), p)
          && here.stream().allMatch(d -> d.rule().equals("attribution.speaker-line"));
      if (asks) {
        here.clear();
      } else if (asked && here.isEmpty() && interviewee.isPresent() && speaking.isEmpty() && !found.unattributed()) {
        here.addAll(lines.spokenParagraph(article, p.span(), interviewee.get(), ANSWER_RULE));
      }
      asked = asks;
      // 张三：S1。S2。 The line's speaker states every sentence of the paragraph, not only the first.
      Optional<Draft> line = asks ? Optional.empty() : here.stream()
          .filter(d -> d.rule().equals("attribution.speaker-line") && !d.speaker().author()).findFirst()
          .or(() -> firstPersonLine.stream().filter(here::contains).findFirst());
      if (line.isPresent()) {
        here.addAll(lines.spokenSentences(article, p.span(), line.get().span().end(), line.get().speaker(),
            "attribution.speaker-line", here));
      }
      for (Draft d : here) {
        if (d.rule().equals("attribution.speaker-line") && !d.speaker().author()
            && d.speaker().claimant().entityKey().isPresent()) {
          interviewee = Optional.of(d.speaker());
        }
      }
      // 我认为… under a speaker's heading or after their colon: the first person is that speaker, not the author; in a
      // paragraph that opens with its own "NAME：" line, that line's speaker, not the one of the paragraphs before.
      Optional<Speaker> before = speaking;
      Optional<Speaker> firstPerson = line.map(Draft::speaker).or(() -> before);
      if (firstPerson.isPresent()) {
        Speaker speaker = firstPerson.get();
        here.replaceAll(d -> d.speaker().author() && !byWriter(article, d) ? asSpeaker(d, speaker) : d);
      }
      if (article.author().isEmpty()) {
        here.removeIf(d -> d.speaker().author()); // 我认为… with no byline and no heading: nobody known speaks
      }
      Optional<Speaker> current = speaking;
      // Someone else's words (a cue of their own, or 据… hearsay) end a heading's speaker's paragraphs; the
      // speaker's own (他坦言…, 我认为…) do not.
      // In a transcript's turn only the next label ends the speaker's paragraphs: what they cite is one sentence.
      boolean ownAttribution = !turn && (here.stream().anyMatch(d -> !sameSpeaker(d.speaker(), current))
          || found.attributions().stream().anyMatch(a -> !a.speaker().author() && !sameSpeaker(a.speaker(), current))
          || found.unattributed() || p.span().of(doc.document().text()).strip().startsWith("据"));
      // The writer's narration between a speaker's paragraphs (记者随后参观了…, 陈立随后…) is not the speaker's; in a
      // transcript's turn only a paragraph naming the reporter or writer is.
      boolean narrated = speaking.isPresent() && !speakingRule.equals(CONTINUED_SPEECH)
          && (turn ? NARRATOR.matcher(p.span().of(doc.document().text())).find()
              : narrates(article, p.span(), speaking.get()));
      if (speaking.isPresent() && !ownAttribution && !narrated) {
        List<Draft> spoken = lines.spokenParagraph(article, p.span(), speaking.get(), speakingRule, here);
        here.addAll(spoken.stream().filter(d -> here.stream().noneMatch(o -> o.span().overlaps(d.span()))).toList());
        if (spoken.isEmpty() && here.isEmpty()) {
          speaking = Optional.empty();
        }
      }
      if (found.continues().isPresent()) {
        speaking = found.continues();
        speakingRule = CONTINUED_SPEECH;
        turn = false;
      } else if (ownAttribution || narrated || speakingRule.equals(CONTINUED_SPEECH) && !inQuoteRun) {
        // Speech after a colon covers one paragraph, or a run of paragraphs that are each a quotation alone (the
        // comments a colon lists); a paragraph with its own attribution ends a heading's speech.
        speaking = Optional.empty();
      }
      // 张三：… goes on in the paragraphs after it, up to the next heading or speaker line, question, numbered
      // section heading or another speaker's cue (an interview's answer when a question came before it).
      if (line.isPresent() && here.stream().allMatch(d -> d.speaker().author()
          || sameSpeaker(d.speaker(), Optional.of(line.get().speaker())))) {
        speaking = Optional.of(line.get().speaker());
        speakingRule = questioned ? ANSWER_RULE : "attribution.speaker-line";
        turn = false;
      }
      questioned = question;
      turn &= speaking.isPresent();
      here.replaceAll(d -> namedNext(article, p.span(), d));
      if (here.isEmpty() && found.attributions().isEmpty() && quoting.isPresent()) {
        here.addAll(continuedQuotes(article, p.span(), quoting.get()));
      }
      quoting = lastQuoteSpeaker(article, p.span(), here);
      drafts.addAll(here);
    }
    drafts.addAll(theses.find(article, drafts));
    return settler.settle(article, headlineSourcesNamed(article, whenClausesJoined(article, drafts)));
  }

  /**
   * 他谈到X时说，Y: a cue inside a clause of time (谈到…时) frames the saying that follows; it claims nothing itself,
   * and its speaker is the one who says Y (the parse may give 说 a subject from inside the clause: 谈到美中…时说).
   */
  private static List<Draft> whenClausesJoined(Article article, List<Draft> drafts) {
    String text = article.text();
    List<Draft> out = new ArrayList<>(drafts);
    for (Draft frame : drafts) {
      for (Draft said : drafts) {
        if (frame == said || frame.cue().isEmpty() || said.cue().isEmpty()
            || said.cue().get().begin() <= frame.cue().get().end()
            || !frame.span().contains(said.cue().get())
            || !SpeakerFinder.endsClauseOfTime(text.substring(frame.cue().get().end(), said.cue().get().begin()))) {
          continue;
        }
        out.remove(frame);
        out.replaceAll(d -> d == said ? asSpeaker(d, frame.speaker()) : d);
      }
    }
    return out;
  }

  /**
   * A headline's source described by what they are (美议员质疑…, 中国学者：…) is the person the report quotes first:
   * news headlines describe the lede's speaker, whom the body names. Only one person (no plural, no crowd), and
   * only when the body's first person speaking speaks at least twice, so a passing speaker is not taken.
   */
  private List<Draft> headlineSourcesNamed(Article article, List<Draft> drafts) {
    Optional<Span> title = article.document().document().paragraphs().stream()
        .filter(p -> p.role() == Paragraph.Role.TITLE).map(Paragraph::span).findFirst();
    if (title.isEmpty()) {
      return drafts;
    }
    List<Draft> body = drafts.stream().filter(d -> !d.span().overlaps(title.get()) && !d.speaker().author())
        .sorted(Comparator.comparingInt(d -> d.span().begin())).toList();
    Optional<Claimant> lead = body.stream().map(d -> d.speaker().claimant())
        .filter(c -> c.entityKey().flatMap(article::typeOf).filter(t -> t == EntityType.PERSON).isPresent())
        .findFirst();
    if (lead.isEmpty()
        || body.stream().filter(d -> d.speaker().claimant().entityKey().equals(lead.get().entityKey())).count() < 2) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts);
    out.replaceAll(d -> d.span().overlaps(title.get()) && !d.speaker().author()
        && d.speaker().claimant().entityKey().isEmpty()
        && ONE_DESCRIBED_PERSON.matcher(d.speaker().claimant().description()).matches()
        && groups.endsWithGroupHead(d.speaker().claimant().description())
        ? asSpeaker(d, new Speaker(lead.get(), d.speaker().confidence(), false)) : d);
    return out;
  }

  /**
   * Whether a paragraph is one labelled question (记者：…？, 问：…？, Q: …?): a short label and a colon, then what
   * ends with a question mark (an interviewer's remark may come before the question).
   */
  private static boolean isQuestion(String text, Paragraph p) {
    return QUESTION_LINE.matcher(p.span().of(text).strip()).matches();
  }

  /**
   * Whether a paragraph is not {@code speaker}'s words: it names the reporter or the writer (记者, 笔者, 本报), names
   * the speaker in the third person, or opens with a label of its own (a list item "Topic: …", another line).
   */
  private static boolean narrates(Article article, Span paragraph, Speaker speaker) {
    String text = paragraph.of(article.text());
    if (NARRATOR.matcher(text).find() || LABELLED.matcher(text.strip()).find()) {
      return true;
    }
    Optional<String> key = speaker.claimant().entityKey();
    if (key.isEmpty()) {
      String name = speaker.claimant().description();
      return name.length() >= 2 && text.contains(name);
    }
    // Named, not referred to by a pronoun (他坦言… is the speaker going on).
    Set<Span> pronouns = new HashSet<>();
    article.entities().forEach(e -> e.mentions().stream().filter(m -> m.source() == Mention.Source.COREFERENCE)
        .forEach(m -> pronouns.add(m.span())));
    return article.sentencesIn(paragraph).stream().flatMap(s -> s.referents().stream())
        .anyMatch(r -> !r.anaphor() && !pronouns.contains(r.span()) && r.entityKey().equals(key.get()));
  }

  /**
   * “…”一位创始人说。他是星河芯片的陈立。 A speaker described as "one person" and named in the next sentence of the
   * paragraph (他是/她就是 + the one person that sentence names) is that person.
   */
  private static Draft namedNext(Article article, Span paragraph, Draft d) {
    Claimant c = d.speaker().claimant();
    if (d.speaker().author() || c.entityKey().isPresent() || !INDEFINITE_ONE.matcher(c.description()).find()) {
      return d;
    }
    int said = d.cue().map(Span::end).orElse(d.span().end());
    Optional<TaggedSentence> next = article.sentencesIn(paragraph).stream()
        .filter(s -> s.sentence().span().begin() >= said).findFirst();
    if (next.isEmpty() || !IS_NAMED.matcher(next.get().sentence().span().of(article.text())).find()) {
      return d;
    }
    List<Claimant> people = next.get().referents().stream()
        .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON)
        .map(r -> SpeakerFinder.claimantOf(r, next.get())).distinct().toList();
    return people.size() != 1 ? d : new Draft(d.span(), d.kind(),
        new Speaker(people.get(0), d.speaker().confidence(), false), d.cue(), d.stanceText(), d.rule(), d.utterance());
  }

  /**
   * “…,” Jane Doe says. ¶ “…” News goes on quoting the last speaker in a paragraph of quotation alone, with no cue
   * or name of its own: its quotations are the speaker's of the quotation ending the paragraph before.
   */
  private static List<Draft> continuedQuotes(Article article, Span paragraph, Speaker speaker) {
    String text = article.text();
    List<Quotations.Quote> quotes = Quotations.find(text, paragraph);
    if (!quotationOnly(text, paragraph) || quotes.stream().anyMatch(q -> q.isScareQuote(text))) {
      return List.of();
    }
    return quotes.stream().map(q -> new Draft(q.content(), ClaimKind.DIRECT_QUOTE, speaker, Optional.empty(), "",
        "attribution.continued-quote", q)).toList();
  }

  /** Whether the paragraph is one or more quotations and nothing else but punctuation. */
  private static boolean quotationOnly(String text, Span paragraph) {
    List<Quotations.Quote> quotes = Quotations.find(text, paragraph);
    StringBuilder outside = new StringBuilder(paragraph.of(text));
    for (Quotations.Quote q : quotes) {
      for (int i = q.outerBegin(); i < q.outerEnd(); i++) {
        outside.setCharAt(i - paragraph.begin(), ' ');
      }
    }
    return !quotes.isEmpty() && QUOTATION_ONLY.matcher(outside).matches();
  }

  /** The named person who speaks the paragraph's last claim, when that claim is a quotation ending the paragraph. */
  private static Optional<Speaker> lastQuoteSpeaker(Article article, Span paragraph, List<Draft> here) {
    Optional<Draft> last = here.stream().max(Comparator.comparingInt(d -> d.span().end()));
    if (last.isEmpty() || last.get().kind() != ClaimKind.DIRECT_QUOTE || last.get().speaker().author()
        || last.get().speaker().claimant().entityKey().flatMap(article::typeOf)
            .filter(t -> t == EntityType.PERSON).isEmpty()) {
      return Optional.empty();
    }
    // the quotation (and its cue, "…," she says) ends the paragraph's last sentence
    List<TaggedSentence> sentences = article.sentencesIn(paragraph);
    return !sentences.isEmpty() && sentences.get(sentences.size() - 1).sentence().span().overlaps(last.get().span())
        ? Optional.of(last.get().speaker()) : Optional.empty();
  }

  /** Whether a paragraph is one sentence asking a question, with no speaker label (an interview's question). */
  private static boolean isBareQuestion(String text, Paragraph p) {
    String line = p.span().of(text).strip();
    return BARE_QUESTION.matcher(line).matches();
  }

  /** 笔者认为… / 在笔者看来…: the writer names themself, so no heading's speaker is meant. */
  private static boolean byWriter(Article article, Draft d) {
    return article.sentences().stream().map(TaggedSentence::sentence)
        .filter(x -> x.span().begin() <= d.span().begin() && d.span().begin() < x.span().end()).findFirst()
        .map(x -> article.text().substring(x.span().begin(), d.span().begin()).contains(WRITER)).orElse(false);
  }

  /** A first-person draft spoken by {@code speaker} instead of the author. */
  private static Draft asSpeaker(Draft d, Speaker speaker) {
    return new Draft(d.span(), d.kind() == ClaimKind.AUTHOR_ASSERTION ? ClaimKind.REPORTED_SPEECH : d.kind(), speaker,
        d.cue(), d.stanceText(), d.rule(), d.utterance());
  }

  /** Whether a speaker is the one speaking under a heading or after a colon: the same entity, or the same name. */
  private static boolean sameSpeaker(Speaker a, Optional<Speaker> current) {
    if (current.isEmpty()) {
      return false;
    }
    Claimant b = current.get().claimant();
    return a.claimant().entityKey().isPresent() ? a.claimant().entityKey().equals(b.entityKey())
        : b.entityKey().isEmpty() && a.claimant().description().equals(b.description());
  }

  /** The first person named in the title (对话李开复：…), who answers an interview's questions. */
  private static Optional<Speaker> titlePerson(Article article, Span title) {
    return article.sentencesIn(title).stream().flatMap(s -> s.referents().stream()
            .filter(r -> !r.anaphor() && r.type() == EntityType.PERSON)
            .map(r -> new Speaker(SpeakerFinder.claimantOf(r, s), SpeakerLines.LINE_SPEAKER, false)))
        .findFirst();
  }

  /** The article's author, from the byline mention the entity resolver kept. */
  /**
   * The page's byline printed without its "By": the first line of the body, above all the story, that is a person's
   * name and nothing else (title, date, Jane Doe, then the story). The cleaner cannot tell it from a heading such as
   * "Key Points" without knowing who is a person; a speaker heading names a post too, or follows an introduction.
   */
  private Optional<Paragraph> unlabelledByline(Article article) {
    if (article.body().size() < 2) {
      return Optional.empty();
    }
    Paragraph first = article.body().get(0);
    String line = first.span().of(article.text()).strip();
    return lines.heading(article, first.span()).filter(h -> h.claimant().description().equals(line))
        .map(h -> first);
  }

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
}
