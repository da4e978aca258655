package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.Span;

/** Entities built by hand for the name-based relation tests, and their relations as "subject → object" lines. */
final class TestEntities {
  private TestEntities() {}

  /** An entity with one mention per form, the first form its Chinese label. */
  static Entity entity(String key, EntityType type, String... mentions) {
    List<Mention> ms = new ArrayList<>();
    int at = 0;
    for (String m : mentions) {
      ms.add(new Mention(new Span(at, at + m.length()), m, type, 0, Mention.Source.NER));
      at += m.length() + 1;
    }
    return new Entity(key, type, new TreeMap<>(Map.of("zh", mentions[0])), new TreeSet<>(), Optional.empty(), ms);
  }

  /** Each relation as "subject key → object key". */
  static List<String> pairs(List<Relation> relations) {
    return relations.stream().map(r -> r.subject() + " → " + ((Relation.EntityValue) r.object()).key()).toList();
  }
}
