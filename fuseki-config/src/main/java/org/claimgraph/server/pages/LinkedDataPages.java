package org.claimgraph.server.pages;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Linked-data browsing for the claimgraph server. {@link #install} registers on a Fuseki builder:
 * <ul>
 *   <li>{@code /} the home page (statistics, search box, entry points); {@code /?ui} the Fuseki query UI, whose API
 *       calls need it at path {@code /} ({@code /index.html} redirects there);</li>
 *   <li>{@code /id/<path>} the resource {@code <base><path>}, as HTML or RDF by content negotiation;
 *       {@code /id/<path>.ttl|.jsonld|.nt|.rdf} or {@code ?format=} pick a syntax through a plain link;</li>
 *   <li>{@code /resource?iri=<IRI>} the same for any IRI in the dataset (ontology terms, ...);</li>
 *   <li>{@code /search?q=} search over labels in Chinese and English;</li>
 *   <li>{@code /assets/*} the style sheet and script.</li>
 * </ul>
 */
public final class LinkedDataPages {

  /** Name of the Fuseki service the SPARQL and query-UI links point at. */
  public static final String DEFAULT_SERVICE_NAME = "kg";

  private LinkedDataPages() {}

  /**
   * Registers the page servlets on {@code builder}; the SPARQL and query UI links point at service {@code /kg}.
   *
   * @param dataset the served dataset (pass the jena-text wrapper if there is one, so search uses the index)
   * @param baseIri the base IRI data IRIs are minted under, e.g. {@code https://w3id.org/claimgraph/id/}
   */
  public static void install(FusekiServer.Builder builder, DatasetGraph dataset, String baseIri) {
    install(builder, dataset, baseIri, DEFAULT_SERVICE_NAME);
  }

  /** As {@link #install(FusekiServer.Builder, DatasetGraph, String)}, for a dataset served as
   *  {@code /<serviceName>}. */
  public static void install(FusekiServer.Builder builder, DatasetGraph dataset, String baseIri, String serviceName) {
    Site site = Site.create(dataset, baseIri, serviceName);
    // "" is the servlet mapping of exactly "/", so the Fuseki UI's static files keep every other path.
    builder.addServlet("", new HomeServlet(site))
        .addServlet("/id/*", new ResourceServlet(site, ResourceServlet.Addressing.ID_PATH))
        .addServlet("/resource", new ResourceServlet(site, ResourceServlet.Addressing.IRI_PARAMETER))
        .addServlet("/search", new SearchServlet(site))
        .addServlet("/assets/*", new AssetServlet())
        .addFilter(SiteLinks.QUERY_UI_INDEX, new QueryUiRedirect());
  }

  /**
   * The path of the Fuseki query UI for dataset {@code serviceName}, to append {@code ?query=...} to (encode spaces as
   * %20). The UI is at {@code /?ui}, as {@code /} is the home page; {@code /index.html} redirects there.
   */
  public static String queryUiPath(String serviceName) {
    return SiteLinks.queryUiPath(serviceName);
  }
}
