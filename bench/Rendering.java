import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a rendering of Chinese articles and their gold files for bench/renderings.sh. Usage: KIND OUT_DIR FILE...
 * where KIND is {@code traditional} (Unicode's Simplified-Traditional transform, the inverse of what the extractor
 * reads with), {@code full-width} (ASCII letters and digits as their full-width forms, ＧＰＴ４) or {@code
 * ascii-punctuation} (Chinese commas, colons, semicolons, brackets, question and exclamation marks in ASCII, as
 * scraped pages often type them).
 */
public class Rendering {
  public static void main(String[] args) throws Exception {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Path out = Files.createDirectories(Path.of(args[1]));
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String text = Files.readString(file);
      String rendered = switch (args[0]) {
        case "traditional" -> toTraditional.transliterate(text);
        case "full-width" -> fullWidth(text, file.toString().endsWith(".json"));
        case "ascii-punctuation" -> asciiPunctuation(text);
        default -> throw new IllegalArgumentException(
            "unknown rendering " + args[0] + ": traditional, full-width or ascii-punctuation");
      };
      Files.writeString(out.resolve(file.getFileName()), rendered);
    }
  }

  private static String asciiPunctuation(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int mark = "，：；（）？！".indexOf(c);
      out.append(mark < 0 ? c : ",:;()?!".charAt(mark));
    }
    return out.toString();
  }

  /** Letters and digits in full width; in a gold file, only inside string values that are not field names or types. */
  private static String fullWidth(String text, boolean json) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inString = false;
    int stringStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (json && c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        inString = !inString;
        stringStart = out.length() + 1;
        out.append(c);
        continue;
      }
      boolean convert = !json || inString && !keptAsIs(text, i, stringStart, out);
      out.append(convert && (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
          ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  /** The fields whose values are codes, not text: types, predicates, kinds, stances, literals, dates, file names. */
  private static final java.util.Set<String> CODE_FIELDS =
      java.util.Set.of("type", "predicate", "kind", "stance", "literal", "date", "source", "language");

  /** Field names and the values of code fields keep their ASCII. */
  private static boolean keptAsIs(String text, int at, int stringStart, StringBuilder out) {
    int end = text.indexOf('"', at);
    if (text.substring(end + 1).stripLeading().startsWith(":")) {
      return true; // a field name
    }
    String before = out.substring(0, stringStart - 1).stripTrailing();
    if (!before.endsWith(":")) {
      return false; // an item of a list of names
    }
    String key = before.substring(0, before.length() - 1).stripTrailing();
    String field = key.substring(key.lastIndexOf('"', key.length() - 2) + 1, key.length() - 1);
    return CODE_FIELDS.contains(field);
  }
}
