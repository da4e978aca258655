package org.claimgraph.server.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The home page at {@code /}; {@code /?ui} is the Fuseki query UI (see {@link SiteLinks#QUERY_UI}). */
final class HomeServlet extends PageServlet {

  static final String UI_PARAMETER = "ui";

  HomeServlet(Site site) {
    super(site);
  }

  @Override
  void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getParameter(UI_PARAMETER) != null) {
      try {
        request.getRequestDispatcher(SiteLinks.QUERY_UI_INDEX).forward(request, response);
      } catch (ServletException e) {
        throw new IllegalStateException("Cannot show the Fuseki UI page " + SiteLinks.QUERY_UI_INDEX, e);
      }
      return;
    }
    PageLanguage language = PageLanguage.of(request, response);
    Map<String, Object> model = new HashMap<>();
    model.put("title", site.messages().get(language, "siteName"));
    model.put("home", site.home().build(language));
    model.put("kindName", "home");
    sendPage(request, response, 200, "home", language, model);
  }
}
