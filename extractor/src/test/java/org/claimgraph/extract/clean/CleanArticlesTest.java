package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaner's contract on clean input: the development articles are plain files (title line, then one paragraph per
 * line, no spam), so each goes through whole: no line dropped, the first line the title, every character kept.
 */
class CleanArticlesTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());

  static Stream<Path> developmentArticles() throws IOException, URISyntaxException {
    Path dir = Path.of(CleanArticlesTest.class.getResource("/articles/dev").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      assertThat(articles).as("development articles").hasSizeGreaterThanOrEqualTo(5);
      return articles.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("developmentArticles")
  void aCleanArticleGoesThroughWithNothingDropped(Path article) throws IOException {
    RawDocument raw = TextDecoder.standard().decode(article);
    CleanDocument doc = cleaner.clean(raw);
    List<String> lines = raw.text().lines().filter(l -> !l.isBlank()).map(String::strip).toList();

    assertThat(doc.dropped()).as("dropped lines").isEmpty();
    assertThat(doc.title()).isEqualTo(lines.get(0));
    assertThat(doc.paragraphs()).hasSize(lines.size());
    CleanerAssertions.assertOffsetsHonest(doc);
  }
}
