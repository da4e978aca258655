package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gold file of the development corpus parses and agrees with the article it annotates: names, claim texts and
 * evidence are verbatim in it, claims occur once and do not overlap, quotations are exactly the direct quotes.
 */
class CorpusGoldTest {
  private static final String OPENING_MARKS = "“「『\"";
  private static final String CLOSING_MARKS = "”」』\"";

  /** A gold file and its article: gold/<part>/<name>.gold.json annotates articles/<part>/<name>.txt. */
  record Annotated(String part, Path gold, Path article) {
    @Override
    public String toString() {
      return part + "/" + article.getFileName();
    }
  }

  static Stream<Annotated> goldFiles() throws IOException, URISyntaxException {
    Path goldRoot = Path.of(CorpusGoldTest.class.getResource("/gold").toURI());
    Path articleRoot = Path.of(CorpusGoldTest.class.getResource("/articles").toURI());
    List<Annotated> found = new ArrayList<>();
    for (String part : List.of("dev", "test")) {
      Path dir = goldRoot.resolve(part);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path g : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
          String name = g.getFileName().toString().replace(".gold.json", ".txt");
          found.add(new Annotated(part, g, articleRoot.resolve(part).resolve(name)));
        }
      }
    }
    return found.stream();
  }

  @Test
  void everyArticleOfBothPartsHasAGoldFile() throws IOException, URISyntaxException {
    Path articleRoot = Path.of(CorpusGoldTest.class.getResource("/articles").toURI());
    List<String> annotated = goldFiles().map(a -> a.article().getFileName().toString()).toList();
    for (String part : List.of("dev", "test")) {
      try (Stream<Path> files = Files.list(articleRoot.resolve(part))) {
        assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")))
            .as("articles of the %s part", part).isNotEmpty().allSatisfy(n -> assertThat(annotated).contains(n));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void goldAgreesWithItsArticle(Annotated a) throws IOException {
    assertThat(a.article()).as("the article of " + a.gold().getFileName()).isRegularFile();
    Gold gold = Gold.read(a.gold());
    String text = Files.readString(a.article(), StandardCharsets.UTF_8);
    String folded = MatchKey.name(text);
    List<String> problems = new ArrayList<>();

    if (!text.startsWith(gold.title())) {
      problems.add("title '" + gold.title() + "' is not the article's first line");
    }
    for (GoldEntity e : gold.entities()) {
      for (String name : e.names()) {
        if (!folded.contains(MatchKey.name(name))) {
          problems.add("name " + name + " of " + e.displayName() + " is not in the article");
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    for (GoldClaim c : gold.claims()) {
      int at = text.indexOf(c.text());
      if (at < 0 || text.indexOf(c.text(), at + 1) >= 0) {
        problems.add("claim '" + c.shortText() + "' does not occur exactly once");
        continue;
      }
      Span span = new Span(at, at + c.text().length());
      if (spans.stream().anyMatch(span::overlaps)) {
        problems.add("claim '" + c.shortText() + "' overlaps another claim");
      }
      spans.add(span);
      if (OPENING_MARKS.indexOf(c.text().charAt(0)) >= 0 || CLOSING_MARKS.indexOf(c.text().charAt(c.text().length() - 1)) >= 0) {
        problems.add("claim '" + c.shortText() + "' keeps a quotation mark at an end");
      }
      boolean opensQuote = at > 0 && OPENING_MARKS.indexOf(text.charAt(at - 1)) >= 0;
      if (opensQuote != (c.kind() == ClaimKind.DIRECT_QUOTE)) {
        problems.add(c.kind() + " '" + c.shortText() + "'" + (opensQuote ? " follows" : " does not follow")
            + " an opening quotation mark");
      }
      if (c.kind() == ClaimKind.AUTHOR_ASSERTION && !gold.isAuthor(c.claimant())) {
        problems.add("claim '" + c.shortText() + "' is an author assertion by someone else");
      }
    }
    for (GoldRelation r : gold.relations()) {
      if (!text.contains(r.evidence())) {
        problems.add("evidence of " + r.display() + " is not verbatim in the article");
      }
    }
    assertThat(problems).as(a.gold().getFileName().toString()).isEmpty();
  }
}
