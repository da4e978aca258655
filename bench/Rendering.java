import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a rendering of Chinese articles and their gold files for bench/renderings.sh. Usage: KIND OUT_DIR FILE...
 * where KIND is {@code traditional} (Unicode's Simplified-Traditional transform, the inverse of what the extractor
 * reads with), {@code full-width} (ASCII letters and digits as their full-width forms, ＧＰＴ４) or {@code
 * ascii-punctuation} (Chinese commas, colons, semicolons, brackets, question and exclamation marks in ASCII, as
 * scraped pages often type them) or {@code spaced} (a space between Han characters and Latin letters or digits, the
 * "pangu" spacing many Chinese tech sites use: 使用 GPT-4 的 3 家公司), {@code corner-quotes} (“”‘’ as 「」『』, as
 * Taiwanese and Hong Kong pages quote) or {@code ascii-quotes} (“”‘’ typed as " and ').
 */
public class Rendering {
  public static void main(String[] args) throws Exception {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Path out = Files.createDirectories(Path.of(args[1]));
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String text = Files.readString(file);
      boolean json = file.toString().endsWith(".json");
      String rendered = switch (args[0]) {
        case "traditional" -> toTraditional.transliterate(text);
        case "full-width" -> fullWidth(text, json);
        case "ascii-punctuation" -> asciiPunctuation(text);
        case "spaced" -> spaced(text, json);
        case "corner-quotes" -> renderText(text, json, value -> replaceMarks(value, "“”‘’", "「」『』"));
        case "ascii-quotes" -> renderText(text, json, value -> replaceMarks(value, "“”‘’", "\"\"''"));
        default -> throw new IllegalArgumentException("unknown rendering " + args[0]
            + ": traditional, full-width, ascii-punctuation, spaced, corner-quotes or ascii-quotes");
      };
      Files.writeString(out.resolve(file.getFileName()), rendered);
    }
  }

  /** Each mark of {@code from} as the mark at the same place in {@code to}. */
  private static String replaceMarks(String text, String from, String to) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int mark = from.indexOf(c);
      out.append(mark < 0 ? c : to.charAt(mark));
    }
    return out.toString();
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
    return renderText(text, json, value -> {
      StringBuilder out = new StringBuilder(value.length());
      for (char c : value.toCharArray()) {
        out.append(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? (char) (c + 0xFEE0) : c);
      }
      return out.toString();
    });
  }

  /** A space between Han characters and Latin letters or digits, both ways, as many Chinese tech sites type. */
  private static String spaced(String text, boolean json) {
    return renderText(text, json, value -> value
        .replaceAll("(\\p{IsHan})([A-Za-z0-9])", "$1 $2")
        .replaceAll("([A-Za-z0-9])(\\p{IsHan})", "$1 $2"));
  }

  /**
   * {@code render} applied to an article's whole text, or in a gold file to each string value that is text: not a
   * field name, and not the value of a code field.
   */
  private static String renderText(String text, boolean json, UnaryOperator<String> render) {
    if (!json) {
      return render.apply(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '"') {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      while (text.charAt(end) != '"') {
        end += text.charAt(end) == '\\' ? 2 : 1;
      }
      String value = text.substring(i + 1, end);
      boolean isText = !text.substring(end + 1).stripLeading().startsWith(":") && !isCodeValue(out);
      String rendered = isText ? render.apply(value).replaceAll("(?<!\\\\)\"", "\\\\\"") : value; // escaped for JSON
      out.append('"').append(rendered).append('"');
      i = end + 1;
    }
    return out.toString();
  }

  /** The fields whose values are codes, not text: types, predicates, kinds, stances, literals, dates, file names. */
  private static final Set<String> CODE_FIELDS =
      Set.of("type", "predicate", "kind", "stance", "literal", "date", "source", "language");

  /** Whether the string value about to be written is the value of a code field (out holds all before its quote). */
  private static boolean isCodeValue(StringBuilder out) {
    String before = out.toString().stripTrailing();
    if (!before.endsWith(":")) {
      return false; // an item of a list of names
    }
    String key = before.substring(0, before.length() - 1).stripTrailing();
    String field = key.substring(key.lastIndexOf('"', key.length() - 2) + 1, key.length() - 1);
    return CODE_FIELDS.contains(field);
  }
}
