package org.claimgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English given names: the first column of CoreNLP's name-gender list (the US census and other sources), which its
 * English models ship for coreference, read from the class path. Without the English models there the list is
 * empty, and what reads it finds no name.
 */
public final class GivenNames {
  private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private GivenNames() {}

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  /** Whether {@code word} is a given name (Jessica, Drew), in any case. */
  public static boolean contains(String word) {
    return Holder.NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Set.of();
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        String name = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (!name.isEmpty()) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
