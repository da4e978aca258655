package org.claimgraph.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

/**
 * The page of one resource, at {@code /id/<path>} for IRIs under the base IRI or {@code /resource?iri=...} for any
 * IRI, served as HTML or RDF by content negotiation ({@code ?format=} or a file extension override Accept).
 */
final class ResourceServlet extends PageServlet {

  /** How the request names the resource. */
  enum Addressing { ID_PATH, IRI_PARAMETER }

  private final Addressing addressing;

  ResourceServlet(Site site, Addressing addressing) {
    super(site);
    this.addressing = addressing;
  }

  @Override
  boolean servesHtmlOnly() {
    return false;
  }

  @Override
  void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String iri;
    Representation fromExtension = null;
    if (addressing == Addressing.ID_PATH) {
      String path = request.getPathInfo();
      if (path == null || path.length() <= 1) {
        response.sendRedirect("/");
        return;
      }
      String local = path.substring(1);
      iri = site.mapping().iriForIdPath(local);
      Optional<Representation> extension = extension(local);
      if (extension.isPresent()) {
        String stripped = iri.substring(0, iri.length() - extension.get().extension().length() - 1);
        // An IRI that really ends in ".ttl" keeps its name when nothing exists without the extension.
        if (!IriMapping.isUsableIri(iri) || !exists(iri) || exists(stripped)) {
          iri = stripped;
          fromExtension = extension.get();
        }
      }
    } else {
      iri = request.getParameter("iri");
      if (iri == null || iri.isBlank()) {
        sendText(response, 400, "Say which resource to show: /resource?iri=<an IRI>, e.g. /resource?iri="
            + site.mapping().layout().entity("openai"));
        return;
      }
      iri = iri.strip();
    }
    if (!IriMapping.isUsableIri(iri)) {
      sendText(response, 400, "'" + iri + "' is not an absolute IRI (no spaces, <, >, \", {, }, |, ^, ` or \\).");
      return;
    }

    ContentNegotiation.Choice choice = ContentNegotiation.choose(request.getHeader("Accept"),
        request.getParameter("format"), fromExtension);
    response.setHeader("Link", alternates(iri));
    if (!choice.accepted()) {
      sendText(response, choice.status(), choice.message());
      return;
    }
    Representation representation = choice.representation();
    Node resource = NodeFactory.createURI(iri);
    if (representation.isRdf()) {
      if (!site.describer().exists(resource)) {
        sendText(response, 404, "No resource <" + iri + "> in this dataset. Search it at /search?q=...");
        return;
      }
      Model description = site.describer().describe(resource);
      response.setStatus(200);
      response.setContentType(representation.contentType());
      response.setHeader("Content-Location", site.mapping().pagePath(iri, representation.extension()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      RDFWriter.source(description).format(representation.rdfFormat()).output(response.getOutputStream());
      return;
    }
    PageLanguage language = PageLanguage.of(request, response);
    if (!site.describer().exists(resource)) {
      sendNotFound(request, response, language, iri);
      return;
    }
    Map<String, Object> model = new HashMap<>(site.resources().model(resource, language, PageUrl.of(request)));
    sendPage(request, response, 200, "resource", language, model);
  }

  private boolean exists(String iri) {
    return site.describer().exists(NodeFactory.createURI(iri));
  }

  private static Optional<Representation> extension(String localPath) {
    int dot = localPath.lastIndexOf('.');
    if (dot <= localPath.lastIndexOf('/') + 1 || dot == localPath.length() - 1) {
      return Optional.empty();
    }
    return Representation.byExtension(localPath.substring(dot + 1));
  }

  private String alternates(String iri) {
    return Stream.of(Representation.values())
        .map(r -> "<" + site.mapping().pagePath(iri, r.extension()) + ">; rel=\"alternate\"; type=\""
            + r.mediaType() + "\"")
        .collect(Collectors.joining(", "));
  }
}
