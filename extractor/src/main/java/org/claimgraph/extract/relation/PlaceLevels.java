package org.claimgraph.extract.relation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.KbpGazetteer;

/**
 * Which places of a document lie below country level. Guideline 8.2 gives LOCATED_IN for a place below country level
 * written before an organization (加州企业, 杭州某某科技) but none for a nationality modifier (美国人工智能公司X), and the
 * rules' own tags say only PLACE. The evidence is CoreNLP's: the fine NER tags on the place's mentions (CITY,
 * STATE_OR_PROVINCE, GPE against COUNTRY) and, for a place CoreNLP tagged only inside a longer name (杭州 in
 * 杭州机器人公司), the kind its Chinese KBP gazetteer gives the name. Any sign of a country makes it one; a place with no
 * sign either way is not known to be below country level.
 */
final class PlaceLevels {
  private static final Set<String> BELOW_COUNTRY = Set.of("CITY", "STATE_OR_PROVINCE", "GPE");
  private static final String COUNTRY = "COUNTRY";

  /** A Chinese name ending in the word for a unit below country level (市, 州, 省, 县, 区, 特区). */
  private static final Pattern UNIT_NAME = Pattern.compile("\\p{IsHan}{2,}(?:市|州|省|县|縣|区|區)");

  private PlaceLevels() {}

  /** The gazetteer's countries, provinces and cities by name, read once. */
  private static final class Gazetteer {
    static final Map<String, String> KINDS = KbpGazetteer.classesOf(KbpGazetteer.CHINESE,
        Stream.concat(BELOW_COUNTRY.stream(), Stream.of(COUNTRY)).collect(Collectors.toUnmodifiableSet()));
  }

  /** The keys of the place entities known to be below country level. */
  static Set<String> belowCountry(AnnotatedDocument document, List<Entity> entities) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity place : entities) {
      if (place.type() != EntityType.PLACE) {
        continue;
      }
      Set<String> kinds = new HashSet<>();
      for (Mention m : place.mentions()) {
        if (m.source() != Mention.Source.COREFERENCE) {
          tokensOf(document, m).forEach(t -> kinds.add(t.ner()));
        }
      }
      for (String name : place.names()) {
        String kind = Gazetteer.KINDS.get(name);
        if (kind != null) {
          kinds.add(kind);
        } else if (UNIT_NAME.matcher(name).matches()) {
          kinds.add("GPE"); // 华盛顿特区, 某某市: the name says its level where the gazetteer is silent
        }
      }
      if (!kinds.contains(COUNTRY) && kinds.stream().anyMatch(BELOW_COUNTRY::contains)) {
        out.add(place.key());
      }
    }
    return out;
  }

  private static List<Token> tokensOf(AnnotatedDocument document, Mention m) {
    int index = m.sentence() >= 0 ? m.sentence() : document.sentenceAt(m.span().begin());
    if (index < 0 || index >= document.sentences().size()) {
      return List.of();
    }
    AnnotatedSentence s = document.sentences().get(index);
    return s.tokens().stream().filter(t -> t.span().overlaps(m.span())).toList();
  }
}
