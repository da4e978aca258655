package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExporterTest {

    private TdbStore store;
    private Exporter exporter;

    @BeforeAll
    void loadTheTwoDocuments(@TempDir Path dataDir) {
        store = TdbStore.open(dataDir);
        new GraphLoader(store).loadFile(Fixtures.twoDocuments(), null);
        exporter = new Exporter(store);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void oneGraphRoundTripsWithItsName(ExportFormat format) {
        byte[] written = export(out -> exporter.exportGraph(Fixtures.D1, format, out));

        DatasetGraph parsed = parseDataset(written, format);
        DatasetGraph expected = DatasetGraphFactory.create();
        expected.addGraph(Fixtures.node(Fixtures.D1), Fixtures.fixtureGraph(Fixtures.D1));
        assertThat(IsoMatcher.isomorphic(expected, parsed)).as(new String(written, StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void oneGraphAsTurtleIsPrettyWithTheOntologyPrefixes() {
        byte[] written = export(out -> exporter.exportGraph(Fixtures.D1, ExportFormat.TURTLE, out));
        String turtle = new String(written, StandardCharsets.UTF_8);

        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(written)).lang(ExportFormat.TURTLE.lang()).parse(parsed);
        assertThat(parsed.isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D1))).isTrue();
        assertThat(turtle).containsPattern("(?i)prefix cg: +<https://w3id.org/claimgraph/ontology#>")
                .contains("cg:Claim").contains("nif:anchorOf")
                .doesNotContain("<https://w3id.org/claimgraph/ontology#Claim>");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void theWholeStoreRoundTripsWithEveryNamedGraph(ExportFormat format) {
        byte[] written = export(out -> exporter.exportAll(format, out));

        assertThat(IsoMatcher.isomorphic(Fixtures.twoDocumentsDataset(), parseDataset(written, format))).isTrue();
    }

    @Test
    void theWholeStoreAsTurtleIsTheMergeOfItsGraphs() {
        byte[] written = export(out -> exporter.exportAll(ExportFormat.TURTLE, out));

        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(written)).lang(ExportFormat.TURTLE.lang()).parse(parsed);
        Graph merged = GraphFactory.createDefaultGraph();
        Fixtures.twoDocumentsDataset().find().forEachRemaining(q -> merged.add(q.asTriple()));
        assertThat(parsed.isIsomorphicWith(merged)).isTrue();
    }

    @Test
    void anUnknownGraphIsAnError() {
        assertThatThrownBy(() -> exporter.exportGraph(Fixtures.BASE + "graph/nope", ExportFormat.TRIG,
                new ByteArrayOutputStream()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("No graph <" + Fixtures.BASE + "graph/nope>");
    }

    @Test
    void formatNamesAreThoseTheCliAccepts() {
        assertThat(ExportFormat.fromName("ttl")).isEqualTo(ExportFormat.TURTLE);
        assertThat(ExportFormat.fromName("NQ")).isEqualTo(ExportFormat.NQUADS);
        assertThat(ExportFormat.fromName("json-ld")).isEqualTo(ExportFormat.JSONLD);
        assertThatThrownBy(() -> ExportFormat.fromName("xml"))
                .hasMessageContaining("\"xml\"").hasMessageContaining("ttl, trig, nq, jsonld");
    }

    private static DatasetGraph parseDataset(byte[] bytes, ExportFormat format) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(parsed);
        return parsed;
    }

    private interface Writing {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] export(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
