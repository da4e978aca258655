package org.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ExampleQueriesTest {

    @Test
    void everyQueryFileIsListedInOrderWithItsTitle() throws Exception {
        Path folder = Path.of("queries");
        long files;
        try (Stream<Path> rq = Files.list(folder)) {
            files = rq.filter(p -> p.toString().endsWith(".rq")).count();
        }

        assertThat(ExampleQueries.all()).hasSize((int) files);
        assertThat(ExampleQueries.all()).extracting(ExampleQuery::name).startsWith(
                "who-said-what-about-open-source", "models-by-company", "claims-with-stance-and-sentence",
                "entities-by-type", "full-text-search");
        assertThat(ExampleQueries.named("models-by-company").title()).isEqualTo("Which models each company develops");
        assertThat(ExampleQueries.named("models-by-company").chineseTitle()).isEqualTo("各公司开发了哪些模型");
    }

    @Test
    void everyQueryParses() {
        assertThat(ExampleQueries.all()).allSatisfy(q -> QueryFactory.create(q.sparql()));
    }

    @Test
    void theUiLinkOpensTheQueryEditorWithTheQueryText() {
        ExampleQuery example = ExampleQueries.named("full-text-search");

        String link = example.uiLink("kg");

        assertThat(link).startsWith("/?ui#/dataset/kg/query?query=").doesNotContain("+").doesNotContain(" ");
        String fragment = URI.create("http://localhost" + link).getRawFragment();
        String encoded = fragment.substring(fragment.indexOf("query=") + "query=".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(example.sparql());
    }
}
