package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * Reading the queries out of a jar from many threads at once: the JVM-wide jar file system, shared and closed
     * by each reader, failed with ClosedFileSystemException under 16 clients on the home page.
     */
    @Test
    void manyThreadsReadTheQueriesOutOfAJarAtOnce(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("queries.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> rq = Files.list(Path.of("queries"))) {
            for (Path file : rq.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                out.putNextEntry(new ZipEntry(ExampleQueries.RESOURCE_FOLDER.substring(1) + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        URL folder = new URL("jar:" + jar.toUri() + "!" + ExampleQueries.RESOURCE_FOLDER);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<List<ExampleQuery>>> readers = new ArrayList<>();
            for (int i = 0; i < 64; i++)
                readers.add(() -> ExampleQueries.readFrom(folder));
            for (Future<List<ExampleQuery>> read : threads.invokeAll(readers))
                assertThat(read.get()).isEqualTo(ExampleQueries.all());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theQueriesAreReadOnceAndShared() {
        assertThat(ExampleQueries.all()).isSameAs(ExampleQueries.all());
    }
}
