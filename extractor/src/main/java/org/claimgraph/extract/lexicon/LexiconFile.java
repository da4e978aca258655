package org.claimgraph.extract.lexicon;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.EntityType;

/**
 * Reads one lexicon TSV file: {@code #} comment lines, a header line naming the columns, then one entry per
 * line. Problems are collected, each as {@code file:line: what is wrong}, rather than thrown one at a time.
 */
final class LexiconFile {
  static final List<String> COLUMNS = List.of("key", "type", "en", "zh", "aliases", "wikidata", "source");
  static final String HEADER = String.join("\t", COLUMNS);

  /** An entry with the place it was read from, for error messages. */
  record Located(LexiconEntry entry, String where) {}

  private final String name;
  private final List<Located> entries = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private LexiconFile(String name) {
    this.name = name;
  }

  /** Parses {@code bytes} (UTF-8) read from the file called {@code name}. */
  static LexiconFile parse(String name, byte[] bytes) {
    LexiconFile file = new LexiconFile(name);
    Optional<String> text = file.decode(bytes);
    text.ifPresent(file::parseLines);
    return file;
  }

  List<Located> entries() {
    return entries;
  }

  List<String> problems() {
    return problems;
  }

  private Optional<String> decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(name + ": not UTF-8 (save the file as UTF-8)");
      return Optional.empty();
    }
  }

  private void parseLines(String text) {
    String[] lines = text.split("\n", -1);
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String where = name + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!line.strip().equals(HEADER)) {
          problems.add(where + ": header must be the tab-separated columns " + COLUMNS + ", found '" + line + "'");
          return;
        }
        continue;
      }
      parseEntry(line, where);
    }
    if (!headerSeen) {
      problems.add(name + ": no header line; the first line that is not a # comment must be the tab-separated columns "
          + COLUMNS);
    }
  }

  private void parseEntry(String line, String where) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS.size()) {
      problems.add(where + ": expected " + COLUMNS.size() + " tab-separated columns " + COLUMNS + ", found "
          + cells.length);
      return;
    }
    for (int c = 0; c < cells.length; c++) {
      cells[c] = cells[c].strip();
    }
    EntityType type;
    try {
      type = EntityType.valueOf(cells[1]);
    } catch (IllegalArgumentException e) {
      problems.add(where + ": unknown type '" + cells[1] + "' (one of " + Arrays.toString(EntityType.values()) + ")");
      return;
    }
    List<String> aliases = new ArrayList<>();
    if (!cells[4].isEmpty()) {
      for (String alias : cells[4].split("\\|", -1)) {
        if (alias.isBlank()) {
          problems.add(where + ": empty alias in '" + cells[4] + "' (aliases are separated by single '|')");
          return;
        }
        aliases.add(alias.strip());
      }
    }
    Optional<String> wikidata = cells[5].isEmpty() ? Optional.empty() : Optional.of(cells[5]);
    try {
      entries.add(new Located(new LexiconEntry(cells[0], type, cells[2], cells[3], aliases, wikidata, cells[6]), where));
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(where + ": " + e.getMessage());
    }
  }
}
