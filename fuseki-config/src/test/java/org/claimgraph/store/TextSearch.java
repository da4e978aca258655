package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** Runs jena-text queries against a store in a read transaction, for assertions. */
final class TextSearch {

    private TextSearch() {}

    /** Subjects (IRIs) matching {@code search} on the given property, e.g. {@code rdfs:label} or {@code cg:text}. */
    static List<String> subjects(DatasetGraph dataset, String property, String search) {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                SELECT DISTINCT ?s { ?s text:query (%s "%s") }""".formatted(property, search);
        return Txn.calculateRead(dataset, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    found.add(row.get("s").getURI());
                }
            }
            return found;
        });
    }
}
