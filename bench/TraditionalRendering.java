import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Traditional-character rendering of Chinese articles and their gold files (Unicode's Simplified-Traditional
 * transform, the inverse of what the extractor reads with), for bench/traditional.sh. Usage: OUT_DIR FILE...
 */
public class TraditionalRendering {
  public static void main(String[] args) throws Exception {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Path out = Files.createDirectories(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      Files.writeString(out.resolve(file.getFileName()), toTraditional.transliterate(Files.readString(file)));
    }
  }
}
