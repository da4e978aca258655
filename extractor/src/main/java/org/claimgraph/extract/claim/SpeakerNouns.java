package org.claimgraph.extract.claim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.extract.lexicon.TabFile;

/** Nouns that make someone else the speaker or mark a view ({@code speaker-nouns.tsv}). */
final class SpeakerNouns {
  static final String RESOURCE = "speaker-nouns.tsv";

  /** What a noun does to attribution. */
  enum Kind {
    DOCUMENT, SPOKESPERSON, OPINION, BACK_REFERENCE, PERSON_REFERENCE, ORGANIZATION_REFERENCE;

    /** A word that refers back to a speaker named before (他说, the company added). */
    boolean refersBack() {
      return this == BACK_REFERENCE || this == PERSON_REFERENCE || this == ORGANIZATION_REFERENCE;
    }
  }

  private final Map<String, Kind> kinds;

  SpeakerNouns(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  static SpeakerNouns load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (TabFile.Row row : TabFile.read(SpeakerNouns.class, RESOURCE, 2)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be one of " + Arrays.toString(Kind.values()) + ", found '"
            + row.cell(1) + "'");
      }
      if (kinds.put(row.cell(0).toLowerCase(Locale.ROOT), kind) != null) {
        throw row.error("duplicate noun '" + row.cell(0) + "'");
      }
    }
    return new SpeakerNouns(kinds);
  }

  /** The kind of a word (a token), if it is one of the nouns; English plurals count (reports, spokespeople aside). */
  Optional<Kind> kindOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Kind k = kinds.get(w);
    if (k == null && w.length() > 3 && w.endsWith("s") && w.chars().allMatch(c -> c < 128)) {
      k = kinds.get(w.substring(0, w.length() - 1));
    }
    return Optional.ofNullable(k);
  }

  /** Whether the noun speaks for an owner: a document or a spokesperson. */
  boolean speaksForOwner(String word) {
    return kindOf(word).map(k -> k == Kind.DOCUMENT || k == Kind.SPOKESPERSON).orElse(false);
  }
}
