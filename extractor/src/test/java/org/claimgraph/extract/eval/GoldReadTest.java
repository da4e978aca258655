package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldReadTest {
  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(GoldReadTest.class.getResource("/gold/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      not-json.gold.json           | line 5, column 5   | not valid JSON
      unknown-type.gold.json       | $.entities[1].type | 'COMPNY' is not a value of EntityType
      unresolved-subject.gold.json | $.relations[1].subject | 'Open-AI Inc' names no entity
      object-and-literal.gold.json | $.relations[0].object | exactly one of 'object'
      unknown-field.gold.json      | $.claims[0].claimnt | unknown field
      unknown-claimant.gold.json   | $.claims[1].claimant | '闭源的支持者' names no entity in $.entities and no group
      duplicate-name.gold.json     | $.entities[1] | is also a name of $.entities[0]
      bad-stance.gold.json         | $.claims[0].stance | 'AGAINST' is not a value of Stance
      missing-title.gold.json      | $.document.title | missing
      bad-date.gold.json           | $.document.date | is not a date like 2023-10-19, a month like 2023-10 or a year like 2023
      author-not-entity.gold.json  | $.document.author | names no PERSON
      wrong-range.gold.json        | $.relations[1] AUTHOR_OF(Anthropic, Claude 3) | needs an object of type [WORK], but 'Claude 3' is AI_MODEL
      bad-literal.gold.json        | $.relations[0] | FOUNDING_YEAR needs a literal like
      """)
  void errorsNameTheFileTheJsonPathAndTheProblem(String file, String where, String what) {
    Path path = resource("invalid/" + file);
    assertThatThrownBy(() -> Gold.read(path))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(where)
        .hasMessageContaining(what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2023-10-19, 2023-10-19", "2023-10, 2023-10", "2023, 2023"})
  void aPublicationDateMayBeADayOrOnlyTheMonthOrYearThePageGives(String written, String read, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("dated.gold.json");
    Files.writeString(file, "{\"document\": {\"title\": \"t\", \"date\": \"" + written + "\"}, \"entities\": []}");
    assertThat(Gold.read(file).date()).hasValueSatisfying(date -> assertThat(date).hasToString(read));
  }

  @Test
  void missingFileIsReportedWithItsPath() {
    Path path = Path.of("no/such/file.gold.json");
    assertThatThrownBy(() -> Gold.read(path))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith(path + ": cannot read");
  }

  @Test
  void enumErrorsListTheAllowedValues() {
    assertThatThrownBy(() -> Gold.read(resource("invalid/unknown-type.gold.json")))
        .hasMessageContaining("COMPANY, RESEARCH_ORGANIZATION");
  }

  @Test
  void namesResolveByAnySurfaceFormOrLabel() {
    Gold gold = Gold.read(resource("genai-balance-2023.zh.gold.json"));
    assertThat(gold.entity("sutskever")).map(GoldEntity::displayName).contains("Ilya Sutskever");
    assertThat(gold.entity("Andrew Ng")).map(GoldEntity::displayName).contains("吴恩达");
    assertThat(gold.entity("《时代》杂志")).map(GoldEntity::displayName).contains("时代");
    assertThat(gold.entity("nobody")).isEmpty();
    assertThat(gold.isAuthor("葛凌博士")).isTrue();
    assertThat(gold.isAuthor("马化腾")).isFalse();
  }
}
