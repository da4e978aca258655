package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that reads a Chinese outlet's name from the outlet noun after it: a name in
 * quotation marks right before 电视台 or 记者 (“某某”电视台, “某某”记者: a channel's or a programme's name, the marks
 * setting it off), and a name NER read as a person's right before a news agency's noun (某某资讯社), where the
 * transliterated place or founder the agency is named after is no person of the text.
 */
final class NamedOutlets {
  private NamedOutlets() {}

  /**
   * Nouns for a news outlet (https://zh.wikipedia.org/wiki/通讯社, https://zh.wikipedia.org/wiki/电视台), with their
   * traditional forms.
   */
  private static final String OUTLET_NOUN = "(?:通讯社|通訊社|新闻社|新聞社|资讯社|資訊社|电视台|電視台|广播电台|廣播電台)";
  /** A quoted name of two to ten characters, then an outlet noun or its reporter (记者, not a 记者会 it held). */
  private static final Pattern QUOTED_OUTLET = Pattern.compile("[“「](?<name>[^“”「」\\s，。、：；！？]{2,10})[”」]"
      + "(?=" + OUTLET_NOUN + "|(?:记者|記者)(?![会會]))");
  private static final Pattern OUTLET_AFTER = Pattern.compile(OUTLET_NOUN);

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher quoted = QUOTED_OUTLET.matcher(text);
    while (quoted.find()) {
      Span name = new Span(quoted.start("name"), quoted.end("name"));
      LayeredMentionFinder.replaceInside(doc, accepted, name, EntityType.MEDIA_ORGANIZATION, m -> true);
    }
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PERSON || m.source() != Mention.Source.NER
          || !LayeredMentionFinder.HAN.matcher(m.text()).find()) {
        continue;
      }
      Matcher outlet = OUTLET_AFTER.matcher(text).region(m.span().end(), text.length());
      if (outlet.lookingAt()) {
        Span name = new Span(m.span().begin(), outlet.end());
        if (accepted.stream().noneMatch(o -> o != m && o.span().overlaps(name))) {
          accepted.remove(m);
          accepted.add(new Mention(name, name.of(text), EntityType.MEDIA_ORGANIZATION, m.sentence(),
              Mention.Source.PATTERN));
        }
      }
    }
  }
}
