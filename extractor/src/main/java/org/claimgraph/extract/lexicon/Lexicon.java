package org.claimgraph.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named entities of the AI industry with their Chinese and English names, read from TSV files. Immutable.
 *
 * <p>{@link #load()} reads the bundled files ({@link #BUNDLED_FILES}); {@link #load(Path...)} adds user files.
 * Loading fails with a {@link LexiconException} listing every problem as {@code file:line: what}, including
 * a key defined twice and a surface form given to two entries of the same type (all organization types count
 * as one type here).
 */
public final class Lexicon {
  /** The bundled files, in load order; that order breaks ties between entries that share a surface form. */
  public static final List<String> BUNDLED_FILES = List.of(
      "organizations.tsv", "people.tsv", "models.tsv", "products.tsv", "places.tsv", "topics.tsv", "events.tsv", "works.tsv");

  private static final String RESOURCE_DIR = "/org/claimgraph/extract/lexicon/";
  private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);

  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byKey;
  private final List<SurfaceForm> forms;
  private final Map<String, List<SurfaceForm>> formsByMatchKey;

  private Lexicon(List<LexiconFile.Located> located) {
    List<String> problems = new ArrayList<>();
    Map<String, LexiconFile.Located> keys = new LinkedHashMap<>();
    Map<String, List<PlacedForm>> seenForms = new HashMap<>();
    List<SurfaceForm> allForms = new ArrayList<>();
    for (LexiconFile.Located item : located) {
      LexiconEntry entry = item.entry();
      LexiconFile.Located first = keys.putIfAbsent(entry.key(), item);
      if (first != null) {
        problems.add(item.where() + ": duplicate key '" + entry.key() + "' (first defined at " + first.where() + ")");
        continue;
      }
      int index = keys.size() - 1;
      for (String text : entry.surfaceForms()) {
        SurfaceForm form = new SurfaceForm(text, entry, index);
        List<PlacedForm> same = seenForms.computeIfAbsent(form.matchKey(), k -> new ArrayList<>());
        for (PlacedForm other : same) {
          LexiconEntry owner = other.form().entry();
          if (owner != entry && sameKind(owner.type(), entry.type()) && other.form().collidesWith(form)) {
            problems.add(item.where() + ": surface form '" + form.form() + "' of '" + entry.key()
                + "' is already a " + owner.type() + " form of '" + owner.key()
                + "' (" + other.where() + "); drop it from one of them");
          }
        }
        same.add(new PlacedForm(form, item.where()));
        allForms.add(form);
      }
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    this.entries = keys.values().stream().map(LexiconFile.Located::entry).toList();
    Map<String, LexiconEntry> index = new LinkedHashMap<>();
    entries.forEach(e -> index.put(e.key(), e));
    this.byKey = Collections.unmodifiableMap(index);
    this.forms = List.copyOf(allForms);
    Map<String, List<SurfaceForm>> grouped = new HashMap<>();
    for (SurfaceForm form : forms) {
      grouped.computeIfAbsent(form.matchKey(), k -> new ArrayList<>()).add(form);
    }
    grouped.replaceAll((k, v) -> v.stream().sorted(SurfaceForm.PRECEDENCE).toList());
    this.formsByMatchKey = Collections.unmodifiableMap(grouped);
  }

  /** A surface form with the file and line of its entry. */
  private record PlacedForm(SurfaceForm form, String where) {}

  /** The bundled lexicon. */
  public static Lexicon load() {
    return load(new Path[0]);
  }

  /** The bundled lexicon plus the given TSV files (same columns), read after it. */
  public static Lexicon load(Path... userFiles) {
    List<String> problems = new ArrayList<>();
    List<LexiconFile.Located> located = new ArrayList<>();
    for (String name : BUNDLED_FILES) {
      LexiconFile file = LexiconFile.parse(name, readResource(name));
      located.addAll(file.entries());
      problems.addAll(file.problems());
    }
    for (Path path : userFiles) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        problems.add(path + ": cannot read lexicon file (" + e.getMessage() + ")");
        continue;
      }
      LexiconFile file = LexiconFile.parse(path.toString(), bytes);
      located.addAll(file.entries());
      problems.addAll(file.problems());
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    Lexicon lexicon = new Lexicon(located);
    LOG.debug("Loaded {} lexicon entries with {} surface forms", lexicon.entries.size(), lexicon.forms.size());
    return lexicon;
  }

  /** A lexicon of exactly these entries, checked as files are (no duplicate keys, no shared forms per type). */
  public static Lexicon of(Collection<LexiconEntry> entries) {
    List<LexiconFile.Located> located = new ArrayList<>();
    int i = 0;
    for (LexiconEntry entry : entries) {
      located.add(new LexiconFile.Located(entry, "entry " + (++i)));
    }
    return new Lexicon(located);
  }

  /** Every entry, in load order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  public Optional<LexiconEntry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The entries that {@code surface} names, best first (label before alias, then load order), under the same
   * rules as the matcher: width, dash and middle-dot variants are equal, and case as {@link SurfaceForm} says.
   */
  public List<LexiconEntry> lookup(String surface) {
    return formsByMatchKey.getOrDefault(TextFold.lower(surface), List.of()).stream()
        .filter(f -> f.accepts(surface))
        .map(SurfaceForm::entry)
        .distinct()
        .toList();
  }

  /** Every surface form written in Latin script (digits and punctuation allowed), sorted: for splitting glued names. */
  public Set<String> latinNames() {
    Set<String> names = new TreeSet<>();
    for (SurfaceForm form : forms) {
      if (TextFold.isLatinScript(form.form())) {
        names.add(form.form());
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /** Every surface form of every entry, for the matcher. */
  List<SurfaceForm> surfaceForms() {
    return forms;
  }

  private static boolean sameKind(EntityType a, EntityType b) {
    return a == b || (a.isOrganization() && b.isOrganization());
  }

  private static byte[] readResource(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled lexicon file " + RESOURCE_DIR + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon file " + name, e);
    }
  }
}
