package org.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.claimgraph.store.Fixtures;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests against a real server (port 0, loopback) over the two-document fixture: costly regular
 * expressions, results cut by a timeout, malformed URLs and Accept headers, SHACL, XML entities, SERVICE, LOAD of
 * local files, default-graph writes, bad password files, and concurrency. {@code secured} has a password file and
 * a query timeout of 1 s (so that timeouts are quick to provoke); {@code open} has neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerHardeningHttpTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-secret".getBytes(StandardCharsets.UTF_8));
    /** The reproduction: 60 a's and a pattern that backtracks exponentially. */
    private static final String REGEX_BOMB = "SELECT ?x WHERE { BIND(regex(\"" + "a".repeat(60)
            + "\", \"(.*a){8}z\") AS ?x) }";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ClaimgraphServer secured;
    private ClaimgraphServer open;

    @BeforeAll
    void startServers(@TempDir Path securedData, @TempDir Path openData, @TempDir Path configs) throws IOException {
        for (Path data : List.of(securedData, openData)) {
            try (TdbStore store = TdbStore.open(data)) {
                GraphLoader loader = new GraphLoader(store);
                loader.loadFile(Fixtures.twoDocuments(), null);
                loader.loadOntology();
            }
        }
        Path quickTimeout = Files.writeString(configs.resolve("config.ttl"),
                Files.readString(Path.of("config.ttl")).replace("\"30000\"", "\"1000\""));
        secured = ClaimgraphServer.create().port(0).loopback(true).config(quickTimeout).store(securedData)
                .passwordFile(Fixtures.file("server/passwd")).build().start();
        open = ClaimgraphServer.create().port(0).loopback(true).store(openData).build().start();
    }

    @AfterAll
    void stopServers() {
        if (secured != null)
            secured.stop();
        if (open != null)
            open.stop();
    }

    // ---- 1. Regular expressions and timeouts

    @Test
    void aBacktrackingRegexIsStoppedWithAnErrorWithinSeconds() throws Exception {
        Instant start = Instant.now();

        HttpResponse<String> response = get(sparql(open, REGEX_BOMB), "application/sparql-results+json");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("timed out");
        // The server is free again.
        assertThat(get(sparql(open, "ASK { ?s ?p ?o }"), "application/sparql-results+json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBacktrackingRegexInAFilterOverRowsIsStoppedToo() throws Exception {
        String query = "SELECT ?s WHERE { ?s ?p ?o FILTER(regex(CONCAT(STR(?o), \"" + "a".repeat(60)
                + "\"), \"(.*a){8}z\")) }";
        Instant start = Instant.now();

        HttpResponse<String> response = get(sparql(open, query), "application/sparql-results+json");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void ordinaryRegexAndReplaceStillWork() throws Exception {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l (REPLACE(?l, \"^Open\", \"Closed\")"
                + " AS ?r) WHERE { ?s rdfs:label ?l FILTER(regex(?l, \"^openai$\", \"i\")) }";

        HttpResponse<String> response = get(sparql(open, query), "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().toList()).containsExactly("l,r", "OpenAI,ClosedAI");
    }

    @Test
    void aQueryCutByItsTimeoutAfterStreamingRowsIsNotA200WithTruncatedJson() throws Exception {
        // Thousands of rows at once (more than Jetty's output buffer), then a cross product that outlives 1 s.
        String query = "SELECT ?a ?c WHERE { { ?a ?b ?c . ?d ?e ?f } UNION { ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?q ?r ?t"
                + " FILTER(?t = \"never\") } }";

        HttpResponse<String> response = get(sparql(secured, query), "application/sparql-results+json");

        // Fuseki answers a query cancelled while streaming with 400 (before the first row it says 503).
        assertThat(response.statusCode()).isIn(400, 503);
        assertThat(response.body()).doesNotContain("\"bindings\"");
    }

    @Test
    void anAnswerLargerThanTheCapIsRefusedWithAHint() throws Exception {
        String query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

        HttpResponse<String> response = get(sparql(open, query), "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("larger than 16 MB").contains("LIMIT");
    }

    @Test
    void aCompleteAnswerIsSentWhole() throws Exception {
        HttpResponse<byte[]> response = http.send(request(sparql(open, "SELECT * { ?s ?p ?o }"))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON)
                .rewindable().size()).isGreaterThan(50);
    }

    // ---- 2. SHACL

    @Test
    void shaclIsForLoggedInUsersOnly() throws Exception {
        String shapes = Files.readString(Fixtures.file("server/claims-need-claimant.shapes.ttl"));
        String url = "/shacl?graph=" + encode(Fixtures.D1);

        assertThat(post(open.datasetUrl() + url, "text/turtle", shapes, null).statusCode()).isEqualTo(404);
        assertThat(post(secured.datasetUrl() + url, "text/turtle", shapes, null).statusCode()).isEqualTo(401);
        assertThat(post(secured.datasetUrl() + url, "text/turtle", shapes, ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void aShapesGraphOverTheSizeLimitIsRefused() throws Exception {
        String big = "<urn:x-test:s> <urn:x-test:p> \"" + "x".repeat(2 * 1024 * 1024) + "\" .";

        HttpResponse<String> response = post(secured.datasetUrl() + "/shacl?graph=" + encode(Fixtures.D1),
                "text/turtle", big, ADMIN);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aShaclSparqlConstraintWithABacktrackingRegexIsStopped() throws Exception {
        String shapes = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                [] a sh:NodeShape ; sh:targetClass cg:Claim ;
                   sh:sparql [ sh:select "SELECT $this WHERE { FILTER(regex("%s", "(.*a){8}z")) }" ] .
                """.formatted("a".repeat(60));
        Instant start = Instant.now();

        HttpResponse<String> response = post(secured.datasetUrl() + "/shacl?graph=" + encode(Fixtures.D1),
                "text/turtle", shapes, ADMIN);

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    // ---- 3. XML entities over HTTP

    @Test
    void entityExpansionIsRefusedBySparqlShaclAndGraphStoreWrites() throws Exception {
        String bomb = Files.readString(Fixtures.file("hostile/billion-laughs.rdf"));
        Instant start = Instant.now();

        HttpResponse<String> shacl = post(secured.datasetUrl() + "/shacl?graph=" + encode(Fixtures.D1),
                "application/rdf+xml", bomb, ADMIN);
        HttpResponse<String> gsp = post(secured.datasetUrl() + "/data?graph=urn:x-test:bomb",
                "application/rdf+xml", bomb, ADMIN);

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(shacl.statusCode()).isEqualTo(400);
        assertThat(gsp.statusCode()).isEqualTo(400);
        assertThat(gsp.body()).contains("DOCTYPE");
        assertThat(ask(secured, "ASK { GRAPH <urn:x-test:bomb> { ?s ?p ?o } }")).isFalse();
    }

    // ---- 4 and 5. Concurrency: home, entity and claim pages

    @Test
    void sixteenClientsGetNoErrorFromHomeEntityAndClaimPages() throws Exception {
        List<String> paths = List.of("/", "/?lang=en", "/id/entity/openai", "/id/entity/ilya-sutskever",
                "/id/doc/d1/claim/45-56", "/search?q=open", "/id/entity/meta?lang=zh");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int client = 0; client < 16; client++) {
                int offset = client;
                work.add(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        String path = paths.get((offset + i) % paths.size());
                        HttpResponse<String> response = get(open.serverUrl() + path.substring(1), "text/html");
                        if (response.statusCode() != 200)
                            failures.add(path + " -> " + response.statusCode() + " " + response.body());
                    }
                    return failures;
                });
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : clients.invokeAll(work))
                failures.addAll(result.get());
            assertThat(failures).isEmpty();
        } finally {
            clients.shutdownNow();
        }
    }

    // ---- 8. Malformed requests

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%ZZ", "/?lang=%ZZ", "/id/entity/openai?x=%ZZ", "/resource?iri=%ZZ",
            "/kg/sparql?query=%ZZ", "/kg/query?query=ASK%7B%7D%", "/search?q=%C3%28", "/kg?query=%G1"})
    void malformedPercentEncodingIs400(String path) throws Exception {
        // Java's HTTP client refuses to send such URLs, so the request goes out by hand.
        String response = rawGet(open, path);

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Percent-encode the URL").doesNotContain("Exception");
    }

    @Test
    void aMalformedFormBodyIs400() throws Exception {
        HttpResponse<String> response = post(open.sparqlUrl(), "application/x-www-form-urlencoded", "query=%ZZ", null);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=open", "/id/entity/openai"})
    void htmlRefusedByAcceptIs406(String path) throws Exception {
        HttpResponse<String> response = get(open.serverUrl() + path.substring(1), "text/html;q=0");

        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void htmlRefusedButTurtleAcceptedGetsTurtle() throws Exception {
        HttpResponse<String> response = get(open.serverUrl() + "id/entity/openai", "text/html;q=0, text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/turtle"));
    }

    // ---- Risks: SERVICE, LOAD of local files, default graph writes, empty passwords

    @Test
    void federatedQueryIsOffByDefault() throws Exception {
        String query = "SELECT * WHERE { SERVICE <" + secured.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1";

        HttpResponse<String> response = get(sparql(open, query), "application/sparql-results+json");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("SERVICE");
    }

    @Test
    void loadOfALocalFileIsRefused() throws Exception {
        HttpResponse<String> response = post(secured.datasetUrl() + "/update", "application/sparql-update",
                "LOAD <file:///etc/hostname> INTO GRAPH <urn:x-test:leak>", ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("http(s) IRIs only");
        assertThat(ask(secured, "ASK { GRAPH <urn:x-test:leak> { ?s ?p ?o } }")).isFalse();
    }

    @Test
    void writesToTheDefaultGraphAreRefusedWithTheNamedGraphToUse() throws Exception {
        HttpResponse<String> update = post(secured.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { <urn:x-test:lost> <urn:x-test:p> \"x\" }", ADMIN);
        HttpResponse<String> form = post(secured.datasetUrl() + "/update", "application/x-www-form-urlencoded",
                "update=" + encode("INSERT { ?s <urn:x-test:p> 1 } WHERE { ?s a <urn:x-test:none> }"), ADMIN);
        HttpResponse<String> gsp = post(secured.datasetUrl() + "/data?default", "text/turtle",
                "<urn:x-test:lost> <urn:x-test:p> \"x\" .", ADMIN);
        HttpResponse<String> named = post(secured.datasetUrl() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x-test:kept> { <urn:x-test:kept> <urn:x-test:p> \"x\" } }", ADMIN);

        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(update.body()).contains("union of all named graphs").contains("GRAPH <IRI>");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(gsp.statusCode()).isEqualTo(400);
        assertThat(gsp.body()).contains("?graph=");
        assertThat(named.statusCode()).isBetween(200, 204);
        assertThat(ask(secured, "ASK { <urn:x-test:lost> ?p ?o }")).isFalse();
        assertThat(ask(secured, "ASK { <urn:x-test:kept> ?p ?o }")).isTrue();
    }

    @Test
    void anEmptyPasswordIsRefusedAtStartUp(@TempDir Path dir) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "# users\nreader: secret\nadmin:\n");

        assertThatThrownBy(() -> ClaimgraphServer.create().port(0).store(dir.resolve("data")).passwordFile(passwd)
                .build())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("\"admin\" has an empty password");
    }

    // ---- helpers

    private static String sparql(ClaimgraphServer server, String query) {
        return server.sparqlUrl() + "?query=" + encode(query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(request(url).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null)
            request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET sent as bytes on a socket, for URLs no HTTP client library will send; the whole response. */
    private static String rawGet(ClaimgraphServer server, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private boolean ask(ClaimgraphServer server, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(sparql(server, query), "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getBooleanResult();
    }
}
