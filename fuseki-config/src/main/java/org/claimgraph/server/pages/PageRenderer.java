package org.claimgraph.server.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Renders the mustache templates under {@code templates/}; mustache escapes every {@code {{value}}} as HTML. */
final class PageRenderer {

  private static final String ROOT = "org/claimgraph/server/pages/templates/";

  // Compiled templates are cached by the factory and are safe to run from many threads.
  private final MustacheFactory factory = new DefaultMustacheFactory(ROOT);

  void render(String template, Map<String, Object> model, Writer out) throws IOException {
    factory.compile(template + ".mustache").execute(out, model);
    out.flush();
  }
}
