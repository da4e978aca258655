package org.claimgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The pages' style sheet, script and icon, served from the classpath; nothing is fetched from elsewhere. */
final class AssetServlet extends HttpServlet {

  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    String name = path == null ? "" : path.substring(1);
    String type = name.matches("[a-z0-9-]+\\.[a-z]+") ? TYPES.get(name.substring(name.lastIndexOf('.') + 1)) : null;
    try (InputStream in = type == null ? null : AssetServlet.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        response.sendError(404, "No asset " + name);
        return;
      }
      response.setContentType(type);
      response.setHeader("Cache-Control", "public, max-age=3600");
      response.setHeader("X-Content-Type-Options", "nosniff");
      in.transferTo(response.getOutputStream());
    }
  }
}
