package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.TabFile;

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
    return of(TabFile.read(TypeCorrections.class, RESOURCE, 5));
  }

  static TypeCorrections parse(List<String> lines) {
    return of(TabFile.parse(RESOURCE, lines, 5));
  }

  private static TypeCorrections of(List<TabFile.Row> rows) {
    List<Rule> rules = new ArrayList<>();
    for (TabFile.Row row : rows) {
      if (!row.cell(0).equals("left") && !row.cell(0).equals("right")) {
        throw row.error("side must be 'left' or 'right', not '" + row.cell(0) + "'");
      }
      try {
        rules.add(new Rule(row.cell(0).equals("left"), Pattern.compile(row.cell(1)), Set.of(row.cell(2).split(",")),
            EntityType.valueOf(row.cell(3)), row.cell(4)));
      } catch (PatternSyntaxException e) {
        throw row.error("bad context regex: " + e.getDescription());
      } catch (IllegalArgumentException e) {
        throw row.error("unknown type '" + row.cell(3) + "'");
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
