package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.DroppedLine;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code fixtures/clean/<case>/input.txt} is cleaned and compared with the hand-written
 * {@code expected.txt} (the cleaned text) and {@code expected.tsv} (header, paragraph roles, dropped lines with their
 * signal, repairs, or the error).
 */
class ArticleCleanerFixtureTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Fixtures.dir())) {
      List<String> names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
      assertThat(names).as("fixture cases").hasSizeGreaterThanOrEqualTo(4);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleansLikeTheGoldenFiles(String name) {
    Path dir = Fixtures.dir().resolve(name);
    RawDocument raw = TextDecoder.standard().decode(dir.resolve("input.txt"));
    Map<String, List<String>> expected = expectations(dir.resolve("expected.tsv"));

    if (expected.containsKey("error")) {
      assertThatThrownBy(() -> cleaner.clean(raw))
          .isInstanceOf(ExtractionException.class)
          .hasMessageContaining(expected.get("error").get(0));
      return;
    }
    CleanDocument doc = cleaner.clean(raw);

    assertThat(doc.text()).isEqualTo(Fixtures.read(dir.resolve("expected.txt")).stripTrailing());
    assertThat(doc.id()).isEqualTo("input");
    assertThat(doc.title()).isEqualTo(one(expected, "title"));
    assertThat(doc.date()).isEqualTo(Optional.ofNullable(one(expected, "date")).map(LocalDate::parse));
    assertThat(doc.byline().map(b -> b.author())).isEqualTo(Optional.ofNullable(one(expected, "author")));
    assertThat(doc.byline().flatMap(b -> b.role())).isEqualTo(Optional.ofNullable(one(expected, "role")));
    doc.byline().ifPresent(b -> assertThat(b.authorSpan().of(doc.text())).isEqualTo(b.author()));
    assertThat(doc.paragraphs().stream().map(p -> p.role().name()).toList())
        .isEqualTo(List.of(one(expected, "roles").split(" ")));
    assertThat(doc.dropped().stream().map(d -> d.lineNumber() + "\t" + signal(d)).toList())
        .isEqualTo(expected.getOrDefault("dropped", List.of()));
    assertThat(doc.repairs()).isEqualTo(expected.getOrDefault("repair", List.of()));
    CleanerAssertions.assertOffsetsHonest(doc);
    for (DroppedLine d : doc.dropped()) {
      assertThat(d.rawSpan().of(raw.text())).isEqualTo(d.text());
    }
    for (Paragraph p : doc.paragraphs()) {
      assertThat(p.span().of(doc.text())).isNotBlank();
    }
  }

  private static String signal(DroppedLine d) {
    int colon = d.reason().indexOf(':');
    return colon < 0 ? d.reason() : d.reason().substring(0, colon);
  }

  private static String one(Map<String, List<String>> expected, String key) {
    List<String> values = expected.get(key);
    return values == null ? null : values.get(0);
  }

  /** Lines of "key TAB value"; a key may repeat. */
  private static Map<String, List<String>> expectations(Path file) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String line : Fixtures.read(file).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
    return map;
  }
}
