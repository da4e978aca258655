package org.claimgraph.server.pages;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a browser that asks for {@code /index.html} to {@code /?ui}: the Fuseki UI loaded from {@code /index.html}
 * would call {@code /index.html/$/server}. The browser keeps the {@code #/...} fragment across the redirect. Only
 * direct requests pass through this filter; {@link HomeServlet}'s forward to {@code /index.html} does not.
 */
final class QueryUiRedirect implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException,
      ServletException {
    ((HttpServletResponse) response).sendRedirect(SiteLinks.QUERY_UI);
  }
}
