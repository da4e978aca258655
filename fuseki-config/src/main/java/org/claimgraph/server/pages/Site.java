package org.claimgraph.server.pages;

import org.apache.jena.sparql.core.DatasetGraph;

/** Everything the page servlets share, built once per server. */
record Site(DatasetReader reader, IriMapping mapping, Labeller labeller, SiteLinks links, Messages messages,
    PageRenderer renderer, ResourcePages resources, ResourceDescriber describer, HomePage home, LabelSearch search) {

  static Site create(DatasetGraph dataset, String baseIri, String serviceName) {
    DatasetReader reader = new DatasetReader(dataset);
    IriMapping mapping = new IriMapping(baseIri);
    Labeller labeller = new Labeller(reader, mapping);
    SiteLinks links = new SiteLinks(serviceName);
    Messages messages = new Messages();
    return new Site(reader, mapping, labeller, links, messages, new PageRenderer(),
        new ResourcePages(reader, labeller, links, messages),
        new ResourceDescriber(reader, labeller.prefixes()),
        new HomePage(reader, labeller, links, messages),
        new LabelSearch(reader, labeller));
  }
}
