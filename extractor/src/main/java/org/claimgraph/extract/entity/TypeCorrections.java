package org.claimgraph.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;

/** Context rules that retype a mention from the words around it; the rules are data in {@code type-corrections.tsv}. */
public final class TypeCorrections {
  static final String RESOURCE = "type-corrections.tsv";
  /** How many characters of context a rule sees on each side. */
  private static final int WINDOW = 8;

  record Rule(boolean left, Pattern context, Set<String> appliesTo, EntityType newType, String why) {
    boolean appliesTo(String nerType) {
      return appliesTo.contains("*") || appliesTo.contains(nerType);
    }
  }

  private final List<Rule> rules;

  TypeCorrections(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static TypeCorrections load() {
    try (InputStream in = TypeCorrections.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TypeCorrections parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    boolean header = true;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = RESOURCE + ":" + (n + 1);
      if (f.length != 5 || !(f[0].equals("left") || f[0].equals("right"))) {
        throw new IllegalArgumentException(where + ": expected 5 tab-separated columns 'left|right, context, applies_to,"
            + " new_type, why'");
      }
      try {
        rules.add(new Rule(f[0].equals("left"), Pattern.compile(f[1]), Set.of(f[2].split(",")),
            EntityType.valueOf(f[3]), f[4]));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": bad context regex: " + e.getDescription(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown type '" + f[3] + "'", e);
      }
    }
    return new TypeCorrections(rules);
  }

  /** The corrected type for a mention typed {@code nerType} at {@code span} of {@code text}, if a rule fires. */
  public Optional<EntityType> correct(String text, Span span, String nerType) {
    String before = text.substring(Math.max(0, span.begin() - WINDOW), span.begin());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + WINDOW));
    for (Rule r : rules) {
      if (r.appliesTo(nerType) && r.context().matcher(r.left() ? before : after).find()) {
        return Optional.of(r.newType());
      }
    }
    return Optional.empty();
  }
}
