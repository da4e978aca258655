package org.claimgraph.extract.tagging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.TabFile;

/**
 * The infobox lines a scraped wiki page keeps before its prose ("Founder: A", "总部：杭州"): a line whose key is one of
 * infobox-keys.tsv's, not any colon line (a speaker's "张三：…" is speech). The relation rules read what each line says
 * about the page's subject; the entity stage drops names found inside a key ("Hq Location City" is no place).
 */
public final class InfoboxLines {
  /** What a line gives, by its key (infobox-keys.tsv). */
  public static final Set<String> ACTIONS = Set.of("FOUNDER", "PARENT", "SUBSIDIARY", "PEOPLE", "TITLE", "SEAT",
      "DEVELOPER", "FOUNDED", "RELEASED", "PRODUCTS", "LICENSE", "EMPLOYER", "PLACE");
  private static final Map<String, String> KEYS = load();
  /** Key: value, with a half- or full-width colon. */
  private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:：\\n]{1,40}?)\\s*[:：]\\s*(\\S.*?)\\s*$");

  /**
   * One infobox line, offsets within the line.
   *
   * @param action what the key gives (one of {@link #ACTIONS})
   */
  public record Line(String key, String action, int keyEnd, int valueBegin, int valueEnd, String value) {}

  private InfoboxLines() {}

  private static Map<String, String> load() {
    Map<String, String> keys = new HashMap<>();
    for (TabFile.Row row : TabFile.read(InfoboxLines.class, "infobox-keys.tsv", 3)) {
      if (!ACTIONS.contains(row.cell(1))) {
        throw row.error("unknown action '" + row.cell(1) + "' (use one of " + ACTIONS + ")");
      }
      if (keys.put(normal(row.cell(0)), row.cell(1)) != null) {
        throw row.error("duplicate key '" + row.cell(0) + "'");
      }
    }
    return keys;
  }

  private static String normal(String key) {
    return key.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The line as an infobox line, if its key is a known one. */
  public static Optional<Line> parse(String line) {
    if (line.contains("\n")) {
      return Optional.empty();
    }
    Matcher m = KEY_VALUE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String action = KEYS.get(normal(m.group(1)));
    return action == null ? Optional.empty()
        : Optional.of(new Line(m.group(1).strip(), action, m.end(1), m.start(2), m.end(2), m.group(2)));
  }

  /** Whether {@code span} lies inside the key of an infobox line of the document. */
  public static boolean inKey(AnnotatedDocument document, Span span) {
    String text = document.text();
    for (Paragraph p : document.document().paragraphs()) {
      if (p.span().begin() <= span.begin() && span.end() <= p.span().end()) {
        Optional<Line> line = parse(text.substring(p.span().begin(), p.span().end()));
        return line.isPresent() && span.end() <= p.span().begin() + line.get().keyEnd();
      }
    }
    return false;
  }
}
