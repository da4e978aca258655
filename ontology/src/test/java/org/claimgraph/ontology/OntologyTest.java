package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/** The ontology parses cleanly, types every term, and aligns only to real, declared terms. */
class OntologyTest {

  private static final Set<Resource> TERM_TYPES =
      Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme);

  private final Model ontology = ClaimgraphOntology.ontologyModel();

  @Test
  void hasNoBlankNodes() {
    List<Statement> withBlankNodes =
        ontology.listStatements().filterKeep(s -> s.getSubject().isAnon() || s.getObject().isAnon()).toList();
    assertThat(withBlankNodes).isEmpty();
  }

  @Test
  void headerCarriesVersionTitleLicenceAndPreferredPrefix() {
    Resource header = CG.ONTOLOGY.inModel(ontology);
    assertThat(header.hasProperty(RDF.type, OWL.Ontology)).isTrue();
    assertThat(header.getProperty(OWL.versionInfo).getString()).isEqualTo("1.0.0");
    assertThat(header.listProperties(DCTerms.title).mapWith(s -> s.getLanguage()).toSet()).contains("en", "zh");
    assertThat(header.hasProperty(DCTerms.description)).isTrue();
    assertThat(header.getPropertyResourceValue(DCTerms.license)).isNotNull();
    Property preferredPrefix = ontology.createProperty(Namespaces.VANN, "preferredNamespacePrefix");
    Property preferredUri = ontology.createProperty(Namespaces.VANN, "preferredNamespaceUri");
    assertThat(header.getProperty(preferredPrefix).getString()).isEqualTo(CG.PREFIX);
    assertThat(header.getProperty(preferredUri).getString()).isEqualTo(CG.NS);
  }

  @Test
  void everyCgTermHasExactlyOneKindOfTermType() {
    List<String> problems = new ArrayList<>();
    for (Resource term : ontology.listSubjects().toList()) {
      if (!term.isURIResource() || !term.getURI().startsWith(CG.NS)) {
        continue;
      }
      long kinds = term.listProperties(RDF.type).mapWith(Statement::getObject).filterKeep(TERM_TYPES::contains).toList().size();
      if (kinds != 1) {
        problems.add(term + " has " + kinds + " of owl:Class / owl:ObjectProperty / owl:DatatypeProperty / skos:Concept / skos:ConceptScheme");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void countsClassesPropertiesAndIndividuals() {
    assertThat(cgTermsOfType(OWL.Class)).hasSize(18);
    assertThat(cgTermsOfType(OWL.ObjectProperty).size() + cgTermsOfType(OWL.DatatypeProperty).size()).isEqualTo(44);
    assertThat(cgTermsOfType(OWL.NamedIndividual)).hasSize(14);
  }

  @Test
  void everyPropertyHasOneDomainAndOneRange() {
    List<String> problems = new ArrayList<>();
    Set<Resource> properties = new HashSet<>(cgTermsOfType(OWL.ObjectProperty));
    properties.addAll(cgTermsOfType(OWL.DatatypeProperty));
    for (Resource property : properties) {
      for (Property axis : List.of(RDFS.domain, RDFS.range)) {
        int count = property.listProperties(axis).toList().size();
        if (count != 1) {
          problems.add(property + " has " + count + " " + axis.getLocalName());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTermReferredToIsDeclared() {
    // What OWL tools must see typed: the targets of alignments, domains and ranges.
    List<String> problems = new ArrayList<>();
    for (Property axis : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
      for (RDFNode target : ontology.listObjectsOfProperty(axis).toList()) {
        Resource term = target.asResource();
        boolean builtIn = term.getURI().startsWith(XSD.NS) || term.equals(RDFS.Literal) || term.equals(RDF.langString) || term.equals(OWL.Thing);
        if (!builtIn && !term.hasProperty(RDF.type)) {
          problems.add(term + " (object of " + axis.getLocalName() + ") is not declared");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void externalTermsExistInTheirVocabularies() throws IllegalAccessException {
    // Jena's vocabulary classes list the real terms; ours list the NIF, ITS and PROV terms we rely on.
    Set<String> known = new HashSet<>();
    for (Class<?> vocabulary : List.of(SchemaDO.class, DCTerms.class, SKOS.class, OA.class, ORG.class, PROV.class, NIF.class, ITSRDF.class)) {
      known.addAll(urisOf(vocabulary));
    }
    Set<String> schemaTerms = urisOf(SCHEMA.class);
    List<String> problems = new ArrayList<>();
    for (Resource subject : ontology.listSubjects().toList()) {
      String uri = subject.getURI();
      if (uri == null || uri.startsWith(CG.NS) || uri.equals(CG.ONTOLOGY_IRI)
          || uri.startsWith(Namespaces.VANN) || uri.startsWith(Namespaces.OWL)) {
        continue;
      }
      if (!known.contains(uri)) {
        problems.add(uri + " is not a term of its vocabulary");
      }
      if (uri.startsWith(Namespaces.SCHEMA) && !schemaTerms.contains(uri)) {
        problems.add(uri + " is used by the ontology but missing from SCHEMA.java");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void closeMatchesAreWikidataPropertiesOnProperties() {
    List<String> problems = new ArrayList<>();
    for (Statement s : ontology.listStatements(null, SKOS.closeMatch, (RDFNode) null).toList()) {
      boolean onProperty = s.getSubject().hasProperty(RDF.type, OWL.ObjectProperty) || s.getSubject().hasProperty(RDF.type, OWL.DatatypeProperty);
      boolean toWikidataProperty = s.getObject().isURIResource() && s.getResource().getURI().matches("http://www\\.wikidata\\.org/entity/P[1-9][0-9]*");
      if (!onProperty || !toWikidataProperty) {
        problems.add(s.toString());
      }
    }
    assertThat(problems).isEmpty();
    // The three the design names.
    assertThat(closeMatch(CG.developer)).isEqualTo(Namespaces.WD + "P178");
    assertThat(closeMatch(CG.founder)).isEqualTo(Namespaces.WD + "P112");
    assertThat(closeMatch(CG.worksFor)).isEqualTo(Namespaces.WD + "P108");
  }

  @Test
  void personAndOrganizationAreDisjoint() {
    assertThat(ontology.contains(CG.Person, OWL.disjointWith, CG.Organization)).isTrue();
  }

  private String closeMatch(Resource term) {
    return term.inModel(ontology).getPropertyResourceValue(SKOS.closeMatch).getURI();
  }

  private List<Resource> cgTermsOfType(Resource type) {
    return ontology.listResourcesWithProperty(RDF.type, type).filterKeep(r -> r.getURI().startsWith(CG.NS)).toList();
  }

  private static Set<String> urisOf(Class<?> vocabulary) throws IllegalAccessException {
    Set<String> uris = new HashSet<>();
    for (Field field : vocabulary.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
        Resource term = (Resource) field.get(null);
        if (term != null && term.isURIResource()) {
          uris.add(term.getURI());
        }
      }
    }
    return uris;
  }
}
