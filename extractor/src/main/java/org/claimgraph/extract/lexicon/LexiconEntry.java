package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;

/**
 * One entity the lexicon knows: its key, type, labels, other names and where the facts come from.
 *
 * @param key      lower-case ASCII slug of the English name ({@code openai}, {@code llama-2}); for an
 *                 entity with no English name, its Chinese name (then {@code en} is empty and {@code zh}
 *                 equals the key)
 * @param en       English label, may be empty only when the key is the Chinese name
 * @param zh       Chinese label, may be empty
 * @param aliases  other surface forms in either language
 * @param wikidata a Wikidata id that was checked against a public record, if any
 * @param source   http(s) URL of the page the entry's facts come from
 */
public record LexiconEntry(
    String key, EntityType type, String en, String zh, List<String> aliases, Optional<String> wikidata, String source) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  /** A one-character form (X, 元) would fire all over a text. */
  static final int MIN_FORM_LENGTH = 2;

  public LexiconEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type of '" + key + "'");
    en = Objects.requireNonNull(en, "en");
    zh = Objects.requireNonNull(zh, "zh");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(source, "source");
    if (!SLUG.matcher(key).matches()) {
      if (!en.isEmpty() || !key.equals(zh) || key.isBlank() || key.contains("/") || key.contains(" ")) {
        throw new IllegalArgumentException("key '" + key + "' must be a lower-case ASCII slug of the English name"
            + " (e.g. 'sam-altman'), or, for an entity with no English name, its Chinese name with 'en' left empty");
      }
    }
    if (en.isEmpty() && zh.isEmpty()) {
      throw new IllegalArgumentException("entry '" + key + "' needs an English or a Chinese label");
    }
    if (wikidata.isPresent() && !QID.matcher(wikidata.get()).matches()) {
      throw new IllegalArgumentException("invalid Wikidata id '" + wikidata.get() + "' for '" + key
          + "' (expected Q followed by digits, e.g. Q21708200; leave it empty if unverified)");
    }
    if (!(source.startsWith("https://") || source.startsWith("http://")) || source.contains(" ")) {
      throw new IllegalArgumentException("entry '" + key + "' needs a source: the http(s) URL of the page its facts"
          + " come from, got '" + source + "'");
    }
    for (String form : formsOf(en, zh, aliases)) {
      if (form.length() < MIN_FORM_LENGTH || !form.equals(form.strip()) || form.contains("|") || form.contains("\t")) {
        throw new IllegalArgumentException("surface form '" + form + "' of '" + key + "' must have at least "
            + MIN_FORM_LENGTH + " characters, no surrounding spaces, no '|' and no tab");
      }
    }
  }

  /** Every way the entity is written: the labels first, then the aliases, without repeats. */
  public List<String> surfaceForms() {
    return formsOf(en, zh, aliases);
  }

  /** True if {@code form} is one of the two labels rather than an alias. */
  public boolean isLabel(String form) {
    return form.equals(en) || form.equals(zh);
  }

  /** The label to show: English if known, else Chinese. */
  public String displayLabel() {
    return en.isEmpty() ? zh : en;
  }

  private static List<String> formsOf(String en, String zh, List<String> aliases) {
    Set<String> forms = new LinkedHashSet<>();
    if (!en.isEmpty()) {
      forms.add(en);
    }
    if (!zh.isEmpty()) {
      forms.add(zh);
    }
    forms.addAll(aliases);
    return List.copyOf(new ArrayList<>(forms));
  }
}
