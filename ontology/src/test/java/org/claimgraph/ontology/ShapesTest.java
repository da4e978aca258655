package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes accept a hand-written document graph and reject each broken variant of it with exactly the
 * results its {@code expected.ttl} lists (focus node, path, constraint component).
 */
class ShapesTest {

  private static final String DATA_BASE = "https://w3id.org/claimgraph/id/";
  private static final String SHAPES_NS = "https://w3id.org/claimgraph/shapes#";

  /** One validation result, reduced to what a fixture pins down. */
  record Result(Node focusNode, Node path, Node component) {
    @Override
    public String toString() {
      return "focus=" + focusNode + " path=" + path + " component=" + component.getLocalName();
    }
  }

  static Stream<Path> cases() throws URISyntaxException, IOException {
    Path root = Path.of(Objects.requireNonNull(ShapesTest.class.getResource("/fixtures/shapes")).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      List<Path> cases = dirs.filter(Files::isDirectory).sorted().toList();
      assertThat(cases).as("shape fixtures under " + root).hasSizeGreaterThanOrEqualTo(6);
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validationGivesTheExpectedResults(Path fixture) {
    Graph data = parse(fixture.resolve("data.ttl"));
    Model expected = parseModel(fixture.resolve("expected.ttl"));

    ValidationReport report = ShaclValidator.get().validate(ClaimgraphOntology.shapes(), data);

    Resource expectedReport = expected.listSubjectsWithProperty(RDF.type, SHACLM.ValidationReport).next();
    boolean expectedConforms = expectedReport.getProperty(SHACLM.conforms).getBoolean();
    assertThat(report.conforms()).as(() -> "conforms, report:\n" + asTurtle(report.getModel())).isEqualTo(expectedConforms);
    assertThat(results(report.getModel()))
        .as(() -> "results, report:\n" + asTurtle(report.getModel()))
        .containsExactlyInAnyOrderElementsOf(results(expected));
  }

  @Test
  void theValidDocumentStillConformsWithTheOntologyInTheSameGraph() {
    // The served dataset's default graph is the union of the document graphs and the ontology.
    Model union = ModelFactory.createModelForGraph(parse(fixturePath("valid")));
    union.add(ClaimgraphOntology.ontologyModel());
    ValidationReport report = ShaclValidator.get().validate(ClaimgraphOntology.shapes(), union.getGraph());
    assertThat(report.conforms()).as(() -> asTurtle(report.getModel())).isTrue();
  }

  @Test
  void valueListsInShapesAreExactlyTheSchemeMembers() {
    Model shapes = ModelFactory.createModelForGraph(ClaimgraphOntology.shapesGraph());
    Model ontology = ClaimgraphOntology.ontologyModel();
    assertThat(inListOf(shapes, "ClaimShape-claimKind")).isEqualTo(membersOf(ontology, CG.ClaimKindScheme));
    assertThat(inListOf(shapes, "ClaimShape-stance")).isEqualTo(membersOf(ontology, CG.StanceScheme));
    assertThat(inListOf(shapes, "AIModelShape-openness")).isEqualTo(membersOf(ontology, CG.OpennessScheme));
  }

  @Test
  void entityTypeListsMatchTheOntology() {
    Model shapes = ModelFactory.createModelForGraph(ClaimgraphOntology.shapesGraph());
    Model ontology = ClaimgraphOntology.ontologyModel();
    Resource entityShape = shapes.createResource(SHAPES_NS + "EntityShape");
    Set<RDFNode> targetClasses = entityShape.listProperties(SHACLM.targetClass).mapWith(s -> s.getObject()).toSet();
    Resource typeShape = shapes.createResource(SHAPES_NS + "EntityShape-type");
    Resource qualified = typeShape.getPropertyResourceValue(SHACLM.qualifiedValueShape);
    assertThat(listMembers(qualified.getPropertyResourceValue(SHACLM.in))).isEqualTo(targetClasses);
    for (RDFNode type : targetClasses) {
      assertThat(ontology.contains(type.asResource(), RDF.type, ontology.createResource(Namespaces.OWL + "Class"))).as(type.toString()).isTrue();
    }

    Set<RDFNode> organizationClasses = new HashSet<>();
    String query = "PREFIX rdfs: <" + RDFS.getURI() + "> PREFIX cg: <" + CG.NS + "> "
        + "SELECT ?c WHERE { ?c rdfs:subClassOf* cg:Organization FILTER STRSTARTS(STR(?c), STR(cg:)) }";
    try (QueryExecution exec = QueryExecution.model(ontology).query(query).build()) {
      exec.execSelect().forEachRemaining(row -> organizationClasses.add(row.get("c")));
    }
    Resource notOrganization = shapes.createResource(SHAPES_NS + "PersonShape-notOrganization").getPropertyResourceValue(SHACLM.not);
    assertThat(listMembers(notOrganization.getPropertyResourceValue(SHACLM.in))).isEqualTo(organizationClasses).hasSize(4);
  }

  private static Set<RDFNode> inListOf(Model shapes, String shapeName) {
    return listMembers(shapes.createResource(SHAPES_NS + shapeName).getPropertyResourceValue(SHACLM.in));
  }

  private static Set<RDFNode> listMembers(Resource list) {
    return new HashSet<>(list.as(RDFList.class).asJavaList());
  }

  private static Set<RDFNode> membersOf(Model ontology, Resource scheme) {
    return ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).mapWith(r -> (RDFNode) r).toSet();
  }

  private static Set<Result> results(Model report) {
    Set<Result> results = new HashSet<>();
    report.listObjectsOfProperty(SHACLM.result).forEachRemaining(node -> {
      Resource result = node.asResource();
      Resource path = result.getPropertyResourceValue(SHACLM.resultPath);
      results.add(new Result(
          result.getPropertyResourceValue(SHACLM.focusNode).asNode(),
          path == null ? null : path.asNode(),
          result.getPropertyResourceValue(SHACLM.sourceConstraintComponent).asNode()));
    });
    return results;
  }

  private static Path fixturePath(String name) {
    try {
      return Path.of(Objects.requireNonNull(ShapesTest.class.getResource("/fixtures/shapes/" + name + "/data.ttl")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Graph parse(Path file) {
    return parseModel(file).getGraph();
  }

  private static Model parseModel(Path file) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(file).lang(Lang.TURTLE).base(DATA_BASE).parse(model);
    return model;
  }

  private static String asTurtle(Model model) {
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, model, Lang.TURTLE);
    return out.toString();
  }
}
