package org.claimgraph.store;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The test fixtures under src/test/resources/fixtures, and the IRIs they use. */
public final class Fixtures {

    public static final String BASE = "https://w3id.org/claimgraph/id/";
    public static final String D1 = BASE + "graph/d1";
    public static final String D2 = BASE + "graph/d2";
    public static final String OPENAI = BASE + "entity/openai";
    public static final String TOPIC_OPEN_SOURCE = BASE + "entity/开源模型";
    public static final String ILYA = BASE + "entity/ilya-sutskever";
    public static final String CG = "https://w3id.org/claimgraph/ontology#";

    private Fixtures() {}

    /** A fixture file by its path under fixtures/, e.g. {@code kg/two-documents.trig}. */
    public static Path file(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/" + relative);
        if (url == null)
            throw new IllegalArgumentException("No fixture " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path twoDocuments() {
        return file("kg/two-documents.trig");
    }

    /** The two-document fixture parsed into memory. */
    public static DatasetGraph twoDocumentsDataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(twoDocuments()).parse(dataset);
        return dataset;
    }

    /** One graph of the fixture, as a plain graph. */
    public static Graph fixtureGraph(String graphIri) {
        return twoDocumentsDataset().getGraph(node(graphIri));
    }

    public static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
