package org.claimgraph.extract.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.junit.jupiter.api.Test;

/**
 * Golden file for the RDF mapper: a small extraction built by hand (no CoreNLP) must map to exactly the graph in
 * {@code fixtures/rdf/zh-small-article/expected.ttl}, compared as graphs (isomorphism), not as text. The fictional
 * article covers every kind of node the mapper writes: article with date and byline, sentences, entities with two
 * labels, an alias and a Wikidata link, mentions whose raw offsets differ from the cleaned ones by a line and an
 * astral character, relations to an entity (with a job-title role), to a literal and to a named individual, and
 * claims by an entity and by a described group.
 */
class RdfMapperGoldenTest {
  private static final String CASE = "/fixtures/rdf/zh-small-article";

  /** The raw file: a spam line with an emoji (two UTF-16 units, one code point) before the article. */
  private static final String RAW_PREFIX = "广告😀点击这里\n";
  private static final String TEXT = String.join("\n\n",
      "示例科技发布开源模型",
      "2024年5月1日",
      "作者：李四",
      "示例科技位于北京，由首席执行官张三于2020年创立。示例模型-1是开源模型。张三表示：“开源让更多人参与。”"
          + "开源的支持者认为开放权重更安全。");

  @Test
  void aSmallExtractionMapsToTheExpectedGraph() throws Exception {
    Extraction extraction = extraction();
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    RdfMapper mapper = new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE));
    mapper.map(extraction, StreamRDFLib.dataset(dataset));

    Node graph = mapper.graphOf(extraction.document());
    assertThat(dataset.listGraphNodes()).toIterable().containsExactly(graph);
    assertThat(dataset.getDefaultGraph().isEmpty()).isTrue();
    Graph actual = dataset.getGraph(graph);
    Graph expected = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(expected, fixture("expected.ttl").toString(), Lang.TURTLE);

    if (!actual.isIsomorphicWith(expected)) {
      Path written = Path.of("target", "rdf-golden-actual.ttl");
      Files.createDirectories(written.getParent());
      Graph withPrefixes = GraphFactory.createDefaultGraph();
      withPrefixes.getPrefixMapping().setNsPrefixes(expected.getPrefixMapping());
      actual.find().forEachRemaining(withPrefixes::add);
      try (OutputStream out = Files.newOutputStream(written)) {
        RDFDataMgr.write(out, withPrefixes, RDFFormat.TURTLE_PRETTY);
      }
      assertThat(actual.size()).as("triples (the mapper's output is in " + written.toAbsolutePath() + ")")
          .isEqualTo(expected.size());
    }
    assertThat(actual.isIsomorphicWith(expected)).as("isomorphic with expected.ttl").isTrue();
  }

  @Test
  void mappingIsDeterministic() {
    RdfMapper mapper = new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE));
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    mapper.map(extraction(), collecting(first));
    mapper.map(extraction(), collecting(second));
    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  private static StreamRDF collecting(List<String> quads) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        quads.add(quad.toString());
      }
    };
  }

  static Extraction extraction() {
    String raw = RAW_PREFIX + TEXT;
    int[] cleanToRaw = new int[TEXT.length()];
    for (int i = 0; i < cleanToRaw.length; i++) {
      cleanToRaw[i] = RAW_PREFIX.length() + i;
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    Paragraph.Role[] roles = {Paragraph.Role.TITLE, Paragraph.Role.DATE, Paragraph.Role.BYLINE, Paragraph.Role.BODY};
    int at = 0;
    for (int i = 0; i < roles.length; i++) {
      int end = TEXT.indexOf("\n\n", at);
      end = end < 0 ? TEXT.length() : end;
      paragraphs.add(new Paragraph(roles[i], new Span(at, end)));
      at = end + 2;
    }
    CleanDocument doc = new CleanDocument("zh-small-article",
        new RawDocument("input.txt", raw, sha256(raw), "UTF-8"),
        "示例科技发布开源模型", Optional.of(LocalDate.of(2024, 5, 1)),
        Optional.of(new Byline("李四", span("李四"), Optional.empty())),
        TEXT, paragraphs, new OffsetMap(cleanToRaw, raw.length()), List.of(), List.of());

    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (String s : List.of("示例科技发布开源模型", "2024年5月1日", "作者：李四",
        "示例科技位于北京，由首席执行官张三于2020年创立。", "示例模型-1是开源模型。", "张三表示：“开源让更多人参与。”",
        "开源的支持者认为开放权重更安全。")) {
      sentences.add(new AnnotatedSentence(sentences.size(), span(s), List.of(), List.of(), List.of()));
    }
    AnnotatedDocument annotated = new AnnotatedDocument(doc, sentences, List.of(), "hand-built");

    Entity company = entity("example-tech", EntityType.COMPANY, "示例科技", "Example Tech", null,
        List.of(mention("示例科技", 0, EntityType.COMPANY, 0, Mention.Source.LEXICON),
            mention("示例科技", 1, EntityType.COMPANY, 3, Mention.Source.LEXICON)), "示例公司");
    Entity founder = entity("张三", EntityType.PERSON, "张三", null, null,
        List.of(mention("张三", 0, EntityType.PERSON, 3, Mention.Source.NER),
            mention("张三", 1, EntityType.PERSON, 5, Mention.Source.NER)), null);
    Entity author = entity("李四", EntityType.PERSON, "李四", null, null,
        List.of(mention("李四", 0, EntityType.PERSON, 2, Mention.Source.BYLINE)), null);
    Entity city = entity("beijing", EntityType.PLACE, "北京", "Beijing", "Q956",
        List.of(mention("北京", 0, EntityType.PLACE, 3, Mention.Source.LEXICON)), null);
    Entity model = entity("示例模型-1", EntityType.AI_MODEL, "示例模型-1", null, null,
        List.of(mention("示例模型-1", 0, EntityType.AI_MODEL, 4, Mention.Source.PATTERN)), null);

    List<Relation> relations = List.of(
        new Relation("example-tech", RelationType.FOUNDER, new Relation.EntityValue("张三"), Optional.empty(), 3,
            span("由首席执行官张三于2020年创立"), "organizations.founded-by", 0.85),
        new Relation("example-tech", RelationType.FOUNDING_YEAR,
            new Relation.LiteralValue("2020", "http://www.w3.org/2001/XMLSchema#gYear"), Optional.empty(), 3,
            span("于2020年创立"), "organizations.founded-in", 0.9),
        new Relation("张三", RelationType.WORKS_FOR, new Relation.EntityValue("example-tech"),
            Optional.of("首席执行官"), 3, span("首席执行官张三"), "roles.title-before-name", 0.8),
        new Relation("示例模型-1", RelationType.OPENNESS, new Relation.NamedValue("OpenSource"), Optional.empty(), 4,
            span("示例模型-1是开源模型"), "models.is-open", 0.9));

    List<Claim> claims = List.of(
        new Claim(span("开源让更多人参与。"), "开源让更多人参与。", 5,
            new Claim.Claimant(Optional.of("张三"), "张三"), ClaimKind.DIRECT_QUOTE, Stance.PRO_OPEN,
            Optional.of(span("表示")), Optional.of("开源"), List.of("example-tech"), "claims.quote-after-cue", 0.9),
        new Claim(span("开放权重更安全"), "开放权重更安全", 6,
            new Claim.Claimant(Optional.empty(), "开源的支持者"), ClaimKind.REPORTED_SPEECH, Stance.BALANCED,
            Optional.of(span("认为")), Optional.empty(), List.of(), "claims.group-said", 0.7));

    return new Extraction(annotated, List.of(company, founder, author, city, model), relations, claims);
  }

  private static Entity entity(String key, EntityType type, String zh, String en, String wikidata,
      List<Mention> mentions, String alias) {
    TreeMap<String, String> labels = new TreeMap<>();
    labels.put("zh", zh);
    if (en != null) {
      labels.put("en", en);
    }
    TreeSet<String> aliases = new TreeSet<>();
    if (alias != null) {
      aliases.add(alias);
    }
    return new Entity(key, type, labels, aliases, Optional.ofNullable(wikidata), mentions);
  }

  /** The {@code nth} occurrence (from 0) of {@code text}, as a mention. */
  private static Mention mention(String text, int nth, EntityType type, int sentence, Mention.Source source) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = TEXT.indexOf(text, at + 1);
    }
    return new Mention(new Span(at, at + text.length()), text, type, sentence, source);
  }

  /** The first occurrence of {@code text} in the cleaned text. */
  private static Span span(String text) {
    int at = TEXT.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException(text + " is not in the text");
    }
    return new Span(at, at + text.length());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path fixture(String name) throws URISyntaxException, IOException {
    var url = RdfMapperGoldenTest.class.getResource(CASE + "/" + name);
    if (url == null) {
      throw new IOException(CASE + "/" + name + " is missing from the test class path");
    }
    return Path.of(url.toURI());
  }
}
