package org.claimgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What one load replaced: each named graph with the number of triples it holds afterwards, and for a load of files,
 * how many triples each file gave (0 for an empty file, so the caller can say that nothing came from it).
 *
 * @param graphs       the replaced graphs, in the order they were first seen
 * @param files        the files read, in order, with their triple counts; empty when the load was not from files
 * @param storeTriples the quads in the whole store after the load, when the load knows it without counting (a load
 *                     into an empty store); empty otherwise: count with {@link TdbStore#quadCount()}
 */
public record LoadReport(List<GraphCount> graphs, List<FileCount> files, OptionalLong storeTriples) {

    /** One replaced graph. */
    public record GraphCount(String graph, long triples) {
        public GraphCount {
            Objects.requireNonNull(graph, "graph");
            if (triples < 0)
                throw new IllegalArgumentException("Negative triple count " + triples + " for graph " + graph);
        }
    }

    /** One file read, and the triples and quads it held. */
    public record FileCount(Path file, long triples) {
        public FileCount {
            Objects.requireNonNull(file, "file");
            if (triples < 0)
                throw new IllegalArgumentException("Negative triple count " + triples + " for file " + file);
        }
    }

    public LoadReport {
        graphs = List.copyOf(Objects.requireNonNull(graphs, "graphs"));
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        Objects.requireNonNull(storeTriples, "storeTriples");
    }

    public LoadReport(List<GraphCount> graphs, List<FileCount> files) {
        this(graphs, files, OptionalLong.empty());
    }

    public LoadReport(List<GraphCount> graphs) {
        this(graphs, List.of());
    }

    /** This report, knowing that the store holds {@code triples} quads in all after the load. */
    public LoadReport withStoreTriples(long triples) {
        return new LoadReport(graphs, files, OptionalLong.of(triples));
    }

    /** The files that held no triple at all. */
    public List<Path> emptyFiles() {
        return files.stream().filter(f -> f.triples() == 0).map(FileCount::file).toList();
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
