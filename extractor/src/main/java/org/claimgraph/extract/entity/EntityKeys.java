package org.claimgraph.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a name into an entity key: the same name gives the same key in every document. */
public final class EntityKeys {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private EntityKeys() {}

  /** {@code Sam Altman} → {@code sam-altman}; a Chinese name stays itself, without spaces or slashes. */
  public static String keyFor(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    if (HAN.matcher(n).find()) {
      return n.replaceAll("[\\s/?#\\[\\]@\"<>\\\\^`{|}%]+", "");
    }
    // Accents go, letters stay: Timothée → timothee.
    String ascii = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^[-.]+|[-.]+$)", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /** Folded form for comparing surface forms: NFKC, lower case, no spaces, hyphens, dots or middle dots. */
  public static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·•]+", "");
  }

  /** {@code zh} when the name has a Chinese character, else {@code en}. */
  public static String languageOf(String name) {
    return HAN.matcher(name).find() ? "zh" : "en";
  }
}
