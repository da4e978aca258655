package org.claimgraph.extract.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.EntityType;

/**
 * One entity of a gold standard.
 *
 * @param names every surface form the article uses for it; the first is the one shown in reports
 * @param en    canonical English label, if given
 * @param zh    canonical Chinese label, if given
 * @param note  the annotator's reason for a borderline decision, if any
 */
public record GoldEntity(EntityType type, List<String> names, Optional<String> en, Optional<String> zh, Optional<String> note) {
  public GoldEntity {
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("names: an entity needs at least one name");
    }
    for (String n : names) {
      if (n.isBlank() || MatchKey.name(n).isEmpty()) {
        throw new IllegalArgumentException("names: blank name '" + n + "'");
      }
    }
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(note, "note");
  }

  public String displayName() {
    return names.get(0);
  }

  /** The match keys of its names and canonical labels: what a predicted entity's names are compared with. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    names.forEach(n -> keys.add(MatchKey.name(n)));
    en.ifPresent(n -> keys.add(MatchKey.name(n)));
    zh.ifPresent(n -> keys.add(MatchKey.name(n)));
    return keys;
  }
}
