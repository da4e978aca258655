package org.claimgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.ontology.Namespaces;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.server.pages.ExampleQuery;
import org.claimgraph.store.StoreLocation;

/**
 * Pages and queries of a loaded store, over loopback HTTP: p50 and p95 of the home page, the most mentioned entity's
 * page, a claim page, a search and every example query; then, under CLIENTS concurrent clients for SECONDS each, the
 * example queries against claimgraph's server and against a bare Fuseki serving the same dataset object, and the entity
 * page against a SPARQL DESCRIBE of the same entity. Runs alternate (ours, theirs, ours, theirs) so machine noise hits
 * both alike. Usage: {@code ServeBench DATA_DIR NAME [ROUNDS] [CLIENTS] [SECONDS]}.
 */
public final class ServeBench {

  private static final int WARM_UP_ROUNDS = 20;

  private ServeBench() {}

  /** Numbers {@code {n}} in request URLs, so each such request asks for a page not asked before. */
  private static final AtomicLong FRESH = new AtomicLong();

  /** One thing to ask: a GET of a page, or a SPARQL query POSTed to an endpoint; {n} in the URL: a fresh number. */
  private record Request(String name, String url, String sparql, String accept) {
    HttpRequest build() {
      String target = url.replace("{n}", String.valueOf(FRESH.incrementAndGet()));
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
          .header("Accept", accept);
      if (sparql == null) {
        return b.GET().build();
      }
      return b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
          .build();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ServeBench DATA_DIR NAME [ROUNDS] [CLIENTS] [SECONDS]");
      System.exit(2);
    }
    String name = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    ClaimgraphServer ours = ClaimgraphServer.create().port(0).loopback(true)
        .store(StoreLocation.under(Path.of(args[0]))).build().start();
    FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", ours.dataset()).build().start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      String site = ours.serverUrl();
      String entity = first(ours, "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m <" + Namespaces.ITSRDF
          + "taIdentRef> ?e } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1", "e");
      String mentions = first(ours, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m <" + Namespaces.ITSRDF
          + "taIdentRef> <" + entity + "> } }", "n");
      String claim = first(ours, "SELECT ?c WHERE { GRAPH ?g { ?c <" + Namespaces.CG + "about> <" + entity
          + "> } } ORDER BY ?c LIMIT 1", "c");
      if (claim == null) {
        claim = first(ours, "SELECT ?c WHERE { GRAPH ?g { ?c a <" + Namespaces.CG + "Claim> } } ORDER BY ?c LIMIT 1",
            "c");
      }
      String label = first(ours, "SELECT ?l WHERE { GRAPH ?g { <" + entity + "> <http://www.w3.org/2000/01/rdf-schema#label>"
          + " ?l } } ORDER BY ?l LIMIT 1", "l");
      System.out.printf("store %s: most mentioned entity <%s> (%s mentions), claim <%s>, search \"%s\"%n", name,
          entity, mentions, claim, label);

      List<Request> latency = new ArrayList<>();
      latency.add(new Request("home page `/`", site, null, "text/html"));
      latency.add(new Request("most-mentioned entity's page", page(ours, entity), null, "text/html"));
      latency.add(new Request("the same, computed: another `?mentions=` page each time", page(ours, entity)
          + "?mentions={n}", null, "text/html"));
      latency.add(new Request("a claim page", page(ours, claim), null, "text/html"));
      latency.add(new Request("`/search?q=" + label + "`",
          site + "search?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8), null, "text/html"));
      for (ExampleQuery q : ours.exampleQueries()) {
        latency.add(new Request("query: " + q.name(), ours.sparqlUrl(), q.sparql(), "application/sparql-results+json"));
      }
      Map<Request, long[]> times = new LinkedHashMap<>();
      latency.forEach(r -> times.put(r, new long[rounds]));
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        for (Request r : latency) {
          send(http, r);
        }
      }
      for (int i = 0; i < rounds; i++) {
        for (Request r : latency) {
          times.get(r)[i] = send(http, r);
        }
      }
      System.out.printf("%n| %s: request (%d rounds after %d warm-up) | p50 | p95 |%n|---|---:|---:|%n", name, rounds,
          WARM_UP_ROUNDS);
      times.forEach((r, t) -> System.out.printf("| %s | %.1f ms | %.1f ms |%n", r.name(),
          SparqlLatency.percentile(t, 50), SparqlLatency.percentile(t, 95)));

      String bareSparql = "http://localhost:" + bare.getPort() + "/kg/sparql";
      List<Request> oursQueries = new ArrayList<>();
      List<Request> bareQueries = new ArrayList<>();
      for (ExampleQuery q : ours.exampleQueries()) {
        oursQueries.add(new Request(q.name(), ours.sparqlUrl(), q.sparql(), "application/sparql-results+json"));
        bareQueries.add(new Request(q.name(), bareSparql, q.sparql(), "application/sparql-results+json"));
      }
      List<Request> entityPage = List.of(new Request("entity page", page(ours, entity), null, "text/html"));
      List<Request> describe = List.of(new Request("DESCRIBE", ours.sparqlUrl(), "DESCRIBE <" + entity + ">",
          "text/turtle"));
      List<Request> computedPage = List.of(new Request("entity page, computed", page(ours, entity) + "?mentions={n}",
          null, "text/html"));
      double[] queries = sideBySide(http, oursQueries, bareQueries, clients, seconds);
      double[] pages = sideBySide(http, entityPage, describe, clients, seconds);
      double[] computed = sideBySide(http, computedPage, describe, clients, seconds);
      System.out.printf("%n| %s: %d clients, 2 × %d s each | ours req/s | theirs req/s | ratio |%n|---|---:|---:|---:|%n",
          name, clients, seconds);
      System.out.printf("| example queries: claimgraph vs bare Fuseki | %.1f | %.1f | %.2f |%n", queries[0], queries[1],
          queries[0] / queries[1]);
      System.out.printf("| entity page vs `DESCRIBE` of the same entity | %.1f | %.1f | %.2f |%n", pages[0], pages[1],
          pages[0] / pages[1]);
      System.out.printf("| entity page computed every time (another `?mentions=` page each) vs `DESCRIBE` | %.1f |"
          + " %.1f | %.2f |%n", computed[0], computed[1], computed[0] / computed[1]);
    } finally {
      bare.stop();
      ours.stop();
    }
  }

  /** Requests per second of {@code a} and of {@code b}, each run twice for {@code seconds}, alternating. */
  private static double[] sideBySide(HttpClient http, List<Request> a, List<Request> b, int clients, int seconds)
      throws Exception {
    throughput(http, a, clients, 2); // warm both
    throughput(http, b, clients, 2);
    long doneA = 0;
    long doneB = 0;
    for (int run = 0; run < 2; run++) {
      doneA += throughput(http, a, clients, seconds);
      doneB += throughput(http, b, clients, seconds);
    }
    return new double[] {doneA / (2.0 * seconds), doneB / (2.0 * seconds)};
  }

  /** Completed requests of {@code clients} threads cycling through {@code requests} for {@code seconds}. */
  private static long throughput(HttpClient http, List<Request> requests, int clients, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        done.add(pool.submit(() -> {
          long n = 0;
          while (!stop.get()) {
            send(http, requests.get((int) ((n + offset) % requests.size())));
            n++;
          }
          return n;
        }));
      }
      Thread.sleep(seconds * 1000L);
      stop.set(true);
      long total = 0;
      for (Future<Long> f : done) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sends one request; returns its wall time in nanoseconds; fails on anything but 200. */
  private static long send(HttpClient http, Request request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> res = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (res.statusCode() != 200) {
      throw new IllegalStateException(request.name() + " " + request.url() + " answered " + res.statusCode() + ": "
          + new String(res.body(), StandardCharsets.UTF_8));
    }
    return took;
  }

  /** The server's page of a data IRI: {@code /id/<path>}, each byte outside the unreserved set percent-encoded. */
  private static String page(ClaimgraphServer server, String iri) {
    String local = iri.substring(server.baseIri().length());
    StringBuilder path = new StringBuilder();
    for (byte b : local.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        path.append((char) c);
      } else {
        path.append(String.format("%%%02X", c));
      }
    }
    return server.serverUrl() + "id/" + path;
  }

  private static String first(ClaimgraphServer server, String sparql, String variable) {
    return Txn.calculateRead(server.dataset(), () -> {
      try (QueryExec exec = QueryExec.dataset(server.dataset()).query(sparql).build()) {
        RowSet rows = exec.select();
        if (!rows.hasNext()) {
          return null;
        }
        var node = rows.next().get(variable);
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI();
      }
    });
  }
}
