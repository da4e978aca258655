package org.claimgraph.extract.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A gazetteer of CoreNLP's KBP models (one name, a tab, its NER class, then columns we do not read), as shipped in the
 * models jars: which names CoreNLP knows as countries, provinces or cities.
 */
public final class KbpGazetteer {
  /** The Chinese models' gazetteer. */
  public static final String CHINESE = "edu/stanford/nlp/models/kbp/chinese/gazetteers/cn_regexner_mapping.tab";
  /** The English models' gazetteer; its patterns are matched ignoring case. */
  public static final String ENGLISH = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private KbpGazetteer() {}

  /**
   * Each name of the gazetteer at {@code resource} whose class is one of {@code classes}, with the first such class
   * listed for it; empty when the models are not on the class path, so callers fall back to CoreNLP's tags alone.
   */
  public static Map<String, String> classesOf(String resource, Set<String> classes) {
    Map<String, String> kinds = new HashMap<>();
    InputStream in = KbpGazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return kinds;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t", 3);
        if (cells.length >= 2 && classes.contains(cells[1])) {
          kinds.putIfAbsent(cells[0], cells[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's gazetteer " + resource, e);
    }
    return kinds;
  }

  /**
   * The English gazetteer's states, provinces and countries by lower-case name (its patterns are matched ignoring
   * case), each with its class, STATE_OR_PROVINCE or COUNTRY; read once, when first asked for.
   */
  public static Map<String, String> englishRegions() {
    return EnglishRegions.KINDS;
  }

  private static final class EnglishRegions {
    static final Map<String, String> KINDS = classesOf(ENGLISH, Set.of("STATE_OR_PROVINCE", "COUNTRY")).entrySet()
        .stream().collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
            (a, b) -> a));
  }
}
