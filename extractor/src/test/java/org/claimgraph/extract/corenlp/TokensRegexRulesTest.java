package org.claimgraph.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TokensRegexRulesTest {
  /**
   * Two alternatives that both take every token: CoreNLP's matcher follows both at each token, so its branches double
   * with the length of the list (the shape a title chain had before its words were one node pattern).
   */
  private static final String RULES = """
      { ruleType: "tokens", name: "branching", pattern: ( ( [{word:/项/}] | [{tag:NN}] )+ /完/ ), result: ( 0.5 ) }
      { ruleType: "tokens", name: "plain", pattern: ( /项/ /项/ ), result: ( 0.5 ) }
      """;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aRuleThatOverrunsItsBudgetOnASentenceIsGivenUpAndTheOtherRulesStillMatch() {
    TokensRegexRules rules = TokensRegexRules.parse("branching.rules", new StringReader(RULES));
    AnnotatedSentence list = listOf(60, "项");

    List<TokenRuleMatch> matches = rules.match(list, Collections.nCopies(61, "O"), Duration.ofMillis(300));

    assertThat(matches).extracting(TokenRuleMatch::rule).containsOnly("plain").hasSize(60);
    assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is cleared").isFalse();
  }

  @Test
  void aRuleWithinItsBudgetKeepsEveryMatch() {
    TokensRegexRules rules = TokensRegexRules.parse("branching.rules", new StringReader(RULES));
    AnnotatedSentence shortList = listOf(4, "完");

    List<TokenRuleMatch> matches = rules.match(shortList, Collections.nCopies(5, "O"), Duration.ofSeconds(20));

    assertThat(matches).extracting(TokenRuleMatch::rule).containsExactly(
        "branching", "branching", "branching", "branching", "plain", "plain", "plain");
  }

  /** {@code items} list items, then {@code last}. */
  private static AnnotatedSentence listOf(int items, String last) {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i <= items; i++) {
      tokens.add(new Token(i, i < items ? "项" : last, new Span(i, i + 1), "NN", "O"));
    }
    return new AnnotatedSentence(0, new Span(0, items + 1), tokens, List.of(), List.of());
  }
}
