package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.extract.Span;

/**
 * A set of fixed phrases, each with a value, found in text leftmost-longest without overlaps, so a word inside a
 * longer phrase (不 in 不可阻挡) is not matched on its own. Case-insensitive for Latin letters.
 */
final class Phrases<V> {
  /** A phrase found in a text. */
  record Found<V>(Span span, String text, V value) {}

  private final Map<String, V> values;
  private final List<String> byLength;

  Phrases(Map<String, V> values) {
    this.values = new TreeMap<>();
    values.forEach((k, v) -> this.values.put(k.toLowerCase(Locale.ROOT), v));
    this.byLength = this.values.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList();
  }

  /** Phrases in {@code text}; spans are shifted by {@code offset}. */
  List<Found<V>> find(String text, int offset) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<Found<V>> found = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      String hit = null;
      for (String p : byLength) {
        if (lower.startsWith(p, i)) {
          hit = p;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      found.add(new Found<>(new Span(offset + i, offset + i + hit.length()), text.substring(i, i + hit.length()),
          values.get(hit)));
      i += hit.length();
    }
    return found;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }
}
