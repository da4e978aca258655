package org.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.server.pages.ExampleQueries;
import org.claimgraph.server.pages.ExampleQuery;
import org.claimgraph.store.Fixtures;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real server on port 0 and loopback, over a TDB2 store in a temporary directory holding the
 * two-document fixture, talked to over HTTP. {@code secured} has a password file; {@code open} has none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimgraphServerHttpTest {

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    private static final String SH = "http://www.w3.org/ns/shacl#";
    /** Keeps search results to the fixture's data (the ontology's labels are indexed too). */
    private static final String DATA_ONLY = "FILTER(STRSTARTS(STR(?s), \"" + Fixtures.BASE + "\"))";
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-secret".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private ClaimgraphServer secured;
    private ClaimgraphServer open;

    @BeforeAll
    void startServers(@TempDir Path securedData, @TempDir Path openData) {
        for (Path data : List.of(securedData, openData)) {
            try (TdbStore store = TdbStore.open(data)) {
                GraphLoader loader = new GraphLoader(store);
                loader.loadFile(Fixtures.twoDocuments(), null);
                loader.loadOntology();
            }
        }
        secured = ClaimgraphServer.create().port(0).loopback(true).store(securedData)
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

    // ---- SPARQL query: SELECT, ASK, CONSTRUCT, DESCRIBE in JSON, XML, CSV

    @Test
    void selectAnswersInJsonXmlAndCsv() throws Exception {
        String query = PREFIXES + "SELECT ?label { <" + Fixtures.OPENAI + "> rdfs:label ?label }";

        HttpResponse<byte[]> json = get(sparql(secured, query), "application/sparql-results+json");
        HttpResponse<byte[]> xml = get(sparql(secured, query), "application/sparql-results+xml");
        HttpResponse<String> csv = getText(sparql(secured, query), "text/csv");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/sparql-results+json"));
        // OpenAI's label is in both document graphs; the union default graph holds the triple once.
        assertThat(labels(json.body(), ResultSetLang.RS_JSON)).containsExactly("OpenAI");
        assertThat(labels(xml.body(), ResultSetLang.RS_XML)).containsExactly("OpenAI");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).containsExactly("label", "OpenAI");
    }

    @Test
    void askSeesTheUnionOfTheDocumentGraphs() throws Exception {
        // Sutskever's job is in d1, LeCun's in d2: only the union default graph has both.
        String query = PREFIXES + "ASK { <" + Fixtures.ILYA + "> cg:worksFor <" + Fixtures.OPENAI + "> . "
                + "<" + Fixtures.BASE + "entity/yann-lecun> cg:worksFor <" + Fixtures.BASE + "entity/meta> }";
        String askFalse = PREFIXES + "ASK { <" + Fixtures.ILYA + "> cg:worksFor <" + Fixtures.BASE + "entity/meta> }";

        HttpResponse<byte[]> json = get(sparql(secured, query), "application/sparql-results+json");
        HttpResponse<byte[]> xml = get(sparql(secured, query), "application/sparql-results+xml");
        HttpResponse<byte[]> no = get(sparql(secured, askFalse), "application/sparql-results+json");

        assertThat(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(json.body())).getBooleanResult()).isTrue();
        assertThat(ResultsReader.create().lang(ResultSetLang.RS_XML).build()
                .readAny(new ByteArrayInputStream(xml.body())).getBooleanResult()).isTrue();
        assertThat(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(no.body())).getBooleanResult()).isFalse();
    }

    @Test
    void constructAndDescribeReturnGraphs() throws Exception {
        String construct = PREFIXES + "CONSTRUCT { ?model cg:developer ?org } WHERE { ?model cg:developer ?org }";
        String describe = "DESCRIBE <" + Fixtures.OPENAI + ">";

        HttpResponse<byte[]> turtle = get(sparql(secured, construct), "text/turtle");
        HttpResponse<byte[]> ntriples = get(sparql(secured, describe), "application/n-triples");

        Graph developers = parse(turtle.body(), Lang.TURTLE);
        assertThat(developers.size()).isEqualTo(2);
        assertThat(developers.contains(node(Fixtures.BASE + "entity/llama-2"), node(Fixtures.CG + "developer"),
                node(Fixtures.BASE + "entity/meta"))).isTrue();
        Graph openai = parse(ntriples.body(), Lang.NTRIPLES);
        assertThat(openai.contains(node(Fixtures.OPENAI), RDF.type.asNode(), node(Fixtures.CG + "Company"))).isTrue();
        assertThat(openai.find(node(Fixtures.OPENAI), Node.ANY, Node.ANY).toList()).hasSizeGreaterThan(3);
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> response = getText(sparql(secured, "SELEC ?x WHERE { ?x ?p ?o }"), "*/*");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parse error").contains("line 1, column 6");
    }

    @Test
    void queriesHaveATimeout() {
        List<Endpoint> queryEndpoints = secured.fusekiServer().getDataAccessPointRegistry().get("/kg")
                .getDataService().getEndpoints(Operation.Query);

        assertThat(queryEndpoints).extracting(Endpoint::getName).containsExactlyInAnyOrder("sparql", "query");
        assertThat(queryEndpoints).allSatisfy(endpoint ->
                assertThat(endpoint.getContext().getAsString(ARQ.queryTimeout)).isEqualTo("30000"));
    }

    // ---- Writes: only with a password file, only with credentials

    @Test
    void anUpdateWithoutCredentialsIsRefusedAndWithThemItIsApplied() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x-test:update> { <urn:x-test:s> <urn:x-test:p> \"written\" } }";
        String ask = "ASK { GRAPH <urn:x-test:update> { <urn:x-test:s> <urn:x-test:p> \"written\" } }";

        HttpResponse<String> anonymous = post(secured.datasetUrl() + "/update", "application/sparql-update", update, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(askOn(secured, ask)).isFalse();

        HttpResponse<String> admin = post(secured.datasetUrl() + "/update", "application/sparql-update", update, ADMIN);
        assertThat(admin.statusCode()).isBetween(200, 204);
        assertThat(askOn(secured, ask)).isTrue();
    }

    @Test
    void gspWritesNeedCredentialsAndWorkWithThem() throws Exception {
        HttpResponse<String> anonymous = post(secured.datasetUrl() + "/data?graph=urn:x-test:gsp", "text/turtle",
                "<urn:x-test:a> <urn:x-test:b> <urn:x-test:c> .", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(askOn(secured, "ASK { GRAPH <urn:x-test:gsp> { ?s ?p ?o } }")).isFalse();

        HttpResponse<String> admin = post(secured.datasetUrl() + "/data?graph=urn:x-test:gsp", "text/turtle",
                "<urn:x-test:a> <urn:x-test:b> <urn:x-test:c> .", ADMIN);
        assertThat(admin.statusCode()).isBetween(200, 204);
        HttpResponse<byte[]> read = get(secured.datasetUrl() + "/get?graph=urn:x-test:gsp", "application/n-triples");
        assertThat(parse(read.body(), Lang.NTRIPLES).contains(node("urn:x-test:a"), node("urn:x-test:b"),
                node("urn:x-test:c"))).isTrue();
    }

    @Test
    void theUnionOfAllGraphsIsReadableThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<byte[]> union = get(secured.datasetUrl() + "/get?graph=" + encode("urn:x-arq:UnionGraph"),
                "application/n-triples");

        Graph graph = parse(union.body(), Lang.NTRIPLES);
        // Both documents' facts are there.
        assertThat(graph.contains(node(Fixtures.ILYA), node(Fixtures.CG + "worksFor"), node(Fixtures.OPENAI))).isTrue();
        assertThat(graph.contains(node(Fixtures.BASE + "entity/gpt-4"), node(Fixtures.CG + "developer"),
                node(Fixtures.OPENAI))).isTrue();
    }

    @Test
    void withoutAPasswordFileTheWriteEndpointsDoNotExist() throws Exception {
        assertThat(open.writeEndpointsEnabled()).isFalse();
        assertThat(secured.writeEndpointsEnabled()).isTrue();
        String update = "INSERT DATA { <urn:x-test:s> <urn:x-test:p> \"x\" }";

        HttpResponse<String> refused = post(open.datasetUrl() + "/update", "application/sparql-update", update, null);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("no password file");
        assertThat(post(open.datasetUrl() + "/update", "application/sparql-update", update, ADMIN).statusCode())
                .isEqualTo(404);
        assertThat(post(open.datasetUrl() + "/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null)
                .statusCode()).isEqualTo(404);
        assertThat(post(open.datasetUrl() + "/upload", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null)
                .statusCode()).isEqualTo(404);
        // Nothing was written, and reads still work.
        assertThat(askOn(open, "ASK { <urn:x-test:s> ?p ?o }")).isFalse();
        assertThat(askOn(open, "ASK { ?s ?p ?o }")).isTrue();
    }

    // ---- Graph Store Protocol read, SHACL

    @Test
    void gspReadReturnsANamedGraph() throws Exception {
        String url = secured.datasetUrl() + "/get?graph=" + encode(Fixtures.D1);

        HttpResponse<byte[]> response = get(url, "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body(), Lang.TURTLE).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D1))).isTrue();
    }

    @Test
    void shaclValidatesANamedGraphAgainstPostedShapes() throws Exception {
        String shapes = Files.readString(Fixtures.file("server/claims-need-claimant.shapes.ttl"));

        HttpResponse<String> response = post(secured.datasetUrl() + "/shacl?graph=" + encode(Fixtures.D1),
                "text/turtle", shapes, ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(report);
        Resource validationReport = report.listSubjectsWithProperty(RDF.type, report.createResource(SH + "ValidationReport"))
                .next();
        assertThat(validationReport.getProperty(report.createProperty(SH + "conforms")).getBoolean()).isFalse();
        List<String> focusNodes = report.listObjectsOfProperty(report.createProperty(SH + "focusNode"))
                .mapWith(n -> n.asResource().getURI()).toList();
        assertThat(focusNodes).containsExactly(Fixtures.BASE + "doc/d1/claim/45-56");
    }

    // ---- Full-text search (jena-text, CJK analyzer)

    @Test
    void fullTextSearchFindsChineseWordsInsideLongerText() throws Exception {
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query \"开源\" " + DATA_ONLY + " }"))
                .containsExactly(Fixtures.TOPIC_OPEN_SOURCE);
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query (cg:text \"开源\") }"))
                .containsExactlyInAnyOrder(Fixtures.BASE + "doc/d1/claim/26-34", Fixtures.BASE + "doc/d1/claim/45-56");
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query \"苏茨克维\" }"))
                .containsExactly(Fixtures.ILYA);
    }

    @Test
    void fullTextSearchFindsEnglishWordsAndFiltersByLanguage() throws Exception {
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query \"sutskever\" }"))
                .containsExactly(Fixtures.ILYA);
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query (cg:text \"catch up\") }"))
                .containsExactly(Fixtures.BASE + "doc/d2/claim/71-118");
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query (rdfs:label \"models\" \"lang:en\") "
                + DATA_ONLY + " }")).containsExactly(Fixtures.TOPIC_OPEN_SOURCE);
        assertThat(subjects(PREFIXES + "SELECT DISTINCT ?s { ?s text:query (rdfs:label \"开源\" \"lang:en\") "
                + DATA_ONLY + " }")).isEmpty();
        // The one label stated in both documents has one index entry per graph.
        assertThat(subjects(PREFIXES + "SELECT ?s { ?s text:query (rdfs:label \"models\" \"lang:en\") "
                + DATA_ONLY + " }")).hasSize(2);
    }

    // ---- Example queries

    Stream<ExampleQuery> exampleQueries() {
        return ExampleQueries.all().stream();
    }

    @ParameterizedTest
    @MethodSource("exampleQueries")
    void everyExampleQueryAnswersOnTheFixture(ExampleQuery example) throws Exception {
        HttpResponse<byte[]> response = get(sparql(secured, example.sparql()), "application/sparql-results+json");

        assertThat(response.statusCode()).as(example.name()).isEqualTo(200);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        assertThat(rows.hasNext()).as(example.name() + " returns rows").isTrue();
    }

    @Test
    void exampleQueriesAnswerWhatTheirTitlesPromise() throws Exception {
        List<String> who = column(ExampleQueries.named("who-said-what-about-open-source"), "who");
        assertThat(who).contains("Ilya Sutskever", "Yann LeCun", "开源的支持者", "(the author)");

        List<String> companies = column(ExampleQueries.named("models-by-company"), "company");
        List<String> models = column(ExampleQueries.named("models-by-company"), "models");
        assertThat(companies).containsExactly("Meta", "OpenAI");
        assertThat(models).containsExactly("Llama 2", "GPT-4");

        assertThat(column(ExampleQueries.named("claims-with-stance-and-sentence"), "sentence"))
                .hasSize(4).contains("Yann LeCun said open-source models will catch up within a year.");
        assertThat(column(ExampleQueries.named("entities-by-type"), "entity")).hasSize(8);
        assertThat(column(ExampleQueries.named("full-text-search"), "match"))
                .contains(Fixtures.TOPIC_OPEN_SOURCE, Fixtures.BASE + "doc/d1/claim/45-56");
    }

    // ---- Server endpoints, UI

    @Test
    void pingAndMetricsAnswer() throws Exception {
        get(sparql(secured, "ASK {}"), "*/*");

        HttpResponse<String> ping = getText(secured.serverUrl() + "$/ping", "*/*");
        HttpResponse<String> metrics = getText(secured.serverUrl() + "$/metrics", "*/*");

        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").containsPattern("fuseki_requests.*dataset=\"/kg\"");
    }

    @Test
    void theUiIsServedAndSeesTheDatasetWithoutTheAdminApi() throws Exception {
        // The UI opens at /?ui (/ is the home page) and makes its API calls relative to "/".
        HttpResponse<String> page = getText(secured.uiUrl(), "text/html");
        HttpResponse<String> server = getText(secured.serverUrl() + "$/server", "application/json");
        HttpResponse<String> stats = getText(secured.serverUrl() + "$/stats/kg", "application/json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Apache Jena Fuseki UI");
        assertThat(server.statusCode()).isEqualTo(200);
        assertThat(server.body()).contains("\"ds.name\" : \"/kg\"").contains("\"sparql\"");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(secured.queryUiUrl()).isEqualTo(secured.uiUrl() + "#/dataset/kg/query");
    }

    @Test
    void theAdminApiIsAbsentSoNobodyCanCreateDatasets() throws Exception {
        HttpResponse<String> list = getText(secured.serverUrl() + "$/datasets", "application/json");
        HttpResponse<String> create = post(secured.serverUrl() + "$/datasets?dbName=intruder&dbType=mem",
                "application/x-www-form-urlencoded", "", null);

        assertThat(list.statusCode()).isEqualTo(404);
        // Jetty's static content answers POST to an unknown path with 405.
        assertThat(create.statusCode()).isIn(404, 405);
        assertThat(secured.fusekiServer().getDataAccessPointRegistry().isRegistered("/intruder")).isFalse();
    }

    // ---- helpers

    private static String sparql(ClaimgraphServer server, String query) {
        return server.sparqlUrl() + "?query=" + encode(query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> getText(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null)
            request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean askOn(ClaimgraphServer server, String ask) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(sparql(server, ask), "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(response.body())).getBooleanResult();
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }

    private static List<String> labels(byte[] body, Lang lang) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body), lang);
        List<String> labels = new ArrayList<>();
        rows.forEachRemaining(row -> labels.add(row.getLiteral("label").getLexicalForm()));
        return labels;
    }

    private List<String> subjects(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(sparql(secured, query), "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<String> subjects = new ArrayList<>();
        rows.forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
        return subjects;
    }

    private List<String> column(ExampleQuery example, String variable) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(sparql(secured, example.sparql()), "application/sparql-results+json");
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        rows.forEachRemaining((QuerySolution row) -> {
            if (row.contains(variable))
                values.add(row.get(variable).isLiteral() ? row.getLiteral(variable).getLexicalForm()
                        : row.getResource(variable).getURI());
        });
        return values;
    }
}
