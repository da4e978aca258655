package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The pass of {@link LayeredMentionFinder} that finds versions of the Chinese model names already found. */
final class ModelVersions {
  private ModelVersions() {}

  /** A version after a Chinese model name: 天枢-2.5, 混元T1, 星图3.0 Pro, 天枢1.5thinking, and a size (混元-A13B). */
  private static final Pattern HAN_MODEL_VERSION = Pattern.compile(
      "^-?(?:[A-Z]?\\d+(?:\\.\\d+)*[BM]?|[A-Z]\\d*)(?: ?(?:Pro|Max|Plus|Turbo|Lite|Flash|mini|Mini|Ultra|"
          + "[Tt]hinking|[Vv]ision))?"
          + "(?![A-Za-z0-9.])(?! ?[亿万千百个款家年月日号%倍位名次项岁元])"); // 混元 70 亿参数 is a quantity

  /**
   * A Chinese model name found in the document (the lexicon's 混元, or 天枢 of 天枢大模型) followed by a version names
   * that version of the model.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> families = new HashSet<>();
    for (Mention m : accepted) {
      boolean han = m.text().codePoints().allMatch(Languages::isHan);
      if (m.type() == EntityType.AI_MODEL && m.text().length() >= 2 && han) {
        families.add(m.text()); // 文心大模型 (+4.0)
        if (m.text().endsWith("大模型") && m.text().length() >= 5) {
          families.add(m.text().substring(0, m.text().length() - 3)); // 天枢 (+-2.5)
        }
      }
    }
    for (String family : families) {
      for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
        Matcher v = HAN_MODEL_VERSION.matcher(text).region(at + family.length(), text.length());
        if (v.lookingAt() && v.end() > v.start()) {
          LayeredMentionFinder.add(accepted, doc, new Span(at, v.end()), EntityType.AI_MODEL, Mention.Source.PATTERN);
        }
      }
    }
  }
}
