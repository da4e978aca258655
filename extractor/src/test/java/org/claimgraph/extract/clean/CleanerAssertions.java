package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.OffsetMap;

/** Checks shared by the cleaner tests. */
final class CleanerAssertions {
  private CleanerAssertions() {}

  /**
   * Every cleaned character maps back to the same raw character, except the characters the cleaner inserted (paragraph
   * breaks, separators between glued names), which map to the raw position of the next original character.
   */
  static void assertOffsetsHonest(CleanDocument doc) {
    String text = doc.text();
    String raw = doc.raw().text();
    OffsetMap offsets = doc.offsets();
    assertThat(offsets.cleanLength()).isEqualTo(text.length());
    int inserted = 0;
    for (int i = 0; i < text.length(); i++) {
      int at = offsets.toRaw(i);
      if (raw.charAt(at) != text.charAt(i)) {
        assertThat(text.charAt(i)).as("cleaned char %d maps to raw %d '%s'", i, at, raw.charAt(at))
            .isIn('\n', '、', ' ', ',');
        assertThat(offsets.toRaw(i + 1)).as("inserted char %d maps to the raw position of the next original char", i)
            .isEqualTo(at);
        inserted++;
      }
    }
    long expectedInserted = 2L * (doc.paragraphs().size() - 1)
        + doc.repairs().stream().mapToLong(r -> (long) separators(r)).sum();
    assertThat(inserted).as("inserted characters: paragraph breaks and glue separators").isEqualTo(expectedInserted);
    assertThat(offsets.toRaw(text.length())).isEqualTo(raw.length());
  }

  /** How many characters a repair description says were inserted: a glued-names split's "after" is longer than its
   * "before"; other repairs (spaces removed) insert none. */
  private static int separators(String repair) {
    String marker = ": glued names split: ";
    if (!repair.contains(marker)) {
      return 0;
    }
    String[] sides = repair.substring(repair.indexOf(marker) + marker.length()).split(" → ");
    return sides[1].length() - sides[0].length();
  }
}
