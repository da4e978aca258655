package org.claimgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  private static final Lexicon LEXICON = Lexicon.load();

  @Test
  void loadsEveryBundledFileWithBroadCoverage() {
    assertThat(LEXICON.entries()).hasSizeGreaterThan(500);
    Set<EntityType> types = LEXICON.entries().stream().map(LexiconEntry::type).collect(Collectors.toSet());
    assertThat(types).containsAll(EnumSet.allOf(EntityType.class));
    for (String file : Lexicon.BUNDLED_FILES) {
      assertThat(Lexicon.class.getResource("/org/claimgraph/extract/lexicon/" + file)).as(file).isNotNull();
    }
  }

  @Test
  void everyEntryHasASourceAndKeysAreUnique() {
    List<LexiconEntry> entries = LEXICON.entries();
    assertThat(entries).allSatisfy(e -> assertThat(e.source()).matches("https?://\\S+"));
    assertThat(entries.stream().map(LexiconEntry::key).distinct().count()).isEqualTo(entries.size());
  }

  @Test
  void noTwoEntriesClaimTheSameWikidataId() {
    List<String> ids = LEXICON.entries().stream().flatMap(e -> e.wikidata().stream()).toList();
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id.matches("Q[1-9][0-9]*"));
  }

  @Test
  void knowsTheMajorLabsInBothLanguages() {
    LexiconEntry openai = LEXICON.byKey("openai").orElseThrow();
    assertThat(openai.type()).isEqualTo(EntityType.COMPANY);
    assertThat(openai.wikidata()).contains("Q21708200");
    assertThat(keysOf("腾讯")).containsExactly("tencent");
    assertThat(keysOf("Tencent")).containsExactly("tencent");
    assertThat(keysOf("字节跳动")).containsExactly("bytedance");
    assertThat(keysOf("月之暗面")).containsExactly("moonshot-ai");
    assertThat(keysOf("杨立昆")).containsExactly("yann-lecun");
    assertThat(keysOf("艾伦·图灵研究所")).containsExactly("alan-turing-institute");
    assertThat(LEXICON.byKey("no-such-entity")).isEmpty();
  }

  @Test
  void lookupFollowsTheMatcherCaseRules() {
    assertThat(keysOf("OPENAI")).containsExactly("openai");
    assertThat(keysOf("openai")).containsExactly("openai"); // listed as a lower-case alias
    assertThat(keysOf("Meta")).containsExactly("meta");
    assertThat(keysOf("META")).isEmpty(); // short forms keep their case
    assertThat(keysOf("AI")).containsExactly("artificial-intelligence");
    assertThat(keysOf("ai")).isEmpty();
    assertThat(keysOf("Adept")).containsExactly("adept");
    assertThat(keysOf("adept")).isEmpty(); // the English word
    assertThat(keysOf("萨姆•奥尔特曼")).containsExactly("sam-altman"); // a different middle dot
    assertThat(keysOf("ＧＰＴ－４")).containsExactly("gpt-4"); // full-width
  }

  @Test
  void aSurfaceFormSharedAcrossTypesListsTheOrganizationFirst() {
    assertThat(keysOf("Midjourney")).containsExactly("midjourney", "midjourney-model");
  }

  @Test
  void topicsHaveBothLanguages() {
    List<LexiconEntry> topics = LEXICON.entries().stream().filter(e -> e.type() == EntityType.TOPIC).toList();
    assertThat(topics).hasSizeGreaterThan(40);
    assertThat(topics).allSatisfy(t -> {
      assertThat(t.en()).as(t.key() + " en").isNotBlank();
      assertThat(t.zh()).as(t.key() + " zh").isNotBlank();
    });
    assertThat(keysOf("生成式AI")).containsExactly("generative-ai");
    assertThat(keysOf("generative AI")).containsExactly("generative-ai");
    assertThat(keysOf("开源模型")).containsExactly("open-source-model");
    assertThat(keysOf("闭源模型")).containsExactly("proprietary-model");
    assertThat(keysOf("模型即服务")).containsExactly("model-as-a-service");
  }

  @Test
  void latinNamesHoldEveryLatinFormAndNoChinese() {
    Set<String> names = LEXICON.latinNames();
    assertThat(names).contains("OpenAI", "GPT-4", "LLaMa-2", "Aleph Alpha", "AI21 Labs", "Imbue", "eBay", "Microsoft Azure",
        "AWS", "Hugging Face", "LangChain", "01.AI", "DALL·E");
    assertThat(names).noneMatch(n -> n.codePoints().anyMatch(Character::isIdeographic));
    assertThat(names).doesNotContain("腾讯", "生成式AI");
  }

  @Test
  void everyChineseAliasIsWrittenAsTheSimplifiedReadingSeesIt() throws IOException {
    // Articles are matched in their Simplified reading (Languages.simplified, as pipeline/ChineseReading applies
    // it), so an alias the reading would change (歐巴馬, or 大阪, which it reads as 大坂) can never match. The zh label
    // is the name as written (大阪大学, 昇腾) and may differ; the row then lists its reading among the aliases.
    List<String> dead = new ArrayList<>();
    for (String file : Lexicon.BUNDLED_FILES) {
      try (var in = Lexicon.class.getResourceAsStream("/org/claimgraph/extract/lexicon/" + file)) {
        List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          String[] columns = lines.get(i).split("\t", -1);
          if (lines.get(i).startsWith("#") || columns.length < 5) {
            continue;
          }
          List<String> aliases = List.of(columns[4].split(Pattern.quote("|")));
          String labelRead = Languages.simplified(columns[3]);
          if (!labelRead.equals(columns[3]) && !aliases.contains(labelRead)) {
            dead.add(file + ":" + (i + 1) + " " + columns[0] + ": the label " + columns[3] + " is read as " + labelRead
                + "; list " + labelRead + " among the aliases");
          }
          for (String form : aliases) {
            String read = Languages.simplified(form);
            if (!read.equals(form)) {
              dead.add(file + ":" + (i + 1) + " " + columns[0] + ": " + form + " is read as " + read + "; write " + read
                  + " (or leave the form out)");
            }
          }
        }
      }
    }
    assertThat(dead).as("forms the Simplified reading of an article never contains").isEmpty();
  }

  @Test
  void userFilesAddEntries(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("extra.tsv");
    Files.writeString(extra, "# test entries\n" + LexiconFile.HEADER + "\n"
        + "acme-ai\tCOMPANY\tAcme AI\t阿克米智能\tAcmeAI\t\thttps://example.org/acme\n", StandardCharsets.UTF_8);
    Lexicon lexicon = Lexicon.load(extra);
    assertThat(lexicon.entries()).hasSize(LEXICON.entries().size() + 1);
    assertThat(lexicon.byKey("acme-ai").map(LexiconEntry::zh)).contains("阿克米智能");
    assertThat(lexicon.lookup("AcmeAI")).extracting(LexiconEntry::key).containsExactly("acme-ai");
  }

  @Test
  void ofBuildsASmallLexicon() {
    LexiconEntry entry = new LexiconEntry("acme-ai", EntityType.COMPANY, "Acme AI", "", List.of(), Optional.empty(),
        "https://example.org/acme");
    Lexicon lexicon = Lexicon.of(List.of(entry));
    assertThat(lexicon.entries()).containsExactly(entry);
    assertThat(lexicon.latinNames()).containsExactly("Acme AI");
  }

  @Test
  void knowsTechnologyFieldsAndTheirChineseNames() {
    assertThat(keysOf("智能眼镜")).containsExactly("smart-glasses");
    assertThat(keysOf("AI glasses")).containsExactly("smart-glasses");
    assertThat(keysOf("面部识别")).containsExactly("facial-recognition");
    assertThat(keysOf("新能源汽车")).containsExactly("new-energy-vehicle");
    assertThat(keysOf("electric vehicles")).containsExactly("electric-vehicle");
    assertThat(keysOf("网路攻击")).containsExactly("cyberattack");
    assertThat(keysOf("AI面试官")).containsExactly("ai-in-hiring");
    assertThat(keysOf("眼镜")).isEmpty(); // the thing itself is no field
    assertThat(keysOf("面试")).isEmpty();
  }

  private static List<String> keysOf(String surface) {
    return LEXICON.lookup(surface).stream().map(LexiconEntry::key).toList();
  }

}
