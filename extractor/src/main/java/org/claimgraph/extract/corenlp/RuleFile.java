package org.claimgraph.extract.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/** Reading a rule file, shared by {@link TokensRegexRules} and {@link SemgrexRules}: found on the classpath, UTF-8. */
final class RuleFile {
  private RuleFile() {}

  /**
   * Loads {@code resource} relative to {@code anchor}'s package and hands its name and text to {@code parser}.
   *
   * @param kind what the file holds, for the message when it is missing (e.g. "Semgrex")
   */
  static <T> T load(Class<?> anchor, String resource, String kind, BiFunction<String, Reader, T> parser) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(kind + " rule file " + resource + " is missing from the classpath next to "
            + anchor.getName());
      }
      return parser.apply(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read the rule file", e);
    }
  }

  /** The whole text of a rule file; {@code source} names it in the error. */
  static String read(String source, Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read the rule file", e);
    }
    return text.toString();
  }
}
