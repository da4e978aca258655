package org.claimgraph.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Search results at {@code /search?q=...}, paged. */
final class SearchServlet extends PageServlet {

  static final int HITS_PER_PAGE = 50;

  SearchServlet(Site site) {
    super(site);
  }

  @Override
  void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PageLanguage language = PageLanguage.of(request, response);
    String q = request.getParameter("q");
    q = q == null ? "" : q.strip();
    List<LabelSearch.Hit> hits = site.search().search(q, language);
    PageUrl url = PageUrl.of(request);
    Pager pager = Pager.of(Pager.parsePage(url.parameter("page")), HITS_PER_PAGE, hits.size(),
        page -> url.with("page", String.valueOf(page)));
    Map<String, Object> model = new HashMap<>();
    model.put("title", q.isEmpty() ? site.messages().get(language, "searchTitle")
        : q + " · " + site.messages().get(language, "searchTitle"));
    model.put("q", q);
    model.put("kindName", "search");
    model.put("asked", !q.isEmpty());
    model.put("hits", hits.subList((int) pager.offset(), (int) pager.to()));
    model.put("hitCount", hits.size());
    model.put("noHits", !q.isEmpty() && hits.isEmpty());
    model.put("pager", pager);
    sendPage(request, response, 200, "search", language, model);
  }
}
