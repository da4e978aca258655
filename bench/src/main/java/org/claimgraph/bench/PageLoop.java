package org.claimgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.StoreLocation;

/**
 * Serves a store and requests one page of it again and again, to profile that page (run under
 * {@code -XX:StartFlightRecording}). Usage: {@code PageLoop DATA_DIR PATH [TIMES]}, PATH like {@code /id/entity/x}; a
 * {@code {n}} in PATH becomes the request's number, so that {@code /id/entity/x?mentions={n}} asks a page not kept
 * from an earlier request, computed from the store each time.
 */
public final class PageLoop {

  private PageLoop() {}

  public static void main(String[] args) throws Exception {
    int times = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    try (ClaimgraphServer server = ClaimgraphServer.create().port(0).loopback(true)
        .store(StoreLocation.under(Path.of(args[0]))).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < times; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.serverUrl()
            + args[1].substring(1).replace("{n}", String.valueOf(i + 1)))).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.printf("%d %d %.1f ms%n", i, response.statusCode(), (System.nanoTime() - start) / 1e6);
      }
    }
  }
}
