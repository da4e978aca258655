package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ClaimgraphOntologyTest {

  @Test
  void prefixesCoverEveryNamespaceWeWrite() {
    Map<String, String> prefixes = ClaimgraphOntology.prefixes().getNsPrefixMap();
    assertThat(prefixes).containsAllEntriesOf(Map.ofEntries(
        Map.entry("cg", CG.NS),
        Map.entry("schema", "https://schema.org/"),
        Map.entry("prov", "http://www.w3.org/ns/prov#"),
        Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
        Map.entry("dcterms", "http://purl.org/dc/terms/"),
        Map.entry("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
        Map.entry("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
        Map.entry("wd", "http://www.wikidata.org/entity/"),
        Map.entry("owl", OWL.NS),
        Map.entry("rdf", RDF.uri),
        Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#")));
  }

  @Test
  void prefixesCoverEveryNamespaceOfTheOntology() {
    Model ontology = ClaimgraphOntology.ontologyModel();
    assertThat(ClaimgraphOntology.prefixes().getNsPrefixMap()).containsAllEntriesOf(ontology.getNsPrefixMap());
  }

  @Test
  void prefixesAreShared() {
    PrefixMapping prefixes = ClaimgraphOntology.prefixes();
    assertThatThrownBy(() -> prefixes.setNsPrefix("ex", "http://example.org/")).isInstanceOf(PrefixMapping.JenaLockedException.class);
  }

  @Test
  void turtleWrittenWithThePrefixesUsesShortNames() {
    Model model = ModelFactory.createDefaultModel().setNsPrefixes(ClaimgraphOntology.prefixes());
    model.add(model.createResource("https://w3id.org/claimgraph/id/entity/openai"), RDF.type, CG.Company);
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, model, Lang.TURTLE);
    assertThat(out.toString()).contains("rdf:type  cg:Company").doesNotContain("<" + CG.NS + "Company>");
  }

  @Test
  void everyCallGivesAFreshOntologyModel() {
    Model first = ClaimgraphOntology.ontologyModel();
    long size = first.size();
    first.removeAll();
    assertThat(ClaimgraphOntology.ontologyModel().size()).isEqualTo(size).isGreaterThan(500);
  }

  @Test
  void shapesAreParsedOnceAndTargetTheDocumentClasses() {
    assertThat(ClaimgraphOntology.shapes()).isSameAs(ClaimgraphOntology.shapes());
    assertThat(ClaimgraphOntology.shapes().getTargetShapes()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(ClaimgraphOntology.shapesGraph().size()).isGreaterThan(100);
  }
}
