package org.claimgraph.server.pages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is written in. {@code ?lang=zh|en} wins and is remembered in a cookie; otherwise the
 * cookie; otherwise the first of zh or en in Accept-Language; otherwise Chinese, the corpus language.
 */
enum PageLanguage {
  ZH("zh", "中文"),
  EN("en", "English");

  static final String PARAMETER = "lang";
  static final String COOKIE = "claimgraph-lang";

  private final String code;
  private final String nativeName;

  PageLanguage(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
  }

  String code() {
    return code;
  }

  String nativeName() {
    return nativeName;
  }

  PageLanguage other() {
    return this == ZH ? EN : ZH;
  }

  /** True if an RDF language tag (zh, zh-CN, zh-Hans, en-GB ...) is in this language. */
  boolean matchesTag(String tag) {
    if (tag == null || tag.isEmpty()) {
      return false;
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    return lower.equals(code) || lower.startsWith(code + "-");
  }

  static Optional<PageLanguage> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (PageLanguage language : values()) {
      if (language.matchesTag(code.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  static PageLanguage of(HttpServletRequest request, HttpServletResponse response) {
    Optional<PageLanguage> asked = byCode(request.getParameter(PARAMETER));
    if (asked.isPresent()) {
      Cookie cookie = new Cookie(COOKIE, asked.get().code);
      cookie.setPath("/");
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      return asked.get();
    }
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          Optional<PageLanguage> remembered = byCode(cookie.getValue());
          if (remembered.isPresent()) {
            return remembered.get();
          }
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale locale : Collections.list(request.getLocales())) {
        Optional<PageLanguage> accepted = byCode(locale.getLanguage());
        if (accepted.isPresent()) {
          return accepted.get();
        }
      }
    }
    return ZH;
  }
}
