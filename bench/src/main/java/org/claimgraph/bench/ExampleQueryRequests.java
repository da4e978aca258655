package org.claimgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.claimgraph.server.pages.ExampleQueries;

/** The example queries as SPARQL protocol POSTs to one endpoint, as the query benches send them to either server. */
final class ExampleQueryRequests {
  private ExampleQueryRequests() {}

  static List<HttpRequest> to(String endpoint) {
    return ExampleQueries.all().stream()
        .map(q -> HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
            .header("Accept", "application/sparql-results+json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
            .build())
        .toList();
  }
}
