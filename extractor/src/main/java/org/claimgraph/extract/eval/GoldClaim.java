package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Stance;

/**
 * One claim of a gold standard.
 *
 * @param text            the claim's exact text in the article, without its cue and quotation marks
 * @param claimant        a gold entity's name, or one of the gold's described groups
 * @param claimantAliases other claimants also counted right (for a genuinely ambiguous speaker)
 * @param cue             the attribution cue as written (表示, 认为, ...), if any; documentation only
 * @param about           names of the gold entities and topics it is about
 */
public record GoldClaim(
    String text,
    String claimant,
    List<String> claimantAliases,
    ClaimKind kind,
    Stance stance,
    Optional<String> cue,
    List<String> about,
    Optional<String> note) {
  public GoldClaim {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text: missing");
    }
    if (claimant == null || claimant.isBlank()) {
      throw new IllegalArgumentException("claimant: missing");
    }
    claimantAliases = List.copyOf(claimantAliases);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(cue, "cue");
    about = List.copyOf(about);
    Objects.requireNonNull(note, "note");
  }

  /** The claim text shortened for reports. */
  public String shortText() {
    return text.length() <= 24 ? text : text.substring(0, 23) + "…";
  }
}
