package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A table rendered as aligned plain text (CJK characters count two columns) or as GitHub Markdown. */
final class TextTable {
  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /** Columns whose header is given; the first column is left-aligned text, the others right-aligned numbers. */
  TextTable(String... header) {
    this.header = List.of(header);
    this.numeric = new boolean[header.length];
    Arrays.fill(numeric, 1, header.length, true);
  }

  TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("Row has " + cells.length + " cells, table has " + header.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(c instanceof Double d ? fixed(d) : String.valueOf(c));
    }
    rows.add(row);
    return this;
  }

  /** Three decimals, or an en dash for an undefined ratio. */
  static String fixed(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
  }

  String toText() {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = displayWidth(header.get(c));
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], displayWidth(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(out, rule, width);
    rows.forEach(r -> line(out, r, width));
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - displayWidth(cell));
      line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header.stream().map(TextTable::escape).toList())).append(" |\n|");
    for (boolean n : numeric) {
      out.append(n ? "---:|" : "---|");
    }
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row.stream().map(TextTable::escape).toList())).append(" |\n");
    }
    return out.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }

  /** Terminal columns a string takes: East Asian wide and full-width characters take two. */
  static int displayWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }
}
