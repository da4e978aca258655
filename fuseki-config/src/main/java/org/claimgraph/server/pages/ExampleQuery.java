package org.claimgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;


/**
 * One example query shipped in {@code fuseki-config/queries/}.
 *
 * @param name         the file name without {@code .rq} and its ordering prefix, e.g. {@code models-by-company}
 * @param title        from the file's {@code # title:} line (English)
 * @param chineseTitle from the file's {@code # title-zh:} line, or the English title when there is none
 * @param sparql       the full query text
 */
public record ExampleQuery(String name, String title, String chineseTitle, String sparql) {

    public ExampleQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chineseTitle, "chineseTitle");
        Objects.requireNonNull(sparql, "sparql");
        if (name.isBlank() || title.isBlank() || chineseTitle.isBlank() || sparql.isBlank())
            throw new IllegalArgumentException("Example query with a blank name, title or text: name=\"" + name + "\"");
    }

    /**
     * A link, relative to the server root, that opens this query in the Fuseki UI's query editor for
     * {@code serviceName} (e.g. {@code kg}): {@code /?ui#/dataset/kg/query?query=...}.
     */
    public String uiLink(String serviceName) {
        Objects.requireNonNull(serviceName, "serviceName");
        // %20 rather than '+': the UI's router reads the query string of the URL fragment.
        String encoded = URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
        return LinkedDataPages.queryUiPath(serviceName) + "?query=" + encoded;
    }
}
