package org.claimgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.relation.RecordedCase;
import org.claimgraph.extract.relation.RuleRelationExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim extractor on sentences written for it (not from the essay or any corpus article), with the CoreNLP
 * analysis recorded in {@code fixtures/claim/claims.json}, {@code speech.json}, speech continued across quotations,
 * paragraphs and sentences in {@code continuations.json}, the tech-press shapes of {@code press.json} and
 * {@code press-en.json}, unnamed and described English sources (sources familiar with the matter, Chinese
 * media) in {@code sources-en.json}, speakers referred to again in {@code references.json}, shapes of
 * fresh news and interview pages in {@code news.json}, of round-ups, round tables and interviews in
 * {@code roundup.json}, institutions and issuers speaking in {@code institutions.json}, speakers who are not the
 * nearest name and statements of no one in {@code speakers.json}, participles on nouns and mistyped quotation marks in
 * {@code news-19.json}, "the company" after a name that modifies a noun (a former Google executive) and a quotation
 * after the platform it was posted on (wrote on X: “…”), 他 after unnamed sources in {@code news-20.json}, "the company"
 * as the headline's organization of two named as often in {@code news-21.json}, "the company" after organizations
 * named in passing (led by X) and never a former employer (former X engineers, left X), and "claimed" a place won
 * (claimed a 30% share) in {@code news-22.json}, a post at an organization as speaker (Initech CEO says) read as the
 * one person the relations give that post, quotations framed as what a subject calls itself or its stated goal, a memo
 * sent by an organization's officers, and a speaker named after a closing quotation with 调侃 or 打趣 in
 * {@code speakers-23.json}, a belief adjective with a that-clause (is convinced that) and a paragraph of quotation
 * alone continuing the quotation before it in {@code english-26.json}, organizations and groups unnamed in the phrase
 * speaking as a described group in {@code groups-27.json}, realise and think as verbs of thinking in
 * {@code cognition-27.json}, and in {@code zh-27.json} a quotation opened in parentheses ending with them, described
 * groups of students and family, a statement in a clause of reason, a quotation whose speaker the next sentence
 * introduces and a cue glued to a known name; in {@code bylines-28.json} a byline printed without its "By"; in
 * {@code zh-28.json} a reporter's own finding (记者走访发现) as narration, organizations counted as many (三家出版社)
 * as a described group, and data (数据显示) speaking for their issuer; in {@code english-28.json} English parties and
 * bodies speaking as described groups (the plaintiffs claim), analysts who project, a union referred to again,
 * objects of criticizing and accusing verbs with a predicate of their own, and a website as the source after
 * "according to"; in {@code zh-29.json} a cue's object that is a noun its relative clause describes
 * (指出了当前系统面临的难题) as no statement, and in {@code english-29.json} an English cue's noun object whose
 * verbs all sit in its own clauses (announced a partnership that …) as no statement either; in {@code zh-30.json} and
 * {@code english-30.json} a statement whose paragraph ends in a lead-in and a colon (，留言包括：, , writing:) going on
 * in the quotation-only paragraphs after it, and the public online and audiences (网友, viewers) as described groups;
 * in {@code companies-33.json} an interview's headline (专访X创始人Y：…) as no speaker line; in {@code claims-34.json}
 * the person before their affiliation (Professor X from the University of Y) as speaker, and an English forecast cue
 * in its base form with a noun object (uses gauges to predict delays) as no statement; in {@code peoplegroups-35.json}
 * an English plural that CoreNLP's animate word list names as people (retailers, panelists) as a described group;
 * in {@code reports-36.json} a survey's conductor (X针对…进行的调研显示) and a titled report with no issuer named
 * (《…报告》显示, 据《…报告》，) as claimants; in {@code english-36.json} the clause before an English speaker who closes
 * the sentence (…, X told reporters.; …, he says: "…"), ended before an apposition after the speaker, and a sentence
 * that opens with a participle as no claim; in {@code company-36.json} "the company said" after a company's statement
 * as that company when only a body of another kind (a ministry) is named since; in {@code outlets-36.json} a news
 * outlet as the claimant of what it reports (X报道称，…, 某国媒体X称，…, a bare 报道说 after an outlet's report) and
 * 发表了一篇报道 as no statement; in {@code english-37.json} the base form "report" closing a sentence (…, researchers
 * report.), "worry that", and a verb of regarding with an "as" phrase (views X as Y) as English cues; in
 * {@code transcripts-37.json} a transcript's turn labels (周启明：, 主持人：, 提问者：), whose speaker speaks up to the
 * next label, and a courtesy or a bare answer as no claim.
 * The cases run with the relations the relation rules find in them, as in the pipeline: every claim rule and speaker
 * rule has a positive and a negative case.
 */
class ClaimCasesTest {
  private static CueClaimExtractor extractor;
  private static RuleRelationExtractor relations;

  @BeforeAll
  static void load() {
    extractor = CueClaimExtractor.standard();
    relations = RuleRelationExtractor.standard();
  }

  /** The case's claims, as the pipeline finds them: reading the relations the relation rules find in it. */
  private static List<Claim> claimsOf(RecordedCase c) {
    return extractor.extract(c.document(), c.entities(), relations.extract(c.document(), c.entities()));
  }

  static Stream<RecordedCase> cases() {
    return Stream.concat(RecordedCase.load("/fixtures/claim/claims.json").stream(),
        Stream.of("speech", "press", "press-en", "references", "news", "roundup", "institutions", "continuations",
            "speakers", "layouts", "sources-en", "news-16", "news-17", "news-18", "news-19", "news-20", "news-21",
            "news-22", "speakers-23", "speakers-24", "speakers-25", "objects-26", "english-26", "headings-26",
            "according-26", "asides-26", "groups-27", "cognition-27", "zh-27", "zh-28",
            "bylines-28", "english-28", "zh-29", "english-29", "zh-30", "english-30", "zh-31",
            "companies-33", "claims-34", "peoplegroups-35", "reports-36", "english-36",
            "company-36", "outlets-36", "english-37", "transcripts-37", "teams-37")
            .flatMap(f -> RecordedCase.load("/fixtures/claim/" + f + ".json").stream()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheClaimsTheCaseExpects(RecordedCase c) {
    List<Claim> claims = claimsOf(c);
    for (JsonNode e : c.field("expect")) {
      String text = e.path("text").asText();
      Optional<Claim> found = claims.stream().filter(x -> x.text().equals(text)).findFirst();
      assertThat(found).as("case %s: a claim with text '%s' among %s", c.id(), text, show(claims)).isPresent();
      Claim claim = found.get();
      assertThat(claim.rule()).as("case %s: rule", c.id()).isEqualTo(e.path("rule").asText());
      assertThat(claim.kind().name()).as("case %s: kind", c.id()).isEqualTo(e.path("kind").asText());
      assertThat(claimant(claim, c)).as("case %s: claimant", c.id()).isEqualTo(e.path("claimant").asText());
      if (e.has("stance")) {
        assertThat(claim.stance().name()).as("case %s: stance (cue %s)", c.id(), claim.stanceCue())
            .isEqualTo(e.path("stance").asText());
      }
      assertThat(claim.span().of(c.document().text())).isEqualTo(claim.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsNothingTheCaseRejects(RecordedCase c) {
    List<Claim> claims = claimsOf(c);
    if (c.field("noClaims").asBoolean(false)) {
      assertThat(show(claims)).as("case %s", c.id()).isEmpty();
    }
    if (c.field("onlyExpected").asBoolean(false)) {
      // A fragment inside an expected claim cannot be rejected by its text: nothing but the expected claims.
      assertThat(show(claims)).as("case %s", c.id()).hasSize(c.field("expect").size());
    }
    for (String rejected : c.strings("reject")) {
      assertThat(claims).as("case %s: no claim with '%s' among %s", c.id(), rejected, show(claims))
          .noneMatch(x -> x.text().contains(rejected));
    }
  }

  @Test
  void everyClaimRuleHasAPositiveAndANegativeCase() {
    Set<String> positive = new TreeSet<>();
    cases().forEach(c -> c.field("expect").forEach(e -> positive.add(e.path("rule").asText())));
    assertThat(positive).containsExactlyInAnyOrder("attribution.cue-quote", "attribution.quote-cue",
        "attribution.colon-quote", "attribution.reported", "attribution.nearby-speaker-quote", "author.thesis-marker",
        "author.opening-marker", "attribution.speaker-line", "attribution.opinion", "attribution.speaker-heading",
        "attribution.continued-speech", "attribution.according-to", "attribution.preceding",
        "attribution.corenlp-quote", "attribution.interview-answer", "attribution.quote-run",
        "attribution.quote-response-noun", "attribution.learned-from", "attribution.continued-quote");
    // A negative case for each: its id starts with the positive one's and it expects nothing of that rule.
    Set<String> ids = new TreeSet<>();
    cases().forEach(c -> ids.add(c.id()));
    for (String prefix : List.of("cue-quote-", "quote-cue-", "colon-quote-", "reported-passive",
        "unattributed-quote-", "author-thesis-", "author-opening-marker-", "speaker-line-", "opinion-",
        "speaker-heading-", "continued-speech-", "according-to-", "preceding-", "parenthesis-", "interview-answer-",
        "quote-run-", "quote-then-response-noun-", "learned-from-", "continued-quote-")) {
      assertThat(ids).as("a negative case %s*", prefix).anyMatch(id -> id.startsWith(prefix) && !id.endsWith("+"));
    }
  }

  /** An entity key, {@code author} for the byline's author, or {@code group:<description>}. */
  private static String claimant(Claim claim, RecordedCase c) {
    Optional<String> author = c.document().document().byline().flatMap(b -> c.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.span().equals(b.authorSpan()))).findFirst())
        .map(org.claimgraph.extract.Entity::key);
    return claim.claimant().entityKey().map(k -> author.isPresent() && author.get().equals(k) ? "author" : k)
        .orElse("group:" + claim.claimant().description());
  }

  private static List<String> show(List<Claim> claims) {
    return claims.stream().map(x -> x.kind() + " " + x.claimant().description() + ": " + x.text() + " [" + x.rule() + "]")
        .toList();
  }
}
