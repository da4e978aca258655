package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linked-data pages over HTTP, on a real Fuseki server with a TDB2 store made from the fixture. */
class LinkedDataPagesTest {

  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
  static final String CG = "https://w3id.org/claimgraph/ontology#";

  @TempDir
  static Path store;
  static PagesFixture fixture;
  static IriMapping mapping = new IriMapping(PagesFixture.BASE);

  @BeforeAll
  static void startServer() {
    fixture = PagesFixture.tdb2(store);
  }

  @AfterAll
  static void stopServer() {
    fixture.close();
  }

  static String page(String localPath) {
    return mapping.pagePath(PagesFixture.BASE + localPath);
  }

  static Node iri(String localPath) {
    return NodeFactory.createURI(PagesFixture.BASE + localPath);
  }

  static Graph parse(HttpResponse<String> response) {
    String contentType = response.headers().firstValue("Content-Type").orElseThrow();
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(response.body()))
        .lang(RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip()))
        .base(PagesFixture.BASE)
        .parse(graph);
    return graph;
  }

  @Test
  void everyRdfSyntaxByAcceptParsesBackToTheSameGraph() {
    Map<String, Graph> graphs = new LinkedHashMap<>();
    for (String mediaType : new String[] {"text/turtle", "application/ld+json", "application/n-triples",
        "application/rdf+xml"}) {
      HttpResponse<String> response = fixture.get(page("entity/openai"), "Accept", mediaType);
      assertThat(response.statusCode()).as(mediaType).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(mediaType));
      assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept"));
      graphs.put(mediaType, parse(response));
    }
    Graph turtle = graphs.get("text/turtle");
    graphs.forEach((mediaType, graph) -> assertThat(graph.isIsomorphicWith(turtle)).as(mediaType + " vs Turtle").isTrue());

    Node openai = iri("entity/openai");
    // outgoing, incoming, labels of linked resources and of properties, and the entity's mentions
    assertThat(turtle.contains(openai, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
        NodeFactory.createLiteralLang("OpenAI", "en"))).isTrue();
    assertThat(turtle.contains(iri("entity/sam-altman"), NodeFactory.createURI(CG + "worksFor"), openai)).isTrue();
    assertThat(turtle.contains(iri("entity/sam-altman"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
        NodeFactory.createLiteralLang("萨姆·奥尔特曼", "zh"))).isTrue();
    assertThat(turtle.contains(NodeFactory.createURI(CG + "ceo"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
        NodeFactory.createLiteralLang("首席执行官", "zh"))).isTrue();
    assertThat(turtle.contains(iri("doc/genai/mention/0-6"),
        NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), Node.ANY)).isTrue();
    // concise: nothing about unrelated resources
    assertThat(turtle.contains(iri("entity/yann-lecun"), Node.ANY, Node.ANY)).isFalse();
  }

  @Test
  void formatParameterAndFileExtensionGiveRdfThroughPlainLinks() {
    Graph byAccept = parse(fixture.get(page("entity/openai"), "Accept", "text/turtle"));
    HttpResponse<String> byExtension = fixture.get(page("entity/openai") + ".jsonld", "Accept", BROWSER_ACCEPT);
    HttpResponse<String> byParameter = fixture.get(page("entity/openai") + "?format=nt", "Accept", BROWSER_ACCEPT);
    HttpResponse<String> generic = fixture.get("/resource?iri=" + URLEncoder.encode(PagesFixture.BASE + "entity/openai",
        StandardCharsets.UTF_8) + "&format=rdf");

    assertThat(byExtension.statusCode()).isEqualTo(200);
    assertThat(byExtension.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
    assertThat(generic.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rdf+xml");
    assertThat(parse(byExtension).isIsomorphicWith(byAccept)).isTrue();
    assertThat(parse(byParameter).isIsomorphicWith(byAccept)).isTrue();
    assertThat(parse(generic).isIsomorphicWith(byAccept)).isTrue();
  }

  @Test
  void browsersGetHtmlWithAlternateLinks() {
    HttpResponse<String> response = fixture.get(page("entity/openai"), "Accept", BROWSER_ACCEPT);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    assertThat(response.headers().firstValue("Link").orElseThrow())
        .contains("<" + page("entity/openai") + ".ttl>; rel=\"alternate\"; type=\"text/turtle\"")
        .contains("type=\"application/ld+json\"");
    assertThat(response.body()).contains("<h1 lang=\"en\">OpenAI</h1>");
  }

  @Test
  void unknownResourceIs404ForBrowsersAndRdfClients() {
    HttpResponse<String> html = fixture.get(page("entity/nobody"), "Accept", BROWSER_ACCEPT, "Accept-Language", "en");
    HttpResponse<String> turtle = fixture.get(page("entity/nobody"), "Accept", "text/turtle");

    assertThat(html.statusCode()).isEqualTo(404);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.body()).contains("Resource not found").contains(PagesFixture.BASE + "entity/nobody");
    assertThat(turtle.statusCode()).isEqualTo(404);
    assertThat(turtle.body()).contains("No resource <" + PagesFixture.BASE + "entity/nobody>");
  }

  @Test
  void unsupportedAcceptIs406AndUnknownFormatIs400() {
    HttpResponse<String> png = fixture.get(page("entity/openai"), "Accept", "image/png");
    HttpResponse<String> pdf = fixture.get(page("entity/openai") + "?format=pdf");

    assertThat(png.statusCode()).isEqualTo(406);
    assertThat(png.body()).contains("text/turtle").contains("?format=");
    assertThat(png.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    assertThat(pdf.statusCode()).isEqualTo(400);
    assertThat(pdf.body()).contains("Unknown format 'pdf'");
  }

  @Test
  void labelsAreEscapedEverywhere() {
    String evil = "<script>alert(1)</script>";
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    for (String path : new String[] {page("entity/evil-script"), page("doc/en-note"), "/",
        "/search?q=" + URLEncoder.encode("script", StandardCharsets.UTF_8), page("entity/meta")}) {
      HttpResponse<String> response = fixture.get(path, "Accept", BROWSER_ACCEPT);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).doesNotContain(evil);
      // the only script element is the page's own
      assertThat(count(response.body(), "<script")).as(path).isEqualTo(1);
    }
    assertThat(fixture.get(page("entity/evil-script"), "Accept", BROWSER_ACCEPT).body()).contains("<h1 lang=\"en\">" + escaped + "</h1>");
    assertThat(fixture.get("/search?q=script").body()).contains(escaped);
    assertThat(fixture.get(page("entity/evil-script")).headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  void pageLanguageFollowsAcceptLanguageWithASwitch() {
    String samAltman = page("entity/sam-altman");
    HttpResponse<String> chinese = fixture.get(samAltman, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
    HttpResponse<String> english = fixture.get(samAltman, "Accept-Language", "en-GB,en;q=0.9");
    HttpResponse<String> switched = fixture.get(samAltman + "?lang=en", "Accept-Language", "zh-CN");

    assertThat(chinese.body()).contains("<html lang=\"zh\">").contains("<h1 lang=\"zh\">萨姆·奥尔特曼</h1>")
        .contains("<span class=\"name\" lang=\"en\">Sam Altman</span>").contains(">提及 <span class=\"count\">")
        .contains("id=\"lang-switch\" href=\"" + attr(samAltman + "?lang=en") + "\"");
    assertThat(english.body()).contains("<html lang=\"en\">").contains("<h1 lang=\"en\">Sam Altman</h1>").contains(">Mentions <span class=\"count\">");
    assertThat(switched.body()).contains("<html lang=\"en\">").contains("<h1 lang=\"en\">Sam Altman</h1>");
    String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith(PageLanguage.COOKIE + "=en");
    HttpResponse<String> remembered = fixture.get(samAltman, "Accept-Language", "zh-CN", "Cookie", PageLanguage.COOKIE + "=en");
    assertThat(remembered.body()).contains("<html lang=\"en\">");
    assertThat(remembered.headers().firstValue("Content-Language")).hasValue("en");
  }

  @Test
  void entityPageShowsMentionsClaimsAndNeighbourhood() {
    String body = fixture.get(page("entity/开源模型"), "Accept-Language", "zh").body();

    assertThat(count(body, "<mark>开源模型</mark>")).isEqualTo(3);
    // a topic makes no claims, so that section is left out
    assertThat(body).doesNotContain("id=\"claims-made\"");
    assertThat(body).contains("id=\"claims-about\"").contains("badge stance-proproprietary").contains("badge stance-balanced")
        .contains("badge stance-proopen").contains(">开源模型可能带来风险</a>");
    String svg = between(body, "<svg class=\"neighbourhood\"", "</svg>");
    // linked through the claims they make about it
    assertThat(svg).contains("href=\"" + page("entity/葛凌") + "\"").contains(">葛凌</text>")
        .contains("href=\"" + page("entity/sam-altman") + "\"").contains("class=\"spoke dashed\"");
    // two topics of one claim are not linked to each other
    assertThat(svg).doesNotContain(page("entity/专有模型"));
    // types by label, never bare IRIs
    assertThat(body).contains(">主题</a>");
  }

  @Test
  void claimPageShowsClaimantStanceKindCueAndHighlightedSentence() {
    String body = fixture.get(page("doc/genai/claim/25-35"), "Accept-Language", "zh").body();

    assertThat(body).contains("<h1 lang=\"zh\">开源模型可能带来风险</h1>")
        .contains("href=\"" + page("entity/sam-altman") + "\"")
        .contains("class=\"badge stance-proproprietary\"").contains(">支持专有</a>")
        .contains(">间接引语</a>").contains(">风险</span>")
        .contains("OpenAI的首席执行官Sam Altman表示，<mark>开源模型可能带来风险</mark>。")
        .contains(">在生成式AI中寻求平衡：开源模型与专有模型之争</a>");
  }

  @Test
  void documentPageShowsFieldsEntitiesByTypeAndClaims() {
    String body = fixture.get(page("doc/genai"), "Accept-Language", "zh").body();

    assertThat(body).contains("<h1 lang=\"zh\">在生成式AI中寻求平衡：开源模型与专有模型之争</h1>")
        .contains(">2023-10-19<").contains("<code>corpus/genai-balance-2023.zh.raw.txt</code>")
        .contains("href=\"" + page("entity/葛凌") + "\"");
    String entities = between(body, "id=\"entities\"", "</section>");
    assertThat(entities).contains(">人物</span>").contains(">公司</span>").contains(">主题</span>").contains(">人工智能模型</span>");
    assertThat(between(body, "id=\"claims\"", "</section>")).contains(">开源模型可能带来风险</a>")
        .contains(">开源模型与专有模型将长期共存</a>");
  }

  @Test
  void homePageShowsStatisticsChartsSearchAndEntryPoints() {
    long quads = Txn.calculateRead(fixture.dataset(), () -> fixture.dataset().stream().count());
    String body = fixture.get("/", "Accept-Language", "en").body();

    assertThat(body).contains("<span class=\"stat-value\">" + String.format("%,d", quads) + "</span><span class=\"stat-label\">triples</span>")
        .contains("<span class=\"stat-value\">3</span><span class=\"stat-label\">named graphs</span>")
        .contains("<span class=\"stat-value\">4</span><span class=\"stat-label\">claims</span>");
    assertThat(between(body, "<figcaption>Entities by type</figcaption>", "</figure>")).contains("<svg class=\"bars\"")
        .contains(">person</text>").contains(">3</text>");
    assertThat(between(body, "<figcaption>Claims by stance</figcaption>", "</figure>")).contains(">pro proprietary</text>");
    assertThat(body).contains("action=\"/search\"").contains("href=\"" + attr("/?ui#/dataset/kg/query") + "\"")
        .contains("<code>/kg/sparql</code>").contains("Who said what about open-source models")
        .contains(">Open models, a short note</a>");
  }

  @Test
  void genericPageServesOntologyTermsAndRefusesUnsafeIris() {
    String company = "/resource?iri=" + URLEncoder.encode(CG + "Company", StandardCharsets.UTF_8);
    HttpResponse<String> html = fixture.get(company, "Accept-Language", "zh");
    HttpResponse<String> scriptIri = fixture.get("/resource?iri=" + URLEncoder.encode("javascript:alert(1)", StandardCharsets.UTF_8));
    HttpResponse<String> brokenIri = fixture.get("/resource?iri=" + URLEncoder.encode("<x> y", StandardCharsets.UTF_8));

    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("<h1 lang=\"zh\">公司</h1>").contains("href=\"" + page("entity/openai") + "\"");
    assertThat(scriptIri.statusCode()).isEqualTo(404);
    assertThat(scriptIri.body()).doesNotContain("href=\"javascript:");
    assertThat(brokenIri.statusCode()).isEqualTo(400);
  }

  @Test
  void everyPageLinksToTheQueryUiAndEveryDownloadFormat() {
    String body = fixture.get(page("entity/llama-2"), "Accept-Language", "en").body();

    String describe = "/?ui#/dataset/kg/query?query="
        + URLEncoder.encode("DESCRIBE <" + PagesFixture.BASE + "entity/llama-2>", StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(body).contains("href=\"" + attr(describe) + "\"");
    for (String extension : new String[] {"ttl", "jsonld", "nt", "rdf"}) {
      assertThat(body).contains("href=\"" + page("entity/llama-2") + "." + extension + "\"");
    }
    // a Wikidata link leaves the server; the ontology's concept stays on it
    String openai = fixture.get(page("entity/openai"), "Accept-Language", "en").body();
    assertThat(openai).contains("href=\"http://www.wikidata.org/entity/Q21708200\"");
    assertThat(body).contains("href=\"" + attr("/resource?iri=" + URLEncoder.encode(CG + "OpenSource", StandardCharsets.UTF_8)) + "\"");
  }

  @Test
  void theQueryUiOpensAtRootPathSoItsApiCallsResolve() {
    HttpResponse<String> index = fixture.get("/index.html");

    assertThat(index.statusCode()).isEqualTo(302);
    assertThat(index.headers().firstValue("Location").orElseThrow()).endsWith("/?ui");
    assertThat(LinkedDataPages.queryUiPath("kg")).isEqualTo("/?ui#/dataset/kg/query");
    // this server has no UI module, so /?ui has nothing to show; the browser test checks the real UI
    assertThat(fixture.get("/?ui").statusCode()).isEqualTo(404);
    assertThat(fixture.get("/").body()).contains("id=\"home-search\"");
  }

  @Test
  void assetsAreServedLocally() {
    assertThat(fixture.get("/assets/claimgraph.css").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(fixture.get("/assets/claimgraph.js").statusCode()).isEqualTo(200);
    assertThat(fixture.get("/assets/../messages_zh.properties").statusCode()).isIn(400, 404);
    assertThat(fixture.get("/assets/nothing.css").statusCode()).isEqualTo(404);
  }

  static int count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'" + start + "' in page").isGreaterThanOrEqualTo(0);
    int to = text.indexOf(end, from);
    assertThat(to).as("'" + end + "' after '" + start + "'").isGreaterThan(from);
    return text.substring(from, to);
  }

  /** A value as mustache writes it into an attribute (it escapes = and ' as well as &lt; &gt; &amp; &quot;). */
  static String attr(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;").replace("=", "&#61;").replace("`", "&#96;");
  }
}
