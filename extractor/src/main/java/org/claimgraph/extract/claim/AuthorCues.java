package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.lexicon.TabFile;

/** Marks of the author's own theses ({@code author-cues.tsv}). */
final class AuthorCues {
  static final String RESOURCE = "author-cues.tsv";

  /** One marker: where it must stand, whether the sentence must name a side of the debate, the claim's kind. */
  record Cue(String form, boolean atStart, boolean needsSide, ClaimKind kind) {}

  private final List<Cue> cues;

  AuthorCues(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static AuthorCues load() {
    List<Cue> cues = new ArrayList<>();
    for (TabFile.Row row : TabFile.read(AuthorCues.class, RESOURCE, 4)) {
      if (!row.cell(1).equals("START") && !row.cell(1).equals("ANY")) {
        throw row.error("where must be START or ANY, found '" + row.cell(1) + "'");
      }
      if (!row.cell(2).equals("SIDE") && !row.cell(2).equals("NONE")) {
        throw row.error("needs must be SIDE or NONE, found '" + row.cell(2) + "'");
      }
      ClaimKind kind;
      try {
        kind = ClaimKind.valueOf(row.cell(3));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be AUTHOR_ASSERTION or PREDICTION, found '" + row.cell(3) + "'");
      }
      if (kind != ClaimKind.AUTHOR_ASSERTION && kind != ClaimKind.PREDICTION) {
        throw row.error("kind must be AUTHOR_ASSERTION or PREDICTION, found '" + row.cell(3) + "'");
      }
      cues.add(new Cue(row.cell(0), row.cell(1).equals("START"), row.cell(2).equals("SIDE"), kind));
    }
    return new AuthorCues(cues);
  }

  /** The first marker the sentence carries, opening markers before the others. */
  Optional<Cue> find(String sentence) {
    String s = sentence.strip();
    for (Cue c : cues) {
      if (c.atStart() && s.startsWith(c.form())) {
        return Optional.of(c);
      }
    }
    for (Cue c : cues) {
      if (!c.atStart() && s.contains(c.form())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
