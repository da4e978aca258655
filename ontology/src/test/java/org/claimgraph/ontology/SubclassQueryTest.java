package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * With the ontology in its own graph beside a document graph, queries written in schema.org and PROV-O terms
 * find claimgraph data through rdfs:subClassOf* and rdfs:subPropertyOf*, with no reasoner: this is how the
 * served dataset (union default graph) answers them.
 */
class SubclassQueryTest {

  private static final String ID = "https://w3id.org/claimgraph/id/";
  private static final String PREFIXES = """
      PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      PREFIX prov:   <http://www.w3.org/ns/prov#>
      PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
      """;

  private static Model documentGraph() {
    Model data = ModelFactory.createDefaultModel();
    String file = SubclassQueryTest.class.getResource("/fixtures/subclass-query/data.ttl").toString();
    RDFParser.create().source(file).base(ID).parse(data);
    return data;
  }

  private static Model unionWithOntology() {
    Dataset dataset = DatasetFactory.createTxnMem();
    dataset.executeWrite(() -> {
      dataset.addNamedModel(ID + "graph/d1", documentGraph());
      dataset.addNamedModel(CG.ONTOLOGY_IRI, ClaimgraphOntology.ontologyModel());
    });
    Model union = ModelFactory.createDefaultModel();
    dataset.executeRead(() -> union.add(dataset.getUnionModel()));
    return union;
  }

  private static List<String> select(Model model, String where) {
    List<String> values = new ArrayList<>();
    try (QueryExecution exec = QueryExecution.model(model).query(PREFIXES + "SELECT DISTINCT ?x WHERE { " + where + " } ORDER BY ?x").build()) {
      exec.execSelect().forEachRemaining(row -> values.add(row.get("x").toString()));
    }
    return values;
  }

  @Test
  void schemaPersonFindsCgPersons() {
    assertThat(select(unionWithOntology(), "?x a/rdfs:subClassOf* schema:Person"))
        .containsExactly(ID + "entity/sam-altman");
  }

  @Test
  void schemaOrganizationFindsCompaniesThroughTwoSteps() {
    assertThat(select(unionWithOntology(), "?x a/rdfs:subClassOf* schema:Organization"))
        .containsExactly(ID + "entity/openai");
  }

  @Test
  void provAgentFindsPeopleAndOrganizations() {
    assertThat(select(unionWithOntology(), "?x a/rdfs:subClassOf* prov:Agent"))
        .containsExactly(ID + "entity/openai", ID + "entity/sam-altman");
  }

  @Test
  void schemaSoftwareApplicationAndClaimFindModelsAndClaims() {
    Model union = unionWithOntology();
    assertThat(select(union, "?x a/rdfs:subClassOf* schema:SoftwareApplication")).containsExactly(ID + "entity/gpt-4");
    assertThat(select(union, "?x a/rdfs:subClassOf* schema:Claim")).containsExactly(ID + "doc/d1/claim/0-10");
  }

  @Test
  void schemaPropertiesFindCgRelations() {
    Model union = unionWithOntology();
    assertThat(select(union, "?p rdfs:subPropertyOf* schema:creator . <" + ID + "entity/gpt-4> ?p ?x"))
        .containsExactly(ID + "entity/openai");
    assertThat(select(union, "?p rdfs:subPropertyOf* schema:author . ?claim ?p ?x"))
        .containsExactly(ID + "entity/sam-altman");
    assertThat(select(union, "?p rdfs:subPropertyOf* schema:employee . ?org ?p ?x"))
        .containsExactly(ID + "entity/sam-altman");
  }

  @Test
  void opennessValuesAreSkosConcepts() {
    assertThat(select(unionWithOntology(), "<" + ID + "entity/gpt-4> <" + CG.openness.getURI() + "> ?x . ?x a/rdfs:subClassOf* skos:Concept"))
        .containsExactly(CG.Proprietary.getURI());
  }

  @Test
  void withoutTheOntologyTheSameQueriesFindNothing() {
    Model data = documentGraph();
    assertThat(select(data, "?x a/rdfs:subClassOf* schema:Person")).isEmpty();
    assertThat(select(data, "?x a/rdfs:subClassOf* schema:Organization")).isEmpty();
  }
}
