package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.DependencyRuleMatch;
import org.claimgraph.extract.corenlp.SemgrexRules;
import org.claimgraph.extract.corenlp.TokenRuleMatch;
import org.claimgraph.extract.corenlp.TokensRegexRules;
import org.junit.jupiter.api.Test;

/** The rule-file adapters: how rule files are read, run and rejected, on a sentence built by hand. */
class RuleFilesTest {
  /** 腾讯 首席 执行官 马化腾 表示, with a hand-made parse: 表示 >nsubj 马化腾 >appos 执行官 >nmod:assmod 腾讯. */
  private static final AnnotatedSentence SENTENCE = new AnnotatedSentence(0, new Span(0, 12), List.of(
      new Token(0, "腾讯", new Span(0, 2), "NR", "ORGANIZATION"),
      new Token(1, "首席", new Span(2, 4), "JJ", "O"),
      new Token(2, "执行官", new Span(4, 7), "NN", "TITLE"),
      new Token(3, "马化腾", new Span(7, 10), "NR", "PERSON"),
      new Token(4, "表示", new Span(10, 12), "VV", "O")), List.of(
      new Dependency("root", -1, 4),
      new Dependency("nsubj", 4, 3),
      new Dependency("appos", 3, 2),
      new Dependency("amod", 2, 1),
      new Dependency("nmod:assmod", 2, 0)), List.of());
  private static final List<String> TAGS = List.of("ORG", "TITLE", "TITLE", "PERSON", "O");

  @Test
  void tokensRegexRulesReturnNamedGroupsAndResults() {
    TokensRegexRules rules = TokensRegexRules.parse("test.rules", new StringReader("""
        $ORG = ( [{ner:ORG}]+ )
        { ruleType: "tokens", name: "t", pattern: ( (?$subject $ORG) (?$title [{ner:TITLE}]+) (?$object [{ner:PERSON}]) ),
          result: ( 0.9, "ROLE=$object" ) }
        """));
    List<TokenRuleMatch> matches = rules.match(SENTENCE, TAGS);
    assertThat(matches).hasSize(1);
    TokenRuleMatch m = matches.get(0);
    assertThat(m.rule()).isEqualTo("t");
    assertThat(m.group("subject")).contains(new TokenRuleMatch.TokenRange(0, 1));
    assertThat(m.group("title")).contains(new TokenRuleMatch.TokenRange(1, 3));
    assertThat(m.group("object")).contains(new TokenRuleMatch.TokenRange(3, 4));
    assertThat(m.result()).containsExactly("0.9", "ROLE=$object");
    assertThat(rules.match(SENTENCE, List.of("O", "O", "O", "O", "O"))).isEmpty();
  }

  @Test
  void tokensRegexFileErrorsNameTheFileAndTheFix() {
    assertThatThrownBy(() -> TokensRegexRules.parse("bad.rules", new StringReader(
        "{ ruleType: \"tokens\", name: \"x\", pattern: ( [{word:的}] ), result: ( 0.5 ) }")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.rules").hasMessageContaining("/的/");
    assertThatThrownBy(() -> TokensRegexRules.parse("unnamed.rules", new StringReader(
        "{ ruleType: \"tokens\", pattern: ( /的/ ), result: ( 0.5 ) }")))
        .hasMessageContaining("unnamed.rules").hasMessageContaining("has no name");
  }

  @Test
  void semgrexRulesExpandMacrosAndReturnNamedNodes() {
    SemgrexRules rules = SemgrexRules.parse("test.semgrex", new StringReader("""
        # who said it
        macro SAY = /^(表示|认为)$/
        rule speaker : 0.9 X=$y
          {word:${SAY}}=cue >nsubj {ner:PERSON}=speaker
        """), Map.of());
    List<DependencyRuleMatch> matches = rules.match(SENTENCE, TAGS);
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).nodes()).containsEntry("cue", 4).containsEntry("speaker", 3);
    assertThat(matches.get(0).result()).containsExactly("0.9", "X=$y");
  }

  @Test
  void semgrexFileErrorsNameTheLine() {
    assertThatThrownBy(() -> SemgrexRules.parse("bad.semgrex", new StringReader("""
        rule r : 0.5
          {word:${NOPE}}=x
        """), Map.of())).hasMessageContaining("bad.semgrex:1").hasMessageContaining("${NOPE}");
    assertThatThrownBy(() -> SemgrexRules.parse("bad.semgrex", new StringReader("stray pattern line"), Map.of()))
        .hasMessageContaining("bad.semgrex:1");
  }

  @Test
  void bothKindsOfRuleFileLoadFromTheClasspathTheSameWay() {
    assertThat(TokensRegexRules.load(RuleRelationExtractor.class, "roles.rules").ruleNames()).isNotEmpty();
    assertThat(SemgrexRules.load(RuleRelationExtractor.class, "relations.semgrex", Map.of()).ruleNames()).isNotEmpty();
    assertThatThrownBy(() -> TokensRegexRules.load(RuleRelationExtractor.class, "missing.rules"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TokensRegex rule file missing.rules is missing from the classpath next to "
            + RuleRelationExtractor.class.getName());
    assertThatThrownBy(() -> SemgrexRules.load(RuleRelationExtractor.class, "missing.semgrex", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Semgrex rule file missing.semgrex is missing from the classpath next to "
            + RuleRelationExtractor.class.getName());
  }

  @Test
  void ruleResultsAreCheckedWhenLoaded() {
    assertThat(RuleAction.parse("f: rule r", List.of("0.8", "FOUNDER=$object", "FOUNDING_YEAR=$date")).items())
        .extracting(RuleAction.Item::key).containsExactly("FOUNDER", "FOUNDING_YEAR");
    assertThat(RuleAction.parse("f: rule r", List.of("0.8", "OPENNESS=OpenSource")).items().get(0).namedValue())
        .isEqualTo(Optional.of("OpenSource"));
    assertThatThrownBy(() -> RuleAction.parse("f: rule r", List.of("FOUNDER=$object")))
        .hasMessageContaining("f: rule r").hasMessageContaining("confidence");
    assertThatThrownBy(() -> RuleAction.parse("f: rule r", List.of("0.8", "FOUNDED=$object")))
        .hasMessageContaining("unknown predicate 'FOUNDED'");
    assertThatThrownBy(() -> RuleAction.parse("f: rule r", List.of("1.5", "FOUNDER=$object")))
        .hasMessageContaining("not in (0, 1]");
  }

  @Test
  void theBundledRuleFilesLoadAndNameTheirRules() {
    RuleRelationExtractor extractor = RuleRelationExtractor.standard();
    assertThat(extractor.ruleIds()).contains("roles.org-title-person", "relations.role-appos", "models.hosted-by")
        .doesNotHaveDuplicates();
  }
}
