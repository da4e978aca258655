package org.claimgraph.extract.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.DroppedLine;
import org.claimgraph.extract.Paragraph;

/** Every decision the cleaner made about a document, line by line in the raw file's order, for {@code --report}. */
public final class CleaningReport {
  private static final int EXCERPT = 60;

  private CleaningReport() {}

  /** One line per raw line that was kept (with its role) or dropped (with its reason), then one per repair. */
  public static List<String> lines(CleanDocument doc) {
    record Decision(int line, String text) {}
    List<Decision> decisions = new ArrayList<>();
    int[] lineStarts = lineStarts(doc.raw().text());
    for (Paragraph p : doc.paragraphs()) {
      int rawBegin = doc.offsets().toRaw(p.span().begin());
      decisions.add(new Decision(lineNumber(lineStarts, rawBegin), "kept as " + p.role().name().toLowerCase()
          + "  [" + excerpt(p.span().of(doc.text())) + "]"));
    }
    for (DroppedLine d : doc.dropped()) {
      decisions.add(new Decision(d.lineNumber(), "dropped: " + d.reason() + "  [" + excerpt(d.text()) + "]"));
    }
    decisions.sort(Comparator.comparingInt(Decision::line));
    List<String> out = new ArrayList<>();
    out.add(doc.dropped().isEmpty()
        ? "no spam signal found: every line is kept"
        : doc.dropped().size() + " line(s) dropped on evidence of spam or page chrome");
    decisions.forEach(d -> out.add("line " + d.line() + ": " + d.text()));
    doc.repairs().forEach(r -> out.add("repaired " + r));
    return out;
  }

  /** Where each line of the raw text starts; a line ends at \n, \r\n or a lone \r, as {@link SourceLine} splits. */
  private static int[] lineStarts(String raw) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based number of the line holding {@code offset}. */
  private static int lineNumber(int[] lineStarts, int offset) {
    int at = Arrays.binarySearch(lineStarts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  private static String excerpt(String text) {
    return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
  }
}
