package org.claimgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every page servlet does: the common page frame, response headers, and errors as pages. */
abstract class PageServlet extends HttpServlet {

  static final String VARY = "Accept, Accept-Language, Cookie";
  /** Pages load only their own style sheet and script; inline SVG uses presentation attributes, not style. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
      + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.server.pages");

  protected final transient Site site;

  PageServlet(Site site) {
    this.site = site;
  }

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Vary", VARY);
    if (servesHtmlOnly()) {
      AcceptHeader accept;
      try {
        accept = AcceptHeader.parse(request.getHeader("Accept"));
      } catch (IllegalArgumentException e) {
        sendText(response, 400, "Cannot read the Accept header '" + request.getHeader("Accept") + "': "
            + e.getMessage());
        return;
      }
      if (!accept.accepts(Representation.HTML.mediaType())) {
        sendText(response, 406, "This page is only served as text/html, which 'Accept: " + request.getHeader("Accept")
            + "' rules out. Resource pages (/id/...) also come as RDF; data in other formats is at "
            + site.links().sparqlEndpoint() + ".");
        return;
      }
    }
    try {
      get(request, response);
    } catch (QueryCancelledException e) {
      if (!response.isCommitted()) {
        sendText(response, 503, "The page took too long to compute; try again, or use the SPARQL endpoint "
            + site.links().sparqlEndpoint() + " for large results.");
      }
    } catch (RuntimeException e) {
      LOG.error("Page {} failed", request.getRequestURI(), e);
      if (!response.isCommitted()) {
        sendText(response, 500, "The page " + request.getRequestURI() + " failed: " + e);
      }
    }
  }

  /** True for pages that exist only as HTML; those that negotiate a representation say false. */
  boolean servesHtmlOnly() {
    return true;
  }

  abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException;

  /** Renders {@code template} inside the common frame (header, search box, language switch, footer). */
  void sendPage(HttpServletRequest request, HttpServletResponse response, int status, String template,
      PageLanguage language, Map<String, Object> model) throws IOException {
    Map<String, Object> page = frame(request, language);
    page.putAll(model);
    response.setStatus(status);
    response.setContentType(Representation.HTML.contentType());
    response.setHeader("Content-Language", language.code());
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    site.renderer().render(template, page, out);
  }

  /** The 404 page for an IRI the dataset knows nothing about. */
  void sendNotFound(HttpServletRequest request, HttpServletResponse response, PageLanguage language, String iri)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("title", site.messages().get(language, "notFoundTitle"));
    model.put("missingIri", iri);
    model.put("kindName", "notfound");
    model.put("outsideHref", iri == null ? null : IriMapping.externalHref(iri).orElse(null));
    sendPage(request, response, 404, "not-found", language, model);
  }

  static void sendText(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, Object> frame(HttpServletRequest request, PageLanguage language) {
    PageUrl url = PageUrl.of(request);
    Map<String, Object> frame = new HashMap<>();
    frame.put("t", site.messages().of(language));
    frame.put("lang", language.code());
    frame.put("zh", language == PageLanguage.ZH);
    frame.put("switchHref", url.with(PageLanguage.PARAMETER, language.other().code()));
    frame.put("switchLabel", language.other().nativeName());
    frame.put("switchLang", language.other().code());
    frame.put("currentLabel", language.nativeName());
    frame.put("sparqlHref", site.links().sparqlEndpoint());
    frame.put("queryUiHref", site.links().queryUi());
    return frame;
  }
}
