package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.server.pages.LinkedDataPagesTest.between;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over labels, with a jena-text index and without one. */
class LabelSearchTest {

  static PagesFixture indexed;
  static PagesFixture plain;

  @BeforeAll
  static void startServers() {
    EntityDefinition labels = new EntityDefinition("uri", "label", RDFS.label);
    labels.set("label", SKOS.altLabel.asNode());
    DatasetGraph text = TextDatasetFactory.createLucene(DatasetGraphFactory.createTxnMem(), new ByteBuffersDirectory(),
        labels, new CJKAnalyzer());
    indexed = PagesFixture.start(text, builder -> {});
    plain = PagesFixture.start(DatasetGraphFactory.createTxnMem(), builder -> {});
  }

  @AfterAll
  static void stopServers() {
    indexed.close();
    plain.close();
  }

  static List<String> hitLinks(PagesFixture fixture, String query) {
    String body = fixture.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept-Language", "en").body();
    List<String> links = new ArrayList<>();
    Matcher matcher = Pattern.compile("<a class=\"hit-title\" href=\"([^\"]*)\"").matcher(body);
    while (matcher.find()) {
      links.add(matcher.group(1).replace("&#61;", "=").replace("&amp;", "&"));
    }
    return links;
  }

  @Test
  void chineseQueryFindsChineseLabelsWithAndWithoutTheIndex() {
    String topic = LinkedDataPagesTest.page("entity/开源模型");
    for (PagesFixture fixture : new PagesFixture[] {indexed, plain}) {
      List<String> hits = hitLinks(fixture, "开源");
      assertThat(hits).contains(topic);
      // entities that are mentioned come before ontology terms such as cg:OpenSource ("开源")
      assertThat(hits.get(0)).startsWith("/id/entity/");
    }
  }

  @Test
  void theTextIndexMatchesWordsInAnyOrderWhereSubstringSearchCannot() {
    String topic = LinkedDataPagesTest.page("entity/开源模型");

    assertThat(hitLinks(indexed, "models open-source")).contains(topic);
    assertThat(hitLinks(plain, "models open-source")).isEmpty();
    assertThat(plain.get("/search?q=models+open-source", "Accept-Language", "en").body())
        .contains("No label matches");
  }

  @Test
  void englishWordsMatchAsPrefixesAndAliases() {
    for (PagesFixture fixture : new PagesFixture[] {indexed, plain}) {
      assertThat(hitLinks(fixture, "open")).contains(LinkedDataPagesTest.page("entity/openai"));
      assertThat(hitLinks(fixture, "LLaMa-2")).first().isEqualTo(LinkedDataPagesTest.page("entity/llama-2"));
    }
  }

  @Test
  void resultsShowTypesOtherLanguageNamesAndMentionCounts() {
    String body = indexed.get("/search?q=" + URLEncoder.encode("开源模型", StandardCharsets.UTF_8), "Accept-Language", "zh").body();
    String hit = between(body, "<li class=\"hit\">", "</li>");

    assertThat(hit).contains(">开源模型</a>").contains("<span class=\"other-name\" lang=\"en\">open-source models</span>")
        .contains(">主题</span>").contains("<span>3 次提及</span>");
  }

  @Test
  void luceneSyntaxInTheQueryIsTakenLiterally() {
    assertThat(LabelSearch.luceneQuery("open AND (x")).isEqualTo("(open OR open*) AND (and OR and*) AND \\(x");
    assertThat(indexed.get("/search?q=" + URLEncoder.encode("\"[*", StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
  }
}
