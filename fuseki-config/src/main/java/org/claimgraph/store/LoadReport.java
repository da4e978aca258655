package org.claimgraph.store;

import java.util.List;
import java.util.Objects;

/**
 * What one load replaced: each named graph with the number of triples it holds afterwards.
 *
 * @param graphs the replaced graphs, in the order they were first seen
 */
public record LoadReport(List<GraphCount> graphs) {

    /** One replaced graph. */
    public record GraphCount(String graph, long triples) {
        public GraphCount {
            Objects.requireNonNull(graph, "graph");
            if (triples < 0)
                throw new IllegalArgumentException("Negative triple count " + triples + " for graph " + graph);
        }
    }

    public LoadReport {
        graphs = List.copyOf(Objects.requireNonNull(graphs, "graphs"));
    }

    /** Triples over all replaced graphs. */
    public long triples() {
        return graphs.stream().mapToLong(GraphCount::triples).sum();
    }

    /** Triples of one graph, or -1 when this load did not touch it. */
    public long triples(String graph) {
        return graphs.stream().filter(g -> g.graph().equals(graph)).mapToLong(GraphCount::triples)
                .findFirst().orElse(-1);
    }
}
