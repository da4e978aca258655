package org.claimgraph.extract.relation;

import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.SentenceTagger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationExtractor;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.DependencyRuleMatch;
import org.claimgraph.extract.corenlp.SemgrexRules;
import org.claimgraph.extract.corenlp.TokenRuleMatch;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.corenlp.TokensRegexRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relations from rule files: TokensRegex token patterns ({@code *.rules}) and Semgrex dependency patterns
 * ({@code *.semgrex}), run over sentences whose tokens carry our entity types (see {@link SentenceTagger}). Each
 * relation names its rule as {@code <file>.<rule>} (e.g. {@code roles.org-title-person}). When several rules find
 * the same fact, the most confident one is kept.
 */
public final class RuleRelationExtractor implements RelationExtractor {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.relations");

  /** The bundled rule files, in this package's resources. */
  public static final List<String> TOKEN_RULE_FILES =
      List.of("roles.rules", "organizations.rules", "models.rules", "events.rules", "works.rules");
  public static final List<String> DEPENDENCY_RULE_FILES = List.of("relations.semgrex", "english.semgrex");
  /**
   * Tags of nodes read as their name alone, not as the phrase they head. Only people: lists of people each with their
   * own title and organization are where the phrase reading goes wrong, while a model or organization node's phrase
   * ("GPT-4和GPT-4o") is often the intended reading.
   */
  private static final Set<String> NAME_TAGS = Set.of("PERSON");
  /** Predicates whose object is a date of one event, so a finer date of the same subject replaces a coarser one. */
  private static final Set<RelationType> DATED = EnumSet.of(RelationType.RELEASE_DATE, RelationType.START_DATE);

  private record TokenFile(String stem, TokensRegexRules rules, Map<String, RuleAction> actions) {}

  private record DependencyFile(String stem, SemgrexRules rules, Map<String, RuleAction> actions) {}

  private final SentenceTagger tagger;
  private final List<TokenFile> tokenFiles;
  private final List<DependencyFile> dependencyFiles;

  public RuleRelationExtractor(SentenceTagger tagger, List<TokensRegexRules> tokenRules,
      List<SemgrexRules> dependencyRules) {
    this.tagger = tagger;
    this.tokenFiles = tokenRules.stream()
        .map(r -> new TokenFile(stem(r.source()), r, actions(r.source(), r.ruleNames(), r::result)))
        .toList();
    this.dependencyFiles = dependencyRules.stream()
        .map(r -> new DependencyFile(stem(r.source()), r, actions(r.source(), r.ruleNames(), r::result)))
        .toList();
  }

  /** The bundled rules, titles and anaphors. */
  public static RuleRelationExtractor standard() {
    List<TokensRegexRules> tokens = TOKEN_RULE_FILES.stream()
        .map(f -> TokensRegexRules.load(RuleRelationExtractor.class, f)).toList();
    List<SemgrexRules> dependencies = DEPENDENCY_RULE_FILES.stream()
        .map(f -> SemgrexRules.load(RuleRelationExtractor.class, f, Map.of())).toList();
    return new RuleRelationExtractor(SentenceTagger.standard(), tokens, dependencies);
  }

  private static Map<String, RuleAction> actions(String source, List<String> names,
      java.util.function.Function<String, List<String>> result) {
    Map<String, RuleAction> actions = new HashMap<>();
    for (String name : names) {
      actions.put(name, RuleAction.parse(source + ": rule " + name, result.apply(name)));
    }
    return actions;
  }

  private static String stem(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** Token rules test POS and NER tags; Semgrex rules need dependency parses, or they silently find nothing. */
  @Override
  public Set<AnnotationLayer> requires() {
    Set<AnnotationLayer> layers = EnumSet.of(AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.NER);
    if (!dependencyFiles.isEmpty()) {
      layers.add(AnnotationLayer.DEPENDENCIES);
    }
    return layers;
  }

  /**
   * Every rule id, {@code <file>.<rule>}, the character-level roles rule and the rules read from lists and names, for
   * documentation and tests.
   */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    tokenFiles.forEach(f -> f.rules().ruleNames().forEach(n -> ids.add(f.stem() + "." + n)));
    dependencyFiles.forEach(f -> f.rules().ruleNames().forEach(n -> ids.add(f.stem() + "." + n)));
    ids.add(GluedRoles.RULE);
    ids.add(ModelNames.RULE);
    ids.add(AttendeeLists.RULE);
    ids.add(PersonLists.RULE);
    ids.add(PersonLists.POST_RULE);
    ids.add(EventNames.DAY_RULE);
    ids.add(PlaceNames.RULE);
    ids.add(PlaceNames.VENUE_RULE);
    ids.add(PlaceNames.PLACE_CHAIN_RULE);
    ids.add(PlaceNames.REGION_RULE);
    ids.add(PlaceNames.HAN_COURT_RULE);
    ids.add(PlaceNames.ADDRESS_RULE);
    ids.add(PlaceNames.THINK_TANK_RULE);
    ids.add(PlaceNames.DISTRICT_COURT_RULE);
    ids.add(PlaceNames.UNIT_PLACE_RULE);
    ids.add(PlaceNames.ENGLISH_UNIT_PLACE_RULE);
    ids.add(PlaceNames.CLOSING_PLACE_RULE);
    ids.add(UnitNames.RULE);
    ids.add(LegislatorSeats.RULE);
    ids.add(BillSponsors.RULE);
    ids.add(CabinetSecretaries.RULE);
    ids.addAll(List.of(EncyclopediaPages.SUBJECT_FOUNDED_RULE, EncyclopediaPages.INFOBOX_RULE,
        EncyclopediaPages.DESCRIPTOR_RULE, EncyclopediaPages.ENGLISH_DESCRIPTOR_RULE,
        EncyclopediaPages.SUBJECT_OFFICERS_RULE, EncyclopediaPages.SUBJECT_FOUNDED_BY_RULE));
    return ids;
  }

  @Override
  public List<Relation> extract(AnnotatedDocument document, List<Entity> entities) {
    Map<String, Relation> best = new LinkedHashMap<>();
    keep(best, everyMatch(document, entities));
    LOG.debug("{}: {} relations", document.document().raw().source(), best.size());
    return withoutCoarserDates(List.copyOf(best.values()));
  }

  /**
   * A date that another date of the same fact refines is the same date said less precisely ("2025年8月，X发布GPT-5"
   * and "2025年8月7日，X正式发布GPT-5"): only the precise one is kept.
   */
  static List<Relation> withoutCoarserDates(List<Relation> relations) {
    return relations.stream().filter(r -> relations.stream().noneMatch(other -> refines(other, r))).toList();
  }

  private static boolean refines(Relation finer, Relation coarser) {
    return finer.subject().equals(coarser.subject()) && finer.predicate() == coarser.predicate()
        && finer.object() instanceof Relation.LiteralValue f && coarser.object() instanceof Relation.LiteralValue c
        && DATED.contains(finer.predicate()) && f.lexical().startsWith(c.lexical() + "-");
  }

  /** Every relation every rule found, before duplicates are merged: what each rule does, for tests and reports. */
  List<Relation> everyMatch(AnnotatedDocument document, List<Entity> entities) {
    List<TaggedSentence> tagged = tagger.tag(document, entities);
    RuleInterpreter interpreter = new RuleInterpreter(tagged,
        document.document().paragraphs().stream().map(p -> p.span()).toList());
    Set<String> belowCountry = PlaceLevels.belowCountry(document, entities);
    List<Relation> all = new ArrayList<>(UnitNames.partOf(entities));
    all.addAll(PlaceNames.locatedIn(entities, belowCountry));
    all.addAll(PlaceNames.venues(entities, belowCountry));
    all.addAll(PlaceNames.placeChains(entities, belowCountry));
    all.addAll(PlaceNames.courts(entities));
    all.addAll(PlaceNames.regions(entities));
    all.addAll(PlaceNames.addresses(document.text(), entities));
    all.addAll(PlaceNames.thinkTanks(document.text(), entities, belowCountry));
    all.addAll(PlaceNames.courtDistricts(entities));
    all.addAll(PlaceNames.unitPlaces(entities, belowCountry));
    all.addAll(PlaceNames.englishUnitPlaces(entities));
    all.addAll(PlaceNames.closingPlaces(entities));
    all.addAll(ModelNames.developers(entities));
    all.addAll(EventNames.organizers(entities));
    all.addAll(EventNames.startYears(entities));
    all.addAll(EventNames.locations(entities));
    all.addAll(EventNames.openingDays(document, tagged));
    all.addAll(AttendeeLists.find(document, tagged));
    all.addAll(LegislatorSeats.find(tagged, entities));
    all.addAll(CabinetSecretaries.find(tagged, entities));
    all.addAll(EncyclopediaPages.find(document, entities, tagged, tagger.titles()));
    for (TaggedSentence s : tagged) {
      all.addAll(GluedRoles.find(s, tagger.titles()));
      all.addAll(BillSponsors.find(s));
      for (TokenFile f : tokenFiles) {
        for (TokenRuleMatch m : f.rules().match(s.sentence(), s.tags())) {
          String id = f.stem() + "." + m.rule();
          all.addAll(interpreter.interpret(s, id, f.actions().get(m.rule()), m.groups(),
              new TokenRange(m.begin(), m.end())));
        }
      }
      List<String> dependencyTags = dependencyFiles.isEmpty() ? List.of() : dependencyTags(s);
      for (DependencyFile f : dependencyFiles) {
        for (DependencyRuleMatch m : f.rules().match(s.sentence(), dependencyTags)) {
          Map<String, TokenRange> groups = new HashMap<>();
          int lo = Integer.MAX_VALUE;
          int hi = -1;
          for (Map.Entry<String, Integer> node : m.nodes().entrySet()) {
            TokenRange phrase = nodePhrase(s, node.getValue());
            groups.put(node.getKey(), phrase);
            lo = Math.min(lo, phrase.begin());
            hi = Math.max(hi, phrase.end());
          }
          if (hi >= 0) {
            all.addAll(interpreter.interpret(s, f.stem() + "." + m.rule(), f.actions().get(m.rule()), groups,
                new TokenRange(lo, hi)));
          }
        }
      }
    }
    // A relation stated before a list of people holds for each person of it (founded by A, B and C).
    all.addAll(PersonLists.find(tagged, List.copyOf(all)));
    Set<String> companies = entities.stream().filter(e -> e.type() == EntityType.COMPANY).map(Entity::key)
        .collect(Collectors.toSet());
    all.removeIf(r -> r.predicate() == RelationType.LOCATED_IN && seatOnly(r.rule())
        && !(companies.contains(r.subject()) && r.object() instanceof Relation.EntityValue place
            && belowCountry.contains(place.key())));
    return all;
  }

  /** Whether the rule that found a relation reads a company's seat (place=SEAT). */
  private boolean seatOnly(String ruleId) {
    for (TokenFile f : tokenFiles) {
      if (ruleId.startsWith(f.stem() + ".")) {
        RuleAction action = f.actions().get(ruleId.substring(f.stem().length() + 1));
        return action != null && action.seatOnly();
      }
    }
    return false;
  }

  /**
   * The tokens a matched node stands for. A node that is a person's name stands for that name alone: the parser
   * often hangs a whole list "A的CEO X、B的CEO Y" under one name through dep/conj, and reading Y's node as that
   * phrase would give X Y's title and organization too. An organization or a place stands for its phrase up to its
   * apposition (Denver of "Denver, Colo.": the state is the city's, not the company's). Any other node (人士, 公司, a
   * model) stands for the noun phrase it heads.
   */
  static TokenRange nodePhrase(TaggedSentence s, int head) {
    String tag = s.tags().get(head);
    if (tag.equals("TITLE")) {
      return titleRun(s, head);
    }
    if (tag.equals("ORG") || tag.equals("PLACE")) {
      return beforeApposition(s, head, s.nounPhrase(head));
    }
    if (!NAME_TAGS.contains(tag)) {
      return s.nounPhrase(head);
    }
    int lo = head;
    int hi = head + 1;
    while (lo > 0 && tag.equals(s.tags().get(lo - 1))) {
      lo--;
    }
    while (hi < s.tags().size() && tag.equals(s.tags().get(hi))) {
      hi++;
    }
    return new TokenRange(lo, hi);
  }

  /**
   * An organization's phrase up to its apposition: "Sierra, the chairman of OpenAI, and a board member of Shopify" as
   * the object of "cofounder of" names Sierra alone, and "Acme, a company based in Paris and Oslo" no place as the
   * organization. The apposition's own names are the rules' to read (based-in-apposition reads it as a relation).
   */
  private static TokenRange beforeApposition(TaggedSentence s, int head, TokenRange phrase) {
    int end = phrase.end();
    for (Dependency d : s.sentence().dependencies()) {
      if (d.governor() == head && d.relation().equals("appos") && d.dependent() > head) {
        end = Math.min(end, s.nounPhrase(d.dependent()).begin());
      }
    }
    while (end > head + 1 && s.tags().get(end - 1).equals("O")
        && s.sentence().tokens().get(end - 1).pos().matches("PU|,|-LRB-|\\(")) {
      end--;
    }
    return new TokenRange(phrase.begin(), end);
  }

  /** A company's legal form written after its name and a comma: Groq, Inc.; Acme, Ltd. */
  private static final Pattern LEGAL_FORM =
      Pattern.compile("Inc\\.?|Corp\\.?|Ltd\\.?|LLC|PLC|plc|GmbH|AG|S\\.A\\.?|Co\\.");

  /**
   * The tags dependency rules see: as the token rules', but a legal form that the parse makes the head of the
   * company's name (compound(Inc., Groq) in "Groq, Inc.") is the company too, so "founded Groq, Inc." has an
   * organization for its object.
   */
  private static List<String> dependencyTags(TaggedSentence s) {
    List<String> tags = new ArrayList<>(s.tags());
    for (Dependency d : s.sentence().dependencies()) {
      if (d.relation().equals("compound") && d.governor() >= 0 && "ORG".equals(tags.get(d.dependent()))
          && LEGAL_FORM.matcher(s.sentence().tokens().get(d.governor()).word()).matches()) {
        tags.set(d.governor(), "ORG");
      }
    }
    return tags;
  }

  /** English words joining two titles of one person (co-founder and chief executive), beside the Chinese ones. */
  private static final Set<String> ENGLISH_TITLE_JOINERS = Set.of("and", "&", ",");

  /**
   * A title node read as the titles written together around it, joined by "and" or 兼, and no further: its noun phrase
   * would also take in a title joined to it that another organization's "of" governs (CEO of Acme, and the co-founder
   * of Initech), and give that title to the first organization.
   */
  private static TokenRange titleRun(TaggedSentence s, int head) {
    List<String> tags = s.tags();
    List<Token> tokens = s.sentence().tokens();
    int lo = head;
    while (lo > 0 && (tags.get(lo - 1).equals("TITLE")
        || lo > 1 && joinsTitles(tokens.get(lo - 1)) && tags.get(lo - 2).equals("TITLE"))) {
      lo--;
    }
    int hi = head + 1;
    while (hi < tags.size() && (tags.get(hi).equals("TITLE")
        || hi + 1 < tags.size() && joinsTitles(tokens.get(hi)) && tags.get(hi + 1).equals("TITLE"))) {
      hi++;
    }
    return new TokenRange(lo, hi);
  }

  private static boolean joinsTitles(Token t) {
    return RuleInterpreter.TITLE_JOINERS.contains(t.word()) || ENGLISH_TITLE_JOINERS.contains(t.word());
  }

  /** One relation per (subject, predicate, object): the most confident, the first found among equals. */
  private static void keep(Map<String, Relation> best, List<Relation> found) {
    for (Relation r : found) {
      String key = r.subject() + "\t" + r.predicate() + "\t" + r.object();
      Relation old = best.get(key);
      if (old == null || r.confidence() > old.confidence()) {
        best.put(key, r);
      }
    }
  }
}
