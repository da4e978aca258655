package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimgraph.extract.OffsetMap;

/** A line after the cleaner's repairs: its text, the way back to the line as the page has it, and each repair made. */
public record RepairedLine(String text, OffsetMap toOriginal, List<String> repairs) {
  public RepairedLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    repairs = List.copyOf(repairs);
  }

  /** This line after a further repair of its text: {@code next} maps back to this text, the result to the page's. */
  RepairedLine then(RepairedLine next) {
    int[] toPage = new int[next.text.length()];
    for (int i = 0; i < toPage.length; i++) {
      toPage[i] = toOriginal.toRaw(next.toOriginal.toRaw(i));
    }
    List<String> all = new ArrayList<>(repairs);
    all.addAll(next.repairs);
    return new RepairedLine(next.text, new OffsetMap(toPage, toOriginal.toRaw(text.length())), all);
  }
}
