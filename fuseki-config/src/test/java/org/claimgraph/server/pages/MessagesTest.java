package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

  static final String[] TEMPLATES = {"top", "bottom", "home", "resource", "search", "not-found", "node", "pager", "links",
      "claims", "bars", "diagram"};

  final Messages messages = new Messages();

  @Test
  void chineseAndEnglishHaveTheSameKeys() {
    assertThat(messages.of(PageLanguage.ZH).keySet()).isEqualTo(messages.of(PageLanguage.EN).keySet());
    assertThat(messages.get(PageLanguage.ZH, "searchButton")).isEqualTo("搜索");
    assertThat(messages.get(PageLanguage.EN, "searchButton")).isEqualTo("Search");
  }

  @Test
  void everyMessageATemplateUsesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("\\{\\{t\\.([A-Za-z0-9]+)}}");
    for (String template : TEMPLATES) {
      try (InputStream in = Messages.class.getResourceAsStream("templates/" + template + ".mustache")) {
        assertThat(in).as(template).isNotNull();
        Matcher matcher = key.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(messages.of(PageLanguage.ZH).keySet()).containsAll(used);
  }
}
