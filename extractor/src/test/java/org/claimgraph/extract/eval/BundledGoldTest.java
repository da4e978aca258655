package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled gold parses and agrees with the essay it annotates. */
class BundledGoldTest {
  /** The essay as bundled, relative to the extractor module (the test working directory). */
  static final Path ESSAY = Path.of("../corpus/genai-balance-2023.zh.raw.txt");
  /** The article's last words: everything after them is SEO spam. */
  private static final String ARTICLE_END = "占有一席之地。";
  /** The spam line injected after the date. */
  private static final String INJECTED_SPAM = "百度 在所有车型中";

  private static Gold gold;
  private static String raw;
  private static int articleBegin;
  private static int articleEnd;

  @BeforeAll
  static void load() throws IOException {
    gold = Gold.read(GoldReadTest.resource("genai-balance-2023.zh.gold.json"));
    raw = Files.readString(ESSAY, StandardCharsets.UTF_8);
    articleBegin = raw.indexOf(gold.title());
    articleEnd = raw.indexOf(ARTICLE_END) + ARTICLE_END.length();
  }

  private static boolean inArticle(int at, int length) {
    int spam = raw.indexOf(INJECTED_SPAM);
    int spamEnd = raw.indexOf('\n', spam);
    return at >= articleBegin && at + length <= articleEnd && (at + length <= spam || at >= spamEnd);
  }

  @Test
  void describesTheBundledEssay() {
    assertThat(articleBegin).isPositive();
    assertThat(gold.source()).hasValueSatisfying(s -> assertThat(Path.of("..").resolve(s)).isRegularFile());
    assertThat(gold.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-10-19"));
    assertThat(gold.author()).hasValueSatisfying(a -> assertThat(raw.substring(articleBegin, articleEnd)).contains(a));
  }

  @Test
  void coversEveryEntityTypeAndEveryClaimKindAndStance() {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    gold.entities().forEach(e -> types.add(Evaluator.scoredType(e.type())));
    assertThat(types).containsExactlyInAnyOrder(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.AI_MODEL,
        EntityType.PRODUCT, EntityType.EVENT, EntityType.PLACE, EntityType.WORK, EntityType.TOPIC);
    assertThat(gold.claims()).extracting(GoldClaim::kind).containsAll(EnumSet.allOf(ClaimKind.class));
    assertThat(gold.claims()).extracting(GoldClaim::stance)
        .containsAll(EnumSet.allOf(org.claimgraph.extract.Stance.class));
  }

  @Test
  void everyNameIsUsedInTheArticleNotOnlyInTheSpam() {
    String article = MatchKey.name(raw.substring(articleBegin, articleEnd).replace(INJECTED_SPAM, ""));
    List<String> problems = new ArrayList<>();
    for (GoldEntity e : gold.entities()) {
      for (String name : e.names()) {
        if (!article.contains(MatchKey.name(name))) {
          problems.add("name " + name + " of " + e.displayName() + " is not in the article");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyClaimTextOccursVerbatimOnceInTheArticleAndClaimsDoNotOverlap() {
    List<String> problems = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (GoldClaim c : gold.claims()) {
      int at = raw.indexOf(c.text());
      if (at < 0 || raw.indexOf(c.text(), at + 1) >= 0 || !inArticle(at, c.text().length())) {
        problems.add("claim '" + c.shortText() + "' does not occur exactly once, inside the article");
        continue;
      }
      if (c.text().startsWith("“") || c.text().endsWith("”")) {
        problems.add("claim '" + c.shortText() + "' keeps a quotation mark");
      }
      Span span = new Span(at, at + c.text().length());
      if (spans.stream().anyMatch(span::overlaps)) {
        problems.add("claim '" + c.shortText() + "' overlaps another claim");
      }
      spans.add(span);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void directQuotesOpenWithAQuotationMarkAndOthersDoNot() {
    List<String> problems = new ArrayList<>();
    for (GoldClaim c : gold.claims()) {
      boolean opensQuote = raw.charAt(raw.indexOf(c.text()) - 1) == '“';
      if (opensQuote != (c.kind() == ClaimKind.DIRECT_QUOTE)) {
        problems.add(c.kind() + " '" + c.shortText() + "'" + (opensQuote ? " follows" : " does not follow") + " “");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void authorAssertionsAreExactlyTheAuthorsClaims() {
    for (GoldClaim c : gold.claims()) {
      assertThat(c.kind() == ClaimKind.AUTHOR_ASSERTION).as(c.shortText()).isEqualTo(gold.isAuthor(c.claimant()));
    }
  }

  @Test
  void everyRelationHasVerbatimEvidenceThatNamesOneOfItsParts() {
    List<String> problems = new ArrayList<>();
    for (GoldRelation r : gold.relations()) {
      int at = raw.indexOf(r.evidence());
      if (at < 0 || !inArticle(at, r.evidence().length())) {
        problems.add("evidence of " + r.display() + " is not verbatim in the article");
      }
      String evidence = MatchKey.name(r.evidence());
      List<String> parts = new ArrayList<>(gold.entity(r.subject()).orElseThrow().names());
      r.object().ifPresent(o -> parts.addAll(gold.entity(o).orElseThrow().names()));
      r.literal().ifPresent(parts::add);
      r.qualifier().ifPresent(parts::add);
      if (parts.stream().noneMatch(p -> evidence.contains(MatchKey.name(p)))) {
        problems.add("evidence of " + r.display() + " names none of its subject, object, literal or qualifier");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void relationsRespectTheirDomainsAndRanges() {
    Set<EntityType> orgs = EnumSet.of(EntityType.ORGANIZATION, EntityType.COMPANY, EntityType.RESEARCH_ORGANIZATION,
        EntityType.MEDIA_ORGANIZATION);
    Set<EntityType> person = EnumSet.of(EntityType.PERSON);
    Set<EntityType> model = EnumSet.of(EntityType.AI_MODEL);
    Set<EntityType> event = EnumSet.of(EntityType.EVENT);
    Set<EntityType> personOrOrg = EnumSet.copyOf(orgs);
    personOrOrg.add(EntityType.PERSON);
    Set<EntityType> host = EnumSet.copyOf(orgs);
    host.add(EntityType.PRODUCT); // cloud services, see the guidelines
    Map<RelationType, List<Set<EntityType>>> domainRange = new TreeMap<>(Map.ofEntries(
        Map.entry(RelationType.DEVELOPER, List.of(model, orgs)),
        Map.entry(RelationType.FOUNDER, List.of(orgs, person)),
        Map.entry(RelationType.CEO, List.of(orgs, person)),
        Map.entry(RelationType.CHIEF_SCIENTIST, List.of(orgs, person)),
        Map.entry(RelationType.WORKS_FOR, List.of(person, orgs)),
        Map.entry(RelationType.HOSTED_BY, List.of(model, host)),
        Map.entry(RelationType.CUSTOMER_OF, List.of(orgs, orgs)),
        Map.entry(RelationType.ORGANIZER, List.of(event, personOrOrg)),
        Map.entry(RelationType.ATTENDEE, List.of(event, personOrOrg)),
        Map.entry(RelationType.PART_OF, List.of(orgs, orgs)),
        Map.entry(RelationType.AUTHOR_OF, List.of(personOrOrg, EnumSet.of(EntityType.WORK))),
        Map.entry(RelationType.EVALUATED_ON, List.of(model, EnumSet.of(EntityType.WORK))),
        Map.entry(RelationType.SPEAKER_AT, List.of(person, event)),
        Map.entry(RelationType.LOCATED_IN, List.of(EnumSet.of(EntityType.PLACE, EntityType.ORGANIZATION,
            EntityType.COMPANY, EntityType.RESEARCH_ORGANIZATION, EntityType.MEDIA_ORGANIZATION),
            EnumSet.of(EntityType.PLACE))),
        Map.entry(RelationType.LOCATION, List.of(event, EnumSet.of(EntityType.PLACE)))));
    Map<RelationType, Pattern> literals = Map.of(
        RelationType.FOUNDING_YEAR, Pattern.compile("\\d{4}"),
        RelationType.RELEASE_DATE, Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?"),
        RelationType.START_DATE, Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?"),
        RelationType.PARAMETER_COUNT, Pattern.compile("[1-9]\\d*"),
        RelationType.ATTENDANCE, Pattern.compile("[1-9]\\d*"),
        RelationType.OPENNESS, Pattern.compile("OpenSource|Proprietary"));
    Map<RelationType, Set<EntityType>> literalSubjects = Map.of(
        RelationType.FOUNDING_YEAR, orgs, RelationType.RELEASE_DATE, model, RelationType.START_DATE, event,
        RelationType.PARAMETER_COUNT, model, RelationType.ATTENDANCE, event, RelationType.OPENNESS, model);
    List<String> problems = new ArrayList<>();
    for (GoldRelation r : gold.relations()) {
      EntityType subject = gold.entity(r.subject()).orElseThrow().type();
      boolean ok;
      if (domainRange.containsKey(r.predicate())) {
        List<Set<EntityType>> dr = domainRange.get(r.predicate());
        ok = dr.get(0).contains(subject) && r.object().isPresent()
            && dr.get(1).contains(gold.entity(r.object().get()).orElseThrow().type());
      } else {
        ok = literalSubjects.get(r.predicate()).contains(subject) && r.literal().isPresent()
            && literals.get(r.predicate()).matcher(r.literal().get()).matches();
      }
      if (!ok) {
        problems.add(r.display() + " breaks the domain, range or literal format of " + r.predicate());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void anExtractionThatIsTheGoldItselfScoresOneEverywhere() {
    EvaluationReport report = Evaluator.evaluate(extractionFromGold(), gold);
    report.entities().byType().forEach((type, s) -> assertThat(s.f1()).as("entity F1 %s", type).isEqualTo(1.0));
    assertThat(report.entities().organizationsExactSubtype()).isEqualTo(report.entities().organizationsMatched());
    assertThat(report.relations().overall().f1()).isEqualTo(1.0);
    assertThat(report.relations().qualifiersAgreeing()).isEqualTo(report.relations().qualifiersGold());
    assertThat(report.claims().all().spanRecall()).isEqualTo(1.0);
    assertThat(report.claims().all().claimantAccuracy()).isEqualTo(1.0);
    assertThat(report.claims().all().kindAccuracy()).isEqualTo(1.0);
    assertThat(report.claims().all().stanceAccuracy()).isEqualTo(1.0);
    assertThat(report.claims().precision()).isEqualTo(1.0);
  }

  /** The gold turned into an extraction over the raw essay: entities by name, relations and claims as annotated. */
  static Extraction extractionFromGold() {
    AnnotatedDocument doc = TestDocuments.annotated(raw);
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < gold.entities().size(); i++) {
      GoldEntity g = gold.entities().get(i);
      TreeMap<String, String> labels = new TreeMap<>();
      labels.put("zh", g.displayName());
      entities.add(new Entity("gold-" + i, g.type(), labels, new TreeSet<>(g.names()), Optional.empty(), List.of()));
    }
    List<Relation> relations = new ArrayList<>();
    for (GoldRelation r : gold.relations()) {
      Relation.Value object = r.object().<Relation.Value>map(o -> new Relation.EntityValue(key(o)))
          .orElseGet(() -> new Relation.LiteralValue(r.literal().orElseThrow(), "http://www.w3.org/2001/XMLSchema#string"));
      relations.add(new Relation(key(r.subject()), r.predicate(), object, r.qualifier(), 0, new Span(0, 1), "gold", 1.0));
    }
    List<Claim> claims = new ArrayList<>();
    for (GoldClaim c : gold.claims()) {
      int at = raw.indexOf(c.text());
      Optional<String> entity = gold.entityIndex(c.claimant()).map(i -> "gold-" + i);
      claims.add(new Claim(new Span(at, at + c.text().length()), c.text(), 0, new Claim.Claimant(entity, c.claimant()),
          c.kind(), c.stance(), Optional.empty(), Optional.empty(), c.about().stream().map(BundledGoldTest::key).toList(),
          "gold", 1.0));
    }
    return new Extraction(doc, entities, relations, claims);
  }

  private static String key(String name) {
    return "gold-" + gold.entityIndex(name).orElseThrow();
  }
}
