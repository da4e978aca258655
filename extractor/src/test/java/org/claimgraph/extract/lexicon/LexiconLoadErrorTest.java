package org.claimgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad lexicon files are refused with messages that say file, line and what is wrong. */
class LexiconLoadErrorTest {
  private static final String SOURCE = "https://example.org/x";

  @TempDir
  Path dir;

  @Test
  void unknownTypeNamesFileAndLine() throws IOException {
    Path file = write("bad.tsv", "# comment\n" + LexiconFile.HEADER + "\n"
        + row("acme-one", "COMPANY", "Acme One", "") + "\n"
        + row("acme-two", "COMPNAY", "Acme Two", "") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(file + ":4: unknown type 'COMPNAY'")
        .hasMessageContaining("COMPANY"); // lists the valid ones
  }

  @Test
  void wrongColumnCountIsReported() throws IOException {
    Path file = write("short.tsv", LexiconFile.HEADER + "\nacme\tCOMPANY\tAcme\n");
    assertThatThrownBy(() -> Lexicon.load(file))
        .hasMessageContaining(file + ":2: expected 7 tab-separated columns")
        .hasMessageContaining("found 3");
  }

  @Test
  void missingHeaderIsReported() throws IOException {
    Path file = write("noheader.tsv", "# only a comment\n" + row("acme", "COMPANY", "Acme", "") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file)).hasMessageContaining(file + ":2: header must be");
  }

  @Test
  void invalidWikidataIdAndMissingSourceAreReported() throws IOException {
    Path file = write("ids.tsv", LexiconFile.HEADER + "\n"
        + "acme\tCOMPANY\tAcme\t\t\tQ12x\t" + SOURCE + "\n"
        + "beta\tCOMPANY\tBeta Corp\t\t\t\t\n");
    LexiconException error = catchLexiconError(file);
    assertThat(error.problems()).hasSize(2);
    assertThat(error.problems().get(0)).startsWith(file + ":2: invalid Wikidata id 'Q12x'");
    assertThat(error.problems().get(1)).startsWith(file + ":3: entry 'beta' needs a source");
  }

  @Test
  void duplicateKeysAreReportedWithBothPlaces() throws IOException {
    Path file = write("dup.tsv", LexiconFile.HEADER + "\n"
        + row("acme", "COMPANY", "Acme", "") + "\n"
        + row("acme", "PRODUCT", "Acme Cloud", "") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file))
        .hasMessageContaining(file + ":3: duplicate key 'acme' (first defined at " + file + ":2)");
  }

  @Test
  void aKeyAlreadyBundledIsADuplicate() throws IOException {
    Path file = write("clash.tsv", LexiconFile.HEADER + "\n" + row("openai", "COMPANY", "Open Artificial", "") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file))
        .hasMessageContaining(file + ":2: duplicate key 'openai' (first defined at organizations.tsv:");
  }

  @Test
  void oneFormForTwoEntriesOfTheSameTypeIsAnError() throws IOException {
    Path file = write("forms.tsv", LexiconFile.HEADER + "\n"
        + row("acme-labs", "RESEARCH_ORGANIZATION", "Acme Labs", "Acmeco") + "\n"
        + row("acme-corp", "COMPANY", "Acme Corp", "acmeco") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file))
        .hasMessageContaining(file + ":3: surface form 'acmeco' of 'acme-corp' is already a RESEARCH_ORGANIZATION form of"
            + " 'acme-labs' (" + file + ":2)");
  }

  @Test
  void oneFormForEntriesOfDifferentTypesIsAllowed() throws IOException {
    Path file = write("types.tsv", LexiconFile.HEADER + "\n"
        + row("acme-corp", "COMPANY", "Acme Corp", "Acmeon") + "\n"
        + row("acmeon-model", "AI_MODEL", "Acmeon", "") + "\n");
    Lexicon lexicon = Lexicon.load(file);
    assertThat(lexicon.lookup("Acmeon")).extracting(LexiconEntry::key).containsExactly("acmeon-model", "acme-corp");
  }

  @Test
  void nonUtf8FileIsReported() throws IOException {
    Path file = dir.resolve("gbk.tsv");
    Files.write(file, (LexiconFile.HEADER + "\n" + row("tengxun-test", "COMPANY", "Tengxun Test", "腾讯测试") + "\n")
        .getBytes(Charset.forName("GB18030")));
    assertThatThrownBy(() -> Lexicon.load(file)).hasMessageContaining(file + ": not UTF-8");
  }

  @Test
  void oneCharacterFormsAreRefused() throws IOException {
    Path file = write("short-form.tsv", LexiconFile.HEADER + "\n" + row("x-corp-test", "COMPANY", "X Corp Test", "X") + "\n");
    assertThatThrownBy(() -> Lexicon.load(file)).hasMessageContaining(file + ":2: surface form 'X'");
  }

  @Test
  void chineseKeysNeedAnEmptyEnglishLabel() {
    assertThatThrownBy(() -> new LexiconEntry("葛某", EntityType.PERSON, "Ge", "葛某", List.of(), Optional.empty(), SOURCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case ASCII slug");
    LexiconEntry chinese = new LexiconEntry("葛某", EntityType.PERSON, "", "葛某", List.of(), Optional.empty(), SOURCE);
    assertThat(chinese.displayLabel()).isEqualTo("葛某");
  }

  @Test
  void everyProblemInAFileIsListed() throws IOException {
    Path file = write("many.tsv", LexiconFile.HEADER + "\n"
        + row("a-one", "NOPE", "A One", "") + "\n"
        + row("a-two", "NADA", "A Two", "") + "\n");
    assertThat(catchLexiconError(file).problems()).containsExactly(
        file + ":2: unknown type 'NOPE' (one of " + List.of(EntityType.values()) + ")",
        file + ":3: unknown type 'NADA' (one of " + List.of(EntityType.values()) + ")");
  }

  private static String row(String key, String type, String en, String aliases) {
    String zh = en.isEmpty() ? key : "";
    return String.join("\t", key, type, en, zh, aliases, "", SOURCE);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static LexiconException catchLexiconError(Path file) {
    try {
      Lexicon.load(file);
    } catch (LexiconException e) {
      return e;
    }
    throw new AssertionError("expected " + file + " to be refused");
  }
}
