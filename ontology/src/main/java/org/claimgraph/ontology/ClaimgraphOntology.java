package org.claimgraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;

/**
 * The claimgraph ontology and its SHACL shapes, loaded from the classpath, and the prefixes claimgraph writes
 * Turtle with.
 *
 * <p>Every call to {@link #ontologyModel()} and {@link #shapesGraph()} parses a fresh copy, so callers may
 * change what they get. {@link #shapes()} and {@link #prefixes()} are shared and cannot be changed.
 */
public final class ClaimgraphOntology {
  private ClaimgraphOntology() {}

  /** Classpath location of the OWL ontology (Turtle). */
  public static final String ONTOLOGY_RESOURCE = "/org/claimgraph/ontology/claimgraph.ttl";

  /** Classpath location of the SHACL shapes (Turtle). */
  public static final String SHAPES_RESOURCE = "/org/claimgraph/ontology/shapes.ttl";

  /** The IRI of the shapes graph. */
  public static final String SHAPES_IRI = "https://w3id.org/claimgraph/shapes";

  /** A fresh copy of the ontology. Load it into the graph named {@link CG#ONTOLOGY_IRI}. */
  public static Model ontologyModel() {
    Model model = ModelFactory.createDefaultModel();
    parseInto(model.getGraph(), ONTOLOGY_RESOURCE, CG.ONTOLOGY_IRI);
    return model;
  }

  /** A fresh copy of the SHACL shapes graph. */
  public static Graph shapesGraph() {
    Graph graph = ModelFactory.createDefaultModel().getGraph();
    parseInto(graph, SHAPES_RESOURCE, SHAPES_IRI);
    return graph;
  }

  /** The SHACL shapes, parsed once, for {@code ShaclValidator.get().validate(shapes(), dataGraph)}. */
  public static Shapes shapes() {
    return ParsedShapes.SHAPES;
  }

  /**
   * The prefixes claimgraph writes Turtle with: cg, schema, prov, skos, dcterms, nif, itsrdf, wd, org, oa, vann,
   * owl, rdf, rdfs, xsd. The mapping is locked; copy it with {@code PrefixMapping.Factory.create().setNsPrefixes(...)}
   * to add more.
   */
  public static PrefixMapping prefixes() {
    return Prefixes.MAPPING;
  }

  private static void parseInto(Graph graph, String resource, String base) {
    try (InputStream in = ClaimgraphOntology.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Classpath resource " + resource + " not found: put the claimgraph-ontology jar on the classpath");
      }
      RDFParser.create().source(in).lang(Lang.TURTLE).base(base).parse(graph);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
    }
  }

  // Holders: parsed on first use, then shared.
  private static final class ParsedShapes {
    static final Shapes SHAPES = Shapes.parse(shapesGraph());
  }

  private static final class Prefixes {
    static final PrefixMapping MAPPING =
        PrefixMapping.Factory.create()
            .setNsPrefix(CG.PREFIX, Namespaces.CG)
            .setNsPrefix(SCHEMA.PREFIX, Namespaces.SCHEMA)
            .setNsPrefix(PROV.PREFIX, Namespaces.PROV)
            .setNsPrefix("skos", Namespaces.SKOS)
            .setNsPrefix("dcterms", Namespaces.DCTERMS)
            .setNsPrefix(NIF.PREFIX, Namespaces.NIF)
            .setNsPrefix(ITSRDF.PREFIX, Namespaces.ITSRDF)
            .setNsPrefix("wd", Namespaces.WD)
            .setNsPrefix("org", Namespaces.ORG)
            .setNsPrefix("oa", Namespaces.OA)
            .setNsPrefix("vann", Namespaces.VANN)
            .setNsPrefix("owl", Namespaces.OWL)
            .setNsPrefix("rdf", Namespaces.RDF)
            .setNsPrefix("rdfs", Namespaces.RDFS)
            .setNsPrefix("xsd", Namespaces.XSD)
            .lock();
  }
}
