package org.claimgraph.extract.corenlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedSentence;

/**
 * A file of named Semgrex (dependency graph) rules, run on our sentences.
 *
 * <p>Format, line based: {@code #} starts a comment; {@code macro NAME = text} defines a macro used as
 * {@code ${NAME}} (as in CoreNLP's KBP semgrex files); {@code rule NAME : RESULT...} starts a rule, and the lines after
 * it, up to a blank line or the next rule, are its Semgrex pattern. The words after the colon are handed back with
 * every match (e.g. the relation and a confidence). Callers may supply extra macros, e.g. a word list built from a
 * lexicon. Nodes are matched with {@code word}, {@code tag} and {@code ner} (the caller's tags).
 */
public final class SemgrexRules {
  private static final Pattern MACRO = Pattern.compile("^macro\\s+([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(.+)$");
  private static final Pattern RULE = Pattern.compile("^rule\\s+([A-Za-z][A-Za-z0-9_.-]*)\\s*:\\s*(.*)$");
  private static final Pattern USE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)\\}");
  private static final Pattern NODE_NAME = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");

  private record Rule(String name, SemgrexPattern pattern, List<String> result, Set<String> nodeNames) {}

  private final String source;
  private final List<Rule> rules;

  private SemgrexRules(String source, List<Rule> rules) {
    this.source = source;
    this.rules = List.copyOf(rules);
  }

  /** Loads a rule file from the classpath, relative to {@code anchor}'s package. */
  public static SemgrexRules load(Class<?> anchor, String resource, Map<String, String> macros) {
    return RuleFile.load(anchor, resource, "Semgrex", (source, reader) -> parse(source, reader, macros));
  }

  /**
   * @param macros macros defined by the caller, overridden by the file's own
   * @throws IllegalArgumentException with the file and line when a rule is malformed or its pattern does not compile
   */
  public static SemgrexRules parse(String source, Reader reader, Map<String, String> macros) {
    List<String> lines = RuleFile.read(source, reader).lines().toList();
    Map<String, String> defined = new HashMap<>(macros);
    List<Rule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String name = null;
    List<String> result = List.of();
    StringBuilder pattern = new StringBuilder();
    int ruleLine = 0;
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n).strip() : "";
      if (line.startsWith("#")) {
        continue;
      }
      Matcher rule = RULE.matcher(line);
      boolean ends = line.isEmpty() || rule.matches() || line.startsWith("macro ");
      if (ends && name != null) {
        rules.add(compile(source, ruleLine, name, result, pattern.toString(), defined));
        name = null;
        pattern.setLength(0);
      }
      if (line.isEmpty()) {
        continue;
      }
      Matcher macro = MACRO.matcher(line);
      if (macro.matches()) {
        defined.put(macro.group(1), macro.group(2).strip());
      } else if (rule.matches()) {
        name = rule.group(1);
        if (!names.add(name)) {
          throw new IllegalArgumentException(source + ":" + (n + 1) + ": duplicate rule name '" + name + "'");
        }
        result = rule.group(2).isBlank() ? List.of() : List.of(rule.group(2).strip().split("\\s+"));
        ruleLine = n + 1;
      } else if (name != null) {
        pattern.append(' ').append(line);
      } else {
        throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected 'rule NAME : RESULT', 'macro NAME = ...'"
            + " or a comment, found: " + line);
      }
    }
    return new SemgrexRules(source, rules);
  }

  private static Rule compile(String source, int line, String name, List<String> result, String pattern,
      Map<String, String> macros) {
    String expanded = pattern.strip();
    for (int guard = 0; guard < 10; guard++) {
      Matcher use = USE.matcher(expanded);
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      while (use.find()) {
        String value = macros.get(use.group(1));
        if (value == null) {
          throw new IllegalArgumentException(source + ":" + line + ": rule " + name + " uses the undefined macro ${"
              + use.group(1) + "}");
        }
        use.appendReplacement(sb, Matcher.quoteReplacement(value));
        any = true;
      }
      use.appendTail(sb);
      expanded = sb.toString();
      if (!any) {
        break;
      }
    }
    if (expanded.isEmpty()) {
      throw new IllegalArgumentException(source + ":" + line + ": rule " + name + " has no pattern");
    }
    try {
      Set<String> nodes = new HashSet<>();
      Matcher m = NODE_NAME.matcher(expanded);
      while (m.find()) {
        nodes.add(m.group(1));
      }
      return new Rule(name, SemgrexPattern.compile(expanded), result, nodes);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + ":" + line + ": rule " + name + " does not compile: " + e.getMessage(),
          e);
    }
  }

  public String source() {
    return source;
  }

  public List<String> ruleNames() {
    return rules.stream().map(Rule::name).toList();
  }

  /** The result a rule hands back with its matches. */
  public List<String> result(String rule) {
    return rules.stream().filter(r -> r.name().equals(rule)).findFirst().map(Rule::result)
        .orElseThrow(() -> new IllegalArgumentException(source + " has no rule named " + rule));
  }

  /**
   * Runs every rule on a sentence's dependency graph.
   *
   * @param nerTags one tag per token, used as the nodes' {@code ner}
   */
  public List<DependencyRuleMatch> match(AnnotatedSentence sentence, List<String> nerTags) {
    if (sentence.dependencies().isEmpty()) {
      return List.of();
    }
    SemanticGraph graph = CoreLabels.graph(sentence, nerTags);
    List<DependencyRuleMatch> matches = new ArrayList<>();
    Set<Map<String, Integer>> seen = new HashSet<>();
    for (Rule rule : rules) {
      SemgrexMatcher m = rule.pattern().matcher(graph);
      seen.clear();
      while (m.find()) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String node : rule.nodeNames()) {
          IndexedWord w = m.getNode(node);
          if (w != null) {
            nodes.put(node, w.index() - 1);
          }
        }
        if (seen.add(nodes)) {
          matches.add(new DependencyRuleMatch(rule.name(), nodes, rule.result()));
        }
      }
    }
    return matches;
  }
}
