package org.claimgraph.extract.corenlp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One match of a named Semgrex rule on a sentence's dependency graph, as our own record.
 *
 * @param rule   the rule's name as written in its file
 * @param nodes  the named nodes ({@code =name} in the pattern) and the 0-based token each matched
 * @param result the words after the rule's {@code :} in its header (e.g. {@code ["FOUNDER", "0.85"]})
 */
public record DependencyRuleMatch(String rule, Map<String, Integer> nodes, List<String> result) {
  public DependencyRuleMatch {
    Objects.requireNonNull(rule, "rule");
    nodes = Map.copyOf(nodes);
    result = List.copyOf(result);
  }

  public OptionalInt node(String name) {
    Integer i = nodes.get(name);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }
}
