package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.ontology.NIF;
import org.junit.jupiter.api.Test;

/** An English article goes through CoreNLP's English pipeline, found by the article's script. */
class EnglishArticleIT {
  private static final Path ARTICLE = Path.of("src", "test", "resources", "fixtures", "english", "article.txt");

  @Test
  void englishNerFindsPeopleNoLexiconKnows() {
    Extraction x = EssayPipeline.extractor().extract(TextDecoder.standard().decode(ARTICLE));
    assertThat(x.annotated().pipeline()).contains("corenlp-4.5.10-en");
    for (String name : new String[] {"Guillaume Lample", "Timothée Lacroix", "Arthur Mensch", "Jane Doe"}) {
      Entity e = EssayExtractionIT.byName(x, name).orElseThrow(() -> new AssertionError("no entity " + name));
      assertThat(e.type()).as(name).isEqualTo(EntityType.PERSON);
    }
    assertThat(EssayExtractionIT.byName(x, "Gartner")).map(Entity::type).get()
        .matches(EntityType::isOrganization, "an organization");
    assertThat(x.entities()).flatExtracting(Entity::mentions).extracting(Mention::text)
        .doesNotContain("horoscope", "flights");
  }

  @Test
  void quotationsAndAttributedStatementsBecomeClaims() {
    Extraction x = EssayPipeline.extractor().extract(TextDecoder.standard().decode(ARTICLE));
    Claim quote = x.claims().stream().filter(c -> c.kind() == ClaimKind.DIRECT_QUOTE).findFirst().orElseThrow();
    assertThat(quote.text()).startsWith("We believe open models will drive the next wave of innovation");
    assertThat(quote.claimant().entityKey()).contains("arthur-mensch");
    assertThat(x.claims()).anySatisfy(c -> {
      assertThat(c.claimant().entityKey()).contains("yann-lecun");
      assertThat(c.text()).contains("open-source foundation models are safer");
    });
    assertThat(x.claims()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.ESTIMATE);
      assertThat(c.text()).contains("$100 billion");
    });
    // "…," Mensch said in a statement: the words after the cue are not a claim of their own.
    assertThat(x.claims()).extracting(Claim::text).noneMatch(t -> t.startsWith("in a statement"));
  }

  @Test
  void theTextIsTaggedEnglish() {
    Extraction x = EssayPipeline.extractor().extract(TextDecoder.standard().decode(ARTICLE));
    DatasetGraph dsg = EssayExtractionIT.toDataset(x);
    assertThat(dsg.find(null, null, NIF.predLang.asNode(), NodeFactory.createURI("http://lexvo.org/id/iso639-3/eng"))
        .hasNext()).isTrue();
  }
}
