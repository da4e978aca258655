package org.claimgraph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.ontology.Namespaces;

/**
 * What a store holds, for the CLI summary and the home page.
 * <p>
 * "Entities" are the resources typed, in a document graph, with a class of the claimgraph ontology other
 * than the record-like {@code cg:Claim}, {@code cg:Article}, {@code cg:Role}, {@code cg:ExtractionRule} and the
 * concept classes {@code cg:Openness}, {@code cg:Stance}, {@code cg:ClaimKind}
 * (so people, organizations, models, products, events, places, topics). Counts in the maps are distinct
 * resources; a resource typed with two classes counts under both.
 *
 * @param triples        quads in the store, over all graphs (a triple in two graphs counts twice)
 * @param graphs         named graphs (documents and the ontology)
 * @param entities       distinct entities
 * @param entitiesByType class IRI to number of entities, largest first
 * @param claims         distinct {@code cg:Claim}s
 * @param claimsByStance stance IRI ({@code cg:ProOpen} ...) to number of claims, largest first; claims
 *                       without a stance are only in {@code claims}
 */
public record StoreStatistics(long triples, long graphs, long entities, Map<String, Long> entitiesByType,
                              long claims, Map<String, Long> claimsByStance) {

    private static final String PREFIXES = "PREFIX cg: <" + Namespaces.CG + ">\n";

    private static final String ENTITY_FILTER = """
            GRAPH ?g { ?e a ?type }
            FILTER(?g != <%s>)
            FILTER(STRSTARTS(STR(?type), STR(cg:)))
            FILTER(?type NOT IN (cg:Claim, cg:Article, cg:Role, cg:ExtractionRule, cg:Openness, cg:Stance, cg:ClaimKind))
            """.formatted(GraphLoader.ONTOLOGY_GRAPH);

    private static final String ENTITIES_BY_TYPE = PREFIXES
            + "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {\n" + ENTITY_FILTER.replace("?type", "?key")
            + "} GROUP BY ?key ORDER BY DESC(?n) ?key";

    private static final String ENTITIES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {\n" + ENTITY_FILTER + "}";

    private static final String CLAIMS_BY_STANCE = PREFIXES + """
            SELECT ?key (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a cg:Claim ; cg:stance ?key } }
            GROUP BY ?key ORDER BY DESC(?n) ?key""";

    private static final String CLAIMS = PREFIXES + """
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a cg:Claim } }""";

    public StoreStatistics {
        if (triples < 0 || graphs < 0 || entities < 0 || claims < 0)
            throw new IllegalArgumentException("Negative count: triples=" + triples + " graphs=" + graphs
                    + " entities=" + entities + " claims=" + claims);
        entitiesByType = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(entitiesByType, "entitiesByType")));
        claimsByStance = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(claimsByStance, "claimsByStance")));
    }

    /** Computes the statistics of any dataset laid out as docs/rdf-model.md says, in a read transaction. */
    public static StoreStatistics compute(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return Txn.calculateRead(dataset, () -> new StoreStatistics(
                Iter.count(dataset.find()),
                Iter.count(dataset.listGraphNodes()),
                count(dataset, ENTITIES),
                countsByKey(dataset, ENTITIES_BY_TYPE),
                count(dataset, CLAIMS),
                countsByKey(dataset, CLAIMS_BY_STANCE)));
    }

    private static long count(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? number(rows.next()) : 0;
        }
    }

    private static Map<String, Long> countsByKey(DatasetGraph dataset, String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node key = row.get("key");
                if (key != null && key.isURI())
                    counts.put(key.getURI(), number(row));
            }
        }
        return counts;
    }

    private static long number(Binding row) {
        return ((Number) row.get("n").getLiteralValue()).longValue();
    }
}
