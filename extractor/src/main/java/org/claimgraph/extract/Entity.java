package org.claimgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One real-world entity, with every mention of it in a document.
 *
 * @param key      a document-independent identifier (e.g. {@code openai}); the IRI minter turns it into
 *                 an IRI, so the same entity gets the same IRI in every document
 * @param labels   preferred label per language tag ({@code zh}, {@code en})
 * @param aliases  other names seen or known
 * @param wikidata a verified Wikidata id (Q...), if any
 */
public record Entity(
    String key,
    EntityType type,
    SortedMap<String, String> labels,
    SortedSet<String> aliases,
    Optional<String> wikidata,
    List<Mention> mentions) {
  public Entity {
    if (key == null || key.isBlank() || key.contains("/") || key.contains(" ")) {
      throw new IllegalArgumentException("Illegal entity key='" + key + "' : must be non-blank, without '/' or spaces");
    }
    Objects.requireNonNull(type, "type");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("Entity " + key + " has no label");
    }
    labels = new TreeMap<>(labels);
    aliases = new TreeSet<>(aliases);
    Objects.requireNonNull(wikidata, "wikidata");
    if (wikidata.isPresent() && !wikidata.get().matches("Q[1-9][0-9]*")) {
      throw new IllegalArgumentException("Illegal Wikidata id=" + wikidata.get() + " for " + key);
    }
    mentions = List.copyOf(mentions);
  }

  /** The label to show: English if known, else Chinese, else any. */
  public String displayLabel() {
    return labels.getOrDefault("en", labels.getOrDefault("zh", labels.values().iterator().next()));
  }

  /**
   * Every name the entity goes by: its labels, its aliases and the words of its mentions, except back-references
   * (该公司), which name nothing. Rules that look for one entity's name inside another's read these.
   */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>(labels.values());
    names.addAll(aliases);
    mentions.stream().filter(m -> m.source() != Mention.Source.COREFERENCE).forEach(m -> names.add(m.text()));
    return names;
  }
}
