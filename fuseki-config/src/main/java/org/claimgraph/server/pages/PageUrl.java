package org.claimgraph.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The current page's URL, to make links that change one parameter (page numbers, the language switch). */
final class PageUrl {

  private final String path;
  private final Map<String, String> parameters;

  private PageUrl(String path, Map<String, String> parameters) {
    this.path = path;
    this.parameters = parameters;
  }

  static PageUrl of(HttpServletRequest request) {
    Map<String, String> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      if (values.length > 0) {
        parameters.put(name, values[0]);
      }
    });
    return new PageUrl(request.getRequestURI(), parameters);
  }

  String parameter(String name) {
    return parameters.get(name);
  }

  /** This URL with {@code name} set to {@code value} (or removed when value is null) and an optional #fragment. */
  String with(String name, String value, String fragment) {
    Map<String, String> changed = new LinkedHashMap<>(parameters);
    if (value == null) {
      changed.remove(name);
    } else {
      changed.put(name, value);
    }
    String query = changed.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return path + (query.isEmpty() ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
  }

  /** This URL as it is, path and query. */
  String self() {
    return with("", parameters.get(""), null);
  }

  String with(String name, String value) {
    return with(name, value, null);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
