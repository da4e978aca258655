package org.claimgraph.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;

/** The serializations {@link Exporter} writes, with the names the CLI accepts. */
public enum ExportFormat {
    /** Pretty Turtle with prefixes; one graph (the export of the whole store is the merge of its graphs). */
    TURTLE(Lang.TURTLE, "ttl", List.of("ttl", "turtle")),
    /** TriG: named graphs kept. */
    TRIG(Lang.TRIG, "trig", List.of("trig")),
    /** N-Quads: named graphs kept, streamed (no copy in memory). */
    NQUADS(Lang.NQUADS, "nq", List.of("nq", "nquads", "n-quads")),
    /** JSON-LD 1.1: named graphs kept. */
    JSONLD(Lang.JSONLD, "jsonld", List.of("jsonld", "json-ld"));

    private final Lang lang;
    private final String fileExtension;
    private final List<String> names;

    ExportFormat(Lang lang, String fileExtension, List<String> names) {
        this.lang = lang;
        this.fileExtension = fileExtension;
        this.names = names;
    }

    /** Parses a format name (case-insensitive): ttl, turtle, trig, nq, nquads, jsonld, json-ld. */
    public static ExportFormat fromName(String name) {
        String wanted = String.valueOf(name).trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format \"" + name + "\"; use one of "
                        + Arrays.stream(values()).map(f -> f.fileExtension).collect(Collectors.joining(", "))));
    }

    public Lang lang() {
        return lang;
    }

    /** Without the dot: ttl, trig, nq, jsonld. */
    public String fileExtension() {
        return fileExtension;
    }

    public String contentType() {
        return lang.getHeaderString();
    }
}
