package org.claimgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.fuseki.main.FusekiServer;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.TdbStore;

/**
 * Example-query throughput of claimgraph's server, with each number of turns (requests running at once) given,
 * against a bare Fuseki on the same dataset, alternating (ours, bare, ours, bare), under CLIENTS clients; meanwhile
 * one more client with a connection of its own asks {@code /$/ping} every 100 ms and another asks the home page every
 * 500 ms, so the table also says how responsive each setting keeps the server while it is saturated. Usage:
 * {@code QueryTurns DATA_DIR CLIENTS SECONDS ROUNDS TURNS...}.
 */
public final class QueryTurns {

  private static final int WARM_UP_SECONDS = 2;

  private QueryTurns() {}

  /** What one timed half measured. */
  private record Half(long requests, long failed, long[] pingNanos, long[] homeNanos) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: QueryTurns DATA_DIR CLIENTS SECONDS ROUNDS TURNS...");
      System.exit(2);
    }
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    int[] turns = Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<Integer, List<Double>> ratios = new LinkedHashMap<>();
    try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
      FusekiServer bare = FusekiServer.create().port(0).loopback(true).enablePing(true)
          .add("/kg", store.dataset()).build().start();
      String bareBase = "http://localhost:" + bare.getPort() + "/";
      try {
        System.out.printf("| round | turns | ours req/s | bare req/s | ours / bare | not 200 (ours, bare) | ping p50, p99,"
            + " max (ours) ms | ping p50, p99, max (bare) ms | home page p50, max (ours) ms |%n"
            + "|---:|---:|---:|---:|---:|---|---|---|---|%n");
        for (int round = 1; round <= rounds; round++) {
          for (int t : turns) {
            ClaimgraphServer ours = ClaimgraphServer.create().port(0).loopback(true).store(store)
                .concurrentRequests(t).build().start();
            try {
              // A fresh server counts every graph for its first home page (seconds at 1,000 documents): not timed.
              http.send(HttpRequest.newBuilder(URI.create(ours.serverUrl())).header("Accept", "text/html").build(),
                  HttpResponse.BodyHandlers.discarding());
              List<HttpRequest> a = ExampleQueryRequests.to(ours.sparqlUrl());
              List<HttpRequest> b = ExampleQueryRequests.to(bareBase + "kg/sparql");
              run(http, a, clients, WARM_UP_SECONDS, null, null);
              run(http, b, clients, WARM_UP_SECONDS, null, null);
              List<Half> oursHalves = new ArrayList<>();
              List<Half> bareHalves = new ArrayList<>();
              for (int r = 0; r < 2; r++) {
                oursHalves.add(run(http, a, clients, seconds, ours.serverUrl() + "$/ping", ours.serverUrl()));
                bareHalves.add(run(http, b, clients, seconds, bareBase + "$/ping", null));
              }
              long na = oursHalves.stream().mapToLong(Half::requests).sum();
              long nb = bareHalves.stream().mapToLong(Half::requests).sum();
              long[] pingOurs = concat(oursHalves.stream().map(Half::pingNanos).toList());
              long[] pingBare = concat(bareHalves.stream().map(Half::pingNanos).toList());
              long[] home = concat(oursHalves.stream().map(Half::homeNanos).toList());
              double ratio = (double) na / nb;
              ratios.computeIfAbsent(t, k -> new ArrayList<>()).add(ratio);
              System.out.printf("| %d | %d | %.1f | %.1f | %.3f | %d, %d | %s | %s | %s |%n", round, t,
                  na / (2.0 * seconds), nb / (2.0 * seconds), ratio,
                  oursHalves.stream().mapToLong(Half::failed).sum(), bareHalves.stream().mapToLong(Half::failed).sum(),
                  percentiles(pingOurs, 50, 99, 100), percentiles(pingBare, 50, 99, 100),
                  percentiles(home, 50, 100));
            } finally {
              ours.stop();
            }
          }
        }
      } finally {
        bare.stop();
      }
    }
    System.out.println();
    ratios.forEach((t, r) -> System.out.printf("turns %d: ours / bare %s%n", t,
        r.stream().map(x -> String.format("%.3f", x)).toList()));
  }

  /**
   * CLIENTS clients cycle through the requests for SECONDS; a request that does not answer 200 is counted, not
   * timed. With a ping URL, a probe on its own connection asks it every 100 ms; with a home URL, another every 500 ms.
   */
  private static Half run(HttpClient http, List<HttpRequest> requests, int clients, int seconds, String pingUrl,
                          String homeUrl) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder failed = new LongAdder();
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        done.add(pool.submit(() -> {
          long n = 0;
          long i = 0;
          while (!stop.get()) {
            HttpResponse<byte[]> res = http.send(requests.get((int) ((i++ + offset) % requests.size())),
                HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() == 200) {
              n++;
            } else {
              failed.increment();
            }
          }
          return n;
        }));
      }
      Future<long[]> pings = pool.submit(() -> probe(pingUrl, "text/plain", 100, stop));
      Future<long[]> homes = pool.submit(() -> probe(homeUrl, "text/html", 500, stop));
      Thread.sleep(seconds * 1000L);
      stop.set(true);
      long total = 0;
      for (Future<Long> f : done) {
        total += f.get();
      }
      return new Half(total, failed.sum(), pings.get(), homes.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Asks {@code url} every {@code everyMillis} on a client of its own until stopped; the wall times, in ns. */
  private static long[] probe(String url, String accept, long everyMillis, AtomicBoolean stop) throws Exception {
    if (url == null) {
      return new long[0];
    }
    HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Accept", accept).GET().build();
    List<Long> times = new ArrayList<>();
    while (!stop.get()) {
      long start = System.nanoTime();
      HttpResponse<byte[]> res = own.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      if (res.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + res.statusCode());
      }
      times.add(took);
      Thread.sleep(Math.max(0, everyMillis - took / 1_000_000));
    }
    return times.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] concat(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).toArray();
  }

  private static String percentiles(long[] nanos, int... ps) {
    if (nanos.length == 0) {
      return "—";
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    List<String> out = new ArrayList<>();
    for (int p : ps) {
      int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
      out.add(String.format("%.1f", sorted[Math.max(0, i)] / 1e6));
    }
    return String.join(", ", out);
  }
}
