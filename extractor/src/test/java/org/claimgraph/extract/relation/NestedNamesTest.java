package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.junit.jupiter.api.Test;

/** A rule's group holding names nested in one another stands for the outer name, the head of the noun phrase. */
class NestedNamesTest {
  private static final EntityType LAB = EntityType.RESEARCH_ORGANIZATION;

  private static TaggedSentence tagged(String text, String[] words, List<Referent> referents) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], new Span(at, at + words[i].length()), "NN", "O"));
      at += words[i].length();
    }
    AnnotatedSentence s = new AnnotatedSentence(0, new Span(0, text.length()), tokens, List.of(), List.of());
    return new TaggedSentence(s, text, Collections.nCopies(words.length, "ORG"), referents, List.of(),
        List.of());
  }

  @Test
  void theOuterOfNestedNamesIsTheHead() {
    // 星海大学视觉实验室: the lab, not the university its name opens with
    TaggedSentence s = tagged("星海大学视觉实验室", new String[] {"星海", "大学", "视觉", "实验室"}, List.of(
        new Referent("vision-lab", LAB, new Span(0, 9), 0, false),
        new Referent("university", LAB, new Span(0, 4), 0, false)));
    assertThat(RuleInterpreter.entities(s, new TokenRange(0, 4), EntityType::isOrganization, false))
        .extracting(Referent::entityKey).containsExactly("vision-lab");
  }

  @Test
  void ofNamesSideBySideTheLastIsTheHead() {
    // 星海科技云帆实验室 read as two names: the one ending the phrase
    TaggedSentence s = tagged("星海科技云帆实验室", new String[] {"星海", "科技", "云帆", "实验室"}, List.of(
        new Referent("xinghai", LAB, new Span(0, 4), 0, false),
        new Referent("yunfan-lab", LAB, new Span(4, 9), 0, false)));
    assertThat(RuleInterpreter.entities(s, new TokenRange(0, 4), EntityType::isOrganization, false))
        .extracting(Referent::entityKey).containsExactly("yunfan-lab");
  }

  @Test
  void aListStandsForItsOuterNamesOnly() {
    // Microsoft AI and Acme: every conjunct, but not Microsoft, named inside Microsoft AI for PART_OF
    TaggedSentence s = tagged("Microsoft AI and Acme", new String[] {"Microsoft", " AI", " and", " Acme"}, List.of(
        new Referent("microsoft-ai", LAB, new Span(0, 12), 0, false),
        new Referent("microsoft", LAB, new Span(0, 9), 0, false),
        new Referent("acme", LAB, new Span(16, 21), 0, false)));
    assertThat(RuleInterpreter.entities(s, new TokenRange(0, 4), EntityType::isOrganization, true))
        .extracting(Referent::entityKey).containsExactly("microsoft-ai", "acme");
  }
}
