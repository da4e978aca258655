package org.claimgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.StoreLocation;

/**
 * What the first home page after a new document costs, as in {@code ingest --watch}: serves a store (with a password
 * file, so the Graph Store Protocol may write), asks the home page once, then TIMES times sends one document's graph
 * with HTTP PUT (a new graph each time, as a new document is) and times the next home page. Usage:
 * {@code HomeAfterIngest DATA_DIR DOCUMENT.ttl [TIMES]}; the Turtle file is one document's triples.
 */
public final class HomeAfterIngest {

  private HomeAfterIngest() {}

  public static void main(String[] args) throws Exception {
    Path turtle = Path.of(args[1]);
    int times = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path passwd = Files.createTempFile("claimgraph-bench", ".passwd");
    Files.writeString(passwd, "bench: bench-password\n");
    String body = Files.readString(turtle);
    try (ClaimgraphServer server = ClaimgraphServer.create().port(0).loopback(true).passwordFile(passwd)
        .store(StoreLocation.under(Path.of(args[0]))).build().start()) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest home = HttpRequest.newBuilder(URI.create(server.serverUrl())).header("Accept-Language", "en")
          .timeout(Duration.ofSeconds(120)).GET().build();
      System.out.printf("first home page of the server: %.1f ms%n", timed(http, home));
      System.out.printf("again, unchanged: %.1f ms%n", timed(http, home));
      String auth = "Basic " + Base64.getEncoder().encodeToString("bench:bench-password".getBytes(
          StandardCharsets.UTF_8));
      for (int i = 0; i < times; i++) {
        String graph = server.baseIri() + "graph/bench-ingest-" + System.nanoTime();
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
            .header("Content-Type", "text/turtle").header("Authorization", auth)
            .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = http.send(put, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
          throw new IllegalStateException("PUT answered " + answer.statusCode() + ": " + answer.body());
        }
        System.out.printf("home page after PUT %d: %.1f ms%n", i + 1, timed(http, home));
      }
    } finally {
      Files.deleteIfExists(passwd);
    }
  }

  private static double timed(HttpClient http, HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
