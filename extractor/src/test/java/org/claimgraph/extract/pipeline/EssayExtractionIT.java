package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the bundled essay, with the real CoreNLP models. */
class EssayExtractionIT {
  /** Issue 2's floor: names that must be found, each with its type. */
  private static final Map<String, EntityType> MUST_FIND = Map.ofEntries(
      Map.entry("OpenAI", EntityType.COMPANY), Map.entry("GPT-4", EntityType.AI_MODEL),
      Map.entry("Hugging Face", EntityType.COMPANY), Map.entry("Clement Delangue", EntityType.PERSON),
      Map.entry("Meta", EntityType.COMPANY), Map.entry("LLaMa-2", EntityType.AI_MODEL),
      Map.entry("Anthropic", EntityType.COMPANY), Map.entry("Cohere", EntityType.COMPANY),
      Map.entry("Adept", EntityType.COMPANY), Map.entry("Mistral", EntityType.COMPANY),
      Map.entry("Aleph Alpha", EntityType.COMPANY), Map.entry("AI21 Labs", EntityType.COMPANY),
      Map.entry("Imbue", EntityType.COMPANY), Map.entry("Sam Altman", EntityType.PERSON),
      Map.entry("Elon Musk", EntityType.PERSON), Map.entry("Ilya Sutskever", EntityType.PERSON),
      Map.entry("DeepMind", EntityType.COMPANY), Map.entry("Mustafa Suleyman", EntityType.PERSON),
      Map.entry("Yann LeCun", EntityType.PERSON), Map.entry("Mark Zuckerberg", EntityType.PERSON),
      Map.entry("马化腾", EntityType.PERSON), Map.entry("腾讯", EntityType.COMPANY),
      Map.entry("混元", EntityType.AI_MODEL), Map.entry("吴恩达", EntityType.PERSON),
      Map.entry("Microsoft", EntityType.COMPANY), Map.entry("Google", EntityType.COMPANY),
      Map.entry("Intel", EntityType.COMPANY), Map.entry("eBay", EntityType.COMPANY),
      Map.entry("辉瑞", EntityType.COMPANY), Map.entry("罗氏", EntityType.COMPANY),
      Map.entry("BloombergGPT", EntityType.AI_MODEL), Map.entry("LangChain", EntityType.PRODUCT),
      Map.entry("Runway", EntityType.COMPANY), Map.entry("Gen-2", EntityType.AI_MODEL),
      Map.entry("Michael Wooldridge", EntityType.PERSON), Map.entry("牛津大学", EntityType.RESEARCH_ORGANIZATION),
      Map.entry("图灵研究所", EntityType.RESEARCH_ORGANIZATION));

  @Test
  void findsTheNamedEntitiesWithTheirTypes() {
    Extraction x = EssayPipeline.essay();
    for (var expected : MUST_FIND.entrySet()) {
      Optional<Entity> found = byName(x, expected.getKey());
      assertThat(found).as("entity named %s", expected.getKey()).isPresent();
      EntityType actual = found.get().type();
      if (expected.getValue().isOrganization()) {
        // Company, research organization and media organization are all organizations; the gold decides subtypes.
        assertThat(actual.isOrganization()).as("type of %s is an organization: %s", expected.getKey(), actual).isTrue();
      } else {
        assertThat(actual).as("type of %s", expected.getKey()).isEqualTo(expected.getValue());
      }
    }
  }

  @Test
  void keepsAliasesTogetherAndModelVersionsApart() {
    Extraction x = EssayPipeline.essay();
    Entity sutskever = byName(x, "Ilya Sutskever").orElseThrow();
    assertThat(sutskever.mentions()).extracting(Mention::text).contains("Ilya Sutskever", "Sutskever");
    assertThat(byName(x, "LLaMA").map(Entity::key)).isNotEqualTo(byName(x, "LLaMa-2").map(Entity::key));
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
        .noneMatch(e -> e.labels().containsValue("Meta") || e.labels().containsValue("DeepMind"));
  }

  @Test
  void nothingFromTheSpamAroundTheArticle() {
    Extraction x = EssayPipeline.essay();
    String text = x.document().text();
    for (String spam : List.of("王祖蓝", "李亚男", "车型", "hcv8jop", ".cn", "什么意思")) {
      assertThat(text).as("cleaned text").doesNotContain(spam);
    }
    assertThat(x.entities()).allSatisfy(e -> assertThat(String.join(" ", e.labels().values()))
        .doesNotContain("王祖蓝", "李亚男", "百度"));
  }

  @Test
  void outputConformsToTheShapes() {
    Graph union = toDataset(EssayPipeline.essay()).getUnionGraph();
    ValidationReport report = ShaclValidator.get().validate(ClaimgraphOntology.shapes(), union);
    if (!report.conforms()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, report.getModel(), Lang.TTL);
      assertThat(report.conforms()).as("SHACL report:%n%s", out).isTrue();
    }
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    Extraction first = EssayPipeline.essay();
    Extraction second = EssayPipeline.extractor().extract(first.document(), DocumentExtractor.Listener.NONE);
    assertThat(trig(toDataset(second))).isEqualTo(trig(toDataset(first)));
  }

  @Test
  void everyMentionMapsBackToTheRawFile() {
    Extraction x = EssayPipeline.essay();
    String raw = x.document().raw().text();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        String back = x.document().offsets().toRaw(m.span()).of(raw);
        // Repairs only insert separators, so the raw text spells the mention without them.
        assertThat(back.replaceAll("[\\s、]", "")).as("raw text of %s", m).isEqualTo(m.text().replaceAll("[\\s、]", ""));
      }
    }
  }

  static Optional<Entity> byName(Extraction x, String name) {
    return x.entities().stream()
        .filter(e -> e.labels().containsValue(name) || e.aliases().contains(name)
            || e.mentions().stream().anyMatch(m -> m.text().equals(name)))
        .findFirst();
  }

  static DatasetGraph toDataset(Extraction x) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)).map(x, StreamRDFLib.dataset(dsg));
    return dsg;
  }

  static String trig(DatasetGraph dsg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    // N-Quads order follows insertion order in the in-memory dataset; sort lines to compare content exactly.
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
  }
}
