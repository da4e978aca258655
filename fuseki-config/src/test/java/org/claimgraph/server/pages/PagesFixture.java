package org.claimgraph.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ClaimgraphOntology;

/**
 * A Fuseki server on a free loopback port with the pages installed over the fixture in {@code fixture.trig} and the
 * project's ontology.
 */
final class PagesFixture implements AutoCloseable {

  static final String BASE = "https://w3id.org/claimgraph/id/";
  static final String FIXTURE = "fixture.trig";

  private final FusekiServer server;
  private final DatasetGraph dataset;
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private PagesFixture(FusekiServer server, DatasetGraph dataset) {
    this.server = server;
    this.dataset = dataset;
  }

  /** A TDB2 store in {@code directory} holding the fixture, served on a free port. */
  static PagesFixture tdb2(Path directory) {
    return start(TDB2Factory.connectDataset(directory.toString()).asDatasetGraph(), builder -> {});
  }

  /** Serves {@code dataset} after loading the fixture into it; {@code customise} may add modules. */
  static PagesFixture start(DatasetGraph dataset, Consumer<FusekiServer.Builder> customise) {
    load(dataset, FIXTURE);
    return serve(dataset, customise);
  }

  /** Serves {@code dataset} as it is, loading nothing. */
  static PagesFixture serve(DatasetGraph dataset) {
    return serve(dataset, builder -> {});
  }

  private static PagesFixture serve(DatasetGraph dataset, Consumer<FusekiServer.Builder> customise) {
    FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/kg", dataset);
    customise.accept(builder);
    LinkedDataPages.install(builder, dataset, BASE);
    FusekiServer server = builder.build();
    server.start();
    return new PagesFixture(server, dataset);
  }

  /** Loads the fixture's document graphs and the project's ontology into its own graph, as the loader does. */
  static void load(DatasetGraph dataset, String resource) {
    Node ontologyGraph = NodeFactory.createURI(CG.ONTOLOGY_IRI);
    Txn.executeWrite(dataset, () -> ClaimgraphOntology.ontologyModel().getGraph()
        .find().forEachRemaining(t -> dataset.add(Quad.create(ontologyGraph, t))));
    try (InputStream in = PagesFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      Txn.executeWrite(dataset, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dataset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DatasetGraph dataset() {
    return dataset;
  }

  String url(String path) {
    return "http://localhost:" + server.getHttpPort() + path;
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
