package org.claimgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNamesTest {
  @ParameterizedTest
  @CsvSource({"Jessica,true", "DREW,true", "marie,true", "Overview,false", "Funding,false"})
  void givenNamesComeFromCoreNlpsNameGenderList(String word, boolean given) {
    assertThat(GivenNames.contains(word)).isEqualTo(given);
  }
}
