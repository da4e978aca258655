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
import java.util.Arrays;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.server.pages.ExampleQuery;
import org.claimgraph.store.StoreLocation;

/**
 * SPARQL latency over HTTP for the example queries: the claimgraph server (config, text index, pages, UI, metrics)
 * beside a bare Fuseki serving the same dataset object, the two asked in turn so machine noise hits both alike.
 * Usage: {@code SparqlLatency DATA_DIR [ROUNDS]}; prints p50 and p95 per query and the claimgraph/bare ratio.
 */
public final class SparqlLatency {
  private static final int WARM_UP_ROUNDS = 100;

  private SparqlLatency() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: SparqlLatency DATA_DIR [ROUNDS]   (load data first: ./claimgraph load)");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    ClaimgraphServer ours = ClaimgraphServer.create().port(0).loopback(true)
        .store(StoreLocation.under(Path.of(args[0]))).build().start();
    FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", ours.dataset()).build().start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String oursUrl = ours.sparqlUrl();
    String bareUrl = "http://localhost:" + bare.getPort() + "/kg/sparql";
    System.out.printf("%-38s %10s %10s %10s %10s %7s%n", "query (" + rounds + " rounds each)",
        "ours p50", "ours p95", "bare p50", "bare p95", "p50 x");
    try {
      // Warm both servers' code paths (JIT) on every query before timing any, so no query pays for the warm-up.
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        for (ExampleQuery q : ours.exampleQueries()) {
          ask(http, oursUrl, q.sparql());
          ask(http, bareUrl, q.sparql());
        }
      }
      for (ExampleQuery q : ours.exampleQueries()) {
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        for (int i = 0; i < rounds; i++) {
          a[i] = ask(http, oursUrl, q.sparql());
          b[i] = ask(http, bareUrl, q.sparql());
        }
        double ratio = percentile(a, 50) / percentile(b, 50);
        System.out.printf("%-38s %8.2fms %8.2fms %8.2fms %8.2fms %7.2f%n", q.name(), percentile(a, 50),
            percentile(a, 95), percentile(b, 50), percentile(b, 95), ratio);
      }
    } finally {
      bare.stop();
      ours.stop();
    }
  }

  /** One query; returns the wall time in nanoseconds; fails on a non-200 answer. */
  private static long ask(HttpClient http, String endpoint, String sparql) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
        .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (res.statusCode() != 200) {
      throw new IllegalStateException(endpoint + " answered " + res.statusCode() + ": "
          + new String(res.body(), StandardCharsets.UTF_8));
    }
    return took;
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
