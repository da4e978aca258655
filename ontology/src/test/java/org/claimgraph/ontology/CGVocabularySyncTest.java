package org.claimgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** claimgraph.ttl and {@link CG} name the same terms, and every term is documented and aligned. */
class CGVocabularySyncTest {

  private final Model ontology = ClaimgraphOntology.ontologyModel();

  /** Every cg: IRI that the Turtle file describes (as subject) or refers to (as object). */
  private Set<String> termsInOntology() {
    Set<String> terms = new TreeSet<>();
    for (Statement s : ontology.listStatements().toList()) {
      addIfCg(terms, s.getSubject());
      addIfCg(terms, s.getPredicate());
      addIfCg(terms, s.getObject());
    }
    return terms;
  }

  private static void addIfCg(Set<String> terms, RDFNode node) {
    if (node.isURIResource() && node.asResource().getURI().startsWith(CG.NS)) {
      terms.add(node.asResource().getURI());
    }
  }

  /** CG's public static Resource and Property fields in the cg: namespace, by URI. */
  private static Map<String, Field> termsInVocabulary() throws IllegalAccessException {
    Map<String, Field> terms = new TreeMap<>();
    for (Field field : CG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
        Resource term = (Resource) field.get(null);
        if (term.getURI().startsWith(CG.NS)) {
          terms.put(term.getURI(), field);
        }
      }
    }
    return terms;
  }

  @Test
  void everyOntologyTermIsInTheJavaVocabulary() throws IllegalAccessException {
    Set<String> missing = new TreeSet<>(termsInOntology());
    missing.removeAll(termsInVocabulary().keySet());
    assertThat(missing).as("terms in claimgraph.ttl with no constant in CG.java").isEmpty();
  }

  @Test
  void everyJavaConstantIsInTheOntology() throws IllegalAccessException {
    Set<String> missing = new TreeSet<>(termsInVocabulary().keySet());
    missing.removeAll(termsInOntology());
    assertThat(missing).as("constants in CG.java that claimgraph.ttl does not define").isEmpty();
  }

  @Test
  void constantsAreNamedAndTypedLikeTheirTerms() throws IllegalAccessException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Field> entry : termsInVocabulary().entrySet()) {
      Resource term = ontology.createResource(entry.getKey());
      Field field = entry.getValue();
      if (!(CG.NS + field.getName()).equals(entry.getKey())) {
        problems.add("CG." + field.getName() + " holds " + entry.getKey());
      }
      boolean isProperty = term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty);
      boolean declaredAsProperty = field.getType() == Property.class;
      if (isProperty != declaredAsProperty) {
        problems.add("CG." + field.getName() + " is declared as " + field.getType().getSimpleName()
            + " but the ontology " + (isProperty ? "makes it a property" : "does not make it a property"));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(termsInVocabulary()).hasSizeGreaterThan(60);
  }

  @Test
  void everyTermHasLabelsInEnglishAndChineseACommentAndIsDefinedBy() throws IllegalAccessException {
    List<String> problems = new ArrayList<>();
    for (String uri : termsInVocabulary().keySet()) {
      Resource term = ontology.createResource(uri);
      for (String lang : List.of("en", "zh")) {
        if (!hasLiteralInLanguage(term, RDFS.label, lang)) {
          problems.add(uri + " has no rdfs:label @" + lang);
        }
      }
      if (!term.hasProperty(RDFS.comment)) {
        problems.add(uri + " has no rdfs:comment");
      }
      if (!term.hasProperty(RDFS.isDefinedBy, CG.ONTOLOGY)) {
        problems.add(uri + " is not rdfs:isDefinedBy <" + CG.ONTOLOGY_IRI + ">");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTermIsAlignedToAStandardTerm() throws IllegalAccessException {
    List<String> problems = new ArrayList<>();
    for (String uri : termsInVocabulary().keySet()) {
      Resource term = ontology.createResource(uri);
      boolean aligned =
          hasNonCgObject(term, RDFS.subClassOf)
              || hasNonCgObject(term, RDFS.subPropertyOf)
              || (term.hasProperty(RDF.type, SKOS.Concept) && term.hasProperty(SKOS.inScheme))
              || term.hasProperty(RDF.type, SKOS.ConceptScheme);
      if (!aligned) {
        problems.add(uri + " has no rdfs:subClassOf / rdfs:subPropertyOf to a non-cg term, and is no SKOS concept in a scheme");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyConceptHasPrefLabelsDefinitionsAndItsScheme() {
    List<String> problems = new ArrayList<>();
    List<Resource> concepts = ontology.listResourcesWithProperty(RDF.type, SKOS.Concept).toList();
    assertThat(concepts).hasSize(11);
    for (Resource concept : concepts) {
      for (String lang : List.of("en", "zh")) {
        if (!hasLiteralInLanguage(concept, SKOS.prefLabel, lang)) {
          problems.add(concept + " has no skos:prefLabel @" + lang);
        }
        if (!hasLiteralInLanguage(concept, SKOS.definition, lang)) {
          problems.add(concept + " has no skos:definition @" + lang);
        }
      }
      Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
      if (scheme == null || !scheme.hasProperty(RDF.type, SKOS.ConceptScheme) || !scheme.hasProperty(SKOS.hasTopConcept, concept)) {
        problems.add(concept + " is not a top concept of a skos:ConceptScheme it is skos:inScheme of");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean hasLiteralInLanguage(Resource term, Property property, String lang) {
    return term.listProperties(property).toList().stream()
        .map(Statement::getObject)
        .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()) && !o.asLiteral().getLexicalForm().isBlank());
  }

  private static boolean hasNonCgObject(Resource term, Property property) {
    return term.listProperties(property).toList().stream()
        .map(Statement::getObject)
        .anyMatch(o -> o.isURIResource() && !o.asResource().getURI().startsWith(CG.NS));
  }
}
