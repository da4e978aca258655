package org.claimgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.TdbStore;

/**
 * Example-query throughput of claimgraph's server against a bare Fuseki on the same dataset, alternating, with each of
 * claimgraph's additions switched off in turn, and the process's CPU time per request. Usage:
 * {@code QueryOverheads DATA_DIR CLIENTS SECONDS SETTING...}, a SETTING being {@code none} or a comma-separated list of
 * {@code timeout}, {@code complete}, {@code turns}, {@code prometheus}, {@code malformed}, {@code oldorder}. The switches
 * exist only with {@code bench/query-overheads.patch} applied to the server (a measuring aid that can turn the guards
 * off: never commit it applied); without it every setting measures the server as it is.
 */
public final class QueryOverheads {
  public static void main(String[] args) throws Exception {
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
      FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", store.dataset()).build().start();
      String bareUrl = "http://localhost:" + bare.getPort() + "/kg/sparql";
      for (int round = 0; round < 2; round++) {
        for (int v = 3; v < args.length; v++) {
          System.setProperty("claimgraph.bench.off", args[v].equals("none") ? "" : args[v]);
          ClaimgraphServer ours = ClaimgraphServer.create().port(0).loopback(true).store(store).build().start();
          try {
            List<HttpRequest> a = ExampleQueryRequests.to(ours.sparqlUrl());
            List<HttpRequest> b = ExampleQueryRequests.to(bareUrl);
            throughput(http, a, clients, 2);
            throughput(http, b, clients, 2);
            long na = 0, nb = 0, ca = 0, cb = 0;
            for (int r = 0; r < 2; r++) {
              long c0 = cpu();
              na += throughput(http, a, clients, seconds);
              long c1 = cpu();
              nb += throughput(http, b, clients, seconds);
              ca += c1 - c0;
              cb += cpu() - c1;
            }
            System.out.printf("round %d, off=%s: ours %.1f req/s, bare %.1f req/s, ratio %.3f;"
                + " CPU per request (server and client, one JVM) ours %.2f ms, bare %.2f ms, ratio %.3f%n", round,
                args[v], na / (2.0 * seconds), nb / (2.0 * seconds), (double) na / nb, ca / 1e6 / na, cb / 1e6 / nb,
                ((double) cb / nb) / ((double) ca / na));
          } finally {
            ours.stop();
          }
        }
      }
      bare.stop();
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long throughput(HttpClient http, List<HttpRequest> requests, int clients, int seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        done.add(pool.submit(() -> {
          long n = 0;
          while (!stop.get()) {
            HttpResponse<byte[]> res = http.send(requests.get((int) ((n + offset) % requests.size())),
                HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
              throw new IllegalStateException("answered " + res.statusCode());
            }
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
}
