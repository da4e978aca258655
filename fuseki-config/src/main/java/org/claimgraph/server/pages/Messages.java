package org.claimgraph.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The words on the pages, in Chinese and English, read from {@code messages_<lang>.properties} (UTF-8). */
final class Messages {

  private final Map<PageLanguage, Map<String, String>> byLanguage = new EnumMap<>(PageLanguage.class);

  Messages() {
    for (PageLanguage language : PageLanguage.values()) {
      byLanguage.put(language, load("messages_" + language.code() + ".properties"));
    }
  }

  /** All messages of one language, keyed as in the properties file; templates read them as {@code {{t.key}}}. */
  Map<String, String> of(PageLanguage language) {
    return byLanguage.get(language);
  }

  String get(PageLanguage language, String key) {
    String message = of(language).get(key);
    if (message == null) {
      throw new IllegalArgumentException("No message '" + key + "' in messages_" + language.code() + ".properties");
    }
    return message;
  }

  private static Map<String, String> load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource + " next to " + Messages.class.getName());
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    Map<String, String> messages = new TreeMap<>();
    properties.forEach((k, v) -> messages.put(k.toString(), v.toString()));
    return Map.copyOf(messages);
  }
}
