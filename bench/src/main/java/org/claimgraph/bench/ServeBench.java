package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
 * both alike. A request that does not answer 200 (a 503 when turns run out, a timeout) is counted and reported with
 * its status and body, and left out of the times and the throughput; the run goes on. Usage:
 * {@code ServeBench DATA_DIR NAME [ROUNDS] [CLIENTS] [SECONDS]}.
 */
public final class ServeBench {

  private static final int WARM_UP_ROUNDS = 20;

  private ServeBench() {}

  /** Numbers {@code {n}} in request URLs, so each such request asks for a page not asked before. */
  private static final AtomicLong FRESH = new AtomicLong();

  /** Requests that did not answer 200, by request and status; the first answer of each kind is kept. */
  private static final ConcurrentMap<String, LongAdder> FAILED = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, String> FIRST_FAILURE = new ConcurrentHashMap<>();

  /** The wall time of one request in nanoseconds, or -1 if it did not answer 200. */
  private static final long FAILURE = -1;

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
    // Closed in reverse order; a failure while stopping is added to the run's own failure, not put in its place.
    try (AutoCloseable stopOurs = ours::stop; AutoCloseable stopBare = bare::stop) {
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
      latency.forEach(r -> times.put(r, new long[0]));
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        for (Request r : latency) {
          send(http, r);
        }
      }
      Map<Request, Integer> failed = new LinkedHashMap<>();
      for (int i = 0; i < rounds; i++) {
        for (Request r : latency) {
          long took = send(http, r);
          if (took == FAILURE) {
            failed.merge(r, 1, Integer::sum);
          } else {
            long[] t = times.get(r);
            t = Arrays.copyOf(t, t.length + 1);
            t[t.length - 1] = took;
            times.put(r, t);
          }
        }
      }
      System.out.printf("%n| %s: request (%d rounds after %d warm-up) | p50 | p95 | not 200 |%n|---|---:|---:|---:|%n",
          name, rounds, WARM_UP_ROUNDS);
      times.forEach((r, t) -> System.out.printf("| %s | %s | %s | %d |%n", r.name(), milliseconds(t, 50),
          milliseconds(t, 95), failed.getOrDefault(r, 0)));

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
      System.out.printf("%n| %s: %d clients, 2 × %d s each | ours req/s | theirs req/s | ratio | not 200, ours / theirs |"
          + "%n|---|---:|---:|---:|---:|%n", name, clients, seconds);
      System.out.printf("| example queries: claimgraph vs bare Fuseki | %.1f | %.1f | %.2f | %.0f / %.0f |%n", queries[0],
          queries[1], queries[0] / queries[1], queries[2], queries[3]);
      System.out.printf("| entity page vs `DESCRIBE` of the same entity | %.1f | %.1f | %.2f | %.0f / %.0f |%n",
          pages[0], pages[1], pages[0] / pages[1], pages[2], pages[3]);
      System.out.printf("| entity page computed every time (another `?mentions=` page each) vs `DESCRIBE` | %.1f |"
          + " %.1f | %.2f | %.0f / %.0f |%n", computed[0], computed[1], computed[0] / computed[1], computed[2],
          computed[3]);
      reportFailures(name);
    }
  }

  private static String milliseconds(long[] nanos, int percentile) {
    return nanos.length == 0 ? "–" : String.format("%.1f ms", SparqlLatency.percentile(nanos, percentile));
  }

  /** Every request that did not answer 200, counted by request and status, with the first such answer. */
  private static void reportFailures(String store) {
    if (FAILED.isEmpty()) {
      System.out.printf("%n%s: every request answered 200.%n", store);
      return;
    }
    System.out.printf("%n| %s: requests that did not answer 200 (warm-up included) | count | first answer |%n"
        + "|---|---:|---|%n", store);
    new TreeMap<>(FAILED).forEach((what, count) -> System.out.printf("| %s | %d | %s |%n", what,
        count.sum(), FIRST_FAILURE.get(what).replace("|", "\\|").replaceAll("\\s+", " ")));
    FAILED.clear();
    FIRST_FAILURE.clear();
  }

  /**
   * Requests per second answered 200 of {@code a} and of {@code b}, each run twice for {@code seconds}, alternating,
   * then the number of requests of each that did not answer 200: {a/s, b/s, a failed, b failed}.
   */
  private static double[] sideBySide(HttpClient http, List<Request> a, List<Request> b, int clients, int seconds)
      throws Exception {
    throughput(http, a, clients, 2); // warm both
    throughput(http, b, clients, 2);
    long[] doneA = new long[2];
    long[] doneB = new long[2];
    for (int run = 0; run < 2; run++) {
      long[] runA = throughput(http, a, clients, seconds);
      long[] runB = throughput(http, b, clients, seconds);
      doneA[0] += runA[0];
      doneA[1] += runA[1];
      doneB[0] += runB[0];
      doneB[1] += runB[1];
    }
    return new double[] {doneA[0] / (2.0 * seconds), doneB[0] / (2.0 * seconds), doneA[1], doneB[1]};
  }

  /**
   * {@code clients} threads cycling through {@code requests} for {@code seconds}: {answered 200, not}. Each client
   * finishes the request it is in before the count is taken, so no request is left running on the server.
   */
  private static long[] throughput(HttpClient http, List<Request> requests, int clients, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        done.add(pool.submit(() -> {
          long[] answered = new long[2];
          for (long n = 0; !stop.get(); n++) {
            answered[send(http, requests.get((int) ((n + offset) % requests.size()))) == FAILURE ? 1 : 0]++;
          }
          return answered;
        }));
      }
      Thread.sleep(seconds * 1000L);
      stop.set(true);
      long[] total = new long[2];
      for (Future<long[]> f : done) {
        long[] answered = f.get();
        total[0] += answered[0];
        total[1] += answered[1];
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends one request; returns its wall time in nanoseconds, or {@link #FAILURE} when it answered anything but 200 or
   * not at all (counted, and the first of each kind printed to stderr, with its body).
   */
  private static long send(HttpClient http, Request request) throws InterruptedException {
    long start = System.nanoTime();
    String failure;
    String answer;
    try {
      HttpResponse<byte[]> res = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (res.statusCode() == 200) {
        return System.nanoTime() - start;
      }
      failure = "HTTP " + res.statusCode();
      answer = new String(res.body(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      failure = "no answer: " + e.getClass().getSimpleName();
      answer = String.valueOf(e.getMessage());
    }
    String what = request.name() + ": " + failure;
    String first = answer.length() > 300 ? answer.substring(0, 300) + "…" : answer;
    FAILED.computeIfAbsent(what, w -> new LongAdder()).increment();
    if (FIRST_FAILURE.putIfAbsent(what, first) == null) {
      System.err.printf("%s after %.0f ms (%s): %s%n", what, (System.nanoTime() - start) / 1e6, request.url(), first);
    }
    return FAILURE;
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
