package org.claimgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated resource file: {@code #} comment lines, then a header row, then one entry per line. Rows keep their
 * line numbers so errors can say where to fix.
 */
public final class TabFile {
  /** One entry: its cells and where it is. */
  public record Row(String file, int line, List<String> cells) {
    public String cell(int i) {
      return cells.get(i);
    }

    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
  }

  private TabFile() {}

  /** Reads a resource next to {@code anchor}, requiring {@code columns} cells per row. */
  public static List<Row> read(Class<?> anchor, String resource, int columns) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath next to " + anchor.getName());
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
          columns);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
  }

  public static List<Row> parse(String file, List<String> lines, int columns) {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.size() != columns) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected " + columns + " tab-separated columns, found "
            + cells.size() + ": " + line);
      }
      rows.add(new Row(file, n + 1, cells.stream().map(String::strip).toList()));
    }
    return rows;
  }
}
