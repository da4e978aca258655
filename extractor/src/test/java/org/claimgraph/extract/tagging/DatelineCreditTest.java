package org.claimgraph.extract.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.relation.RecordedCase;
import org.junit.jupiter.api.Test;

/** A news agency credited in a dateline reports the story; the rules never read it as a referent. */
class DatelineCreditTest {
  @Test
  void theAgencyOfADatelineIsNoReferentAndTheCompanyIs() {
    RecordedCase c = RecordedCase.load("/fixtures/relation/organizations.json").stream()
        .filter(r -> r.id().equals("english-the-place-based-noun-after-a-dateline+")).findFirst().orElseThrow();
    List<String> keys = SentenceTagger.standard().tag(c.document(), c.entities()).stream()
        .flatMap(s -> s.referents().stream()).map(Referent::entityKey).toList();
    assertThat(keys).contains("acme").doesNotContain("reuters");
  }

  @Test
  void onlyABracketedNameBeforeADashIsACredit() {
    String dateline = "March 3 (Reuters) - Acme said it had raised money.";
    int begin = dateline.indexOf("Reuters");
    assertThat(SentenceTagger.isDatelineCredit(dateline, new org.claimgraph.extract.Span(begin, begin + 7))).isTrue();
    String aside = "Acme said (Reuters) that it had raised money.";
    int at = aside.indexOf("Reuters");
    assertThat(SentenceTagger.isDatelineCredit(aside, new org.claimgraph.extract.Span(at, at + 7))).isFalse();
  }
}
