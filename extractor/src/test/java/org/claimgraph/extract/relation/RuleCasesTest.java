package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relation rule on sentences written for it (not from the essay), with the CoreNLP analysis recorded in
 * {@code fixtures/relation/*.json}: each rule must find what its positive cases expect and nothing in its negative
 * cases, and every rule must have both.
 */
class RuleCasesTest {
  private static final List<String> FILES = List.of("roles", "organizations", "models", "events", "works", "english-16",
      "english-17", "events-17", "encyclopedia-17", "company-pages-17", "models-17", "bio-17", "places-17",
      "english-dependencies", "addresses", "founding", "seats", "lists", "profiles-19", "news-20", "news-21", "lists22",
      "works-22", "english-23", "english-24", "zh-24", "leads-24", "developer-24", "partof-24", "zh-25", "developer-25",
      "english-25", "anaphors-25", "english-26", "zh-26", "zh-27", "english-27", "events-27", "zh-27b",
      "english-27b", "zh-28", "english-28", "events-28", "zh-29", "products-29", "events-29",
      "english-29", "zh-29b", "english-30", "zh-30c", "events-31", "zh-units-31", "zh-32",
      "english-32", "events-32", "zhroles-33", "events-33", "english-33", "enroles-33", "relations-34", "venues-34",
      "units-35", "zhroles-35", "enroles-35", "events-en-35", "locpart-35",
      "enroles-36", "stations-36", "relations-37", "events-37", "units-37");
  private static final Pattern EXPECTED = Pattern.compile("(\\w+)\\((\\S+), (.+)\\)(?: by (\\S+))?");
  private static RuleRelationExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = RuleRelationExtractor.standard();
  }

  static Stream<RecordedCase> cases() {
    return FILES.stream().flatMap(f -> RecordedCase.load("/fixtures/relation/" + f + ".json").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheCaseExpects(RecordedCase c) {
    List<Relation> every = extractor.everyMatch(c.document(), c.entities());
    List<String> found = every.stream().map(r -> show(r) + " by " + r.rule()).toList();
    for (String expected : c.strings("expect")) {
      assertThat(found).as("case %s", c.id()).contains(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsNothingTheCaseRejects(RecordedCase c) {
    List<Relation> every = extractor.everyMatch(c.document(), c.entities());
    List<Relation> merged = extractor.extract(c.document(), c.entities());
    for (String rejected : c.strings("reject")) {
      if (EXPECTED.matcher(rejected).matches()) {
        assertThat(merged.stream().map(RuleCasesTest::show)).as("case %s", c.id()).doesNotContain(rejected);
      } else {
        assertThat(every.stream().filter(r -> r.rule().equals(rejected)).map(RuleCasesTest::show))
            .as("case %s: rule %s must not fire", c.id(), rejected).isEmpty();
      }
    }
  }

  @Test
  void everyRuleHasAPositiveAndANegativeCase() {
    Set<String> positive = new HashSet<>();
    Set<String> negative = new HashSet<>();
    cases().forEach(c -> {
      for (String e : c.strings("expect")) {
        Matcher m = EXPECTED.matcher(e);
        assertThat(m.matches()).as("expectation '%s' of %s", e, c.id()).isTrue();
        positive.add(m.group(4));
      }
      c.strings("reject").stream().filter(r -> !EXPECTED.matcher(r).matches()).forEach(negative::add);
    });
    List<String> rules = extractor.ruleIds();
    assertThat(rules).hasSizeGreaterThan(40);
    List<String> missing = new ArrayList<>();
    for (String rule : rules) {
      if (!positive.contains(rule)) {
        missing.add(rule + " (positive)");
      }
      if (!negative.contains(rule)) {
        missing.add(rule + " (negative)");
      }
    }
    assertThat(missing).as("rules without test cases").isEmpty();
    assertThat(rules).containsAll(positive).containsAll(negative);
  }

  /** {@code CEO(openai, sam-altman)}, {@code FOUNDING_YEAR(openai, 2015)}, {@code OPENNESS(llama-2, OpenSource)}. */
  static String show(Relation r) {
    String object;
    if (r.object() instanceof Relation.EntityValue e) {
      object = e.key();
    } else if (r.object() instanceof Relation.LiteralValue l) {
      object = l.lexical();
    } else {
      object = ((Relation.NamedValue) r.object()).localName();
    }
    return r.predicate() + "(" + r.subject() + ", " + object + ")";
  }
}
