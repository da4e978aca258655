package org.claimgraph.extract.corenlp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One match of a named TokensRegex rule on a sentence, as our own record.
 *
 * @param rule   the rule's name as written in its file
 * @param begin  first matched token (0-based, inclusive)
 * @param end    last matched token, exclusive
 * @param groups the named capture groups that took part in the match, by name without the {@code $}
 * @param result the rule's {@code result} list, each value as text (e.g. {@code ["CEO", "0.9"]})
 */
public record TokenRuleMatch(String rule, int begin, int end, Map<String, TokenRange> groups, List<String> result) {
  /** A half-open range of token indices in a sentence. */
  public record TokenRange(int begin, int end) {
    public TokenRange {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("Illegal token range [" + begin + "," + end + ")");
      }
    }
  }

  public TokenRuleMatch {
    Objects.requireNonNull(rule, "rule");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Illegal match [" + begin + "," + end + ") of rule " + rule);
    }
    groups = Map.copyOf(groups);
    result = List.copyOf(result);
  }

  public Optional<TokenRange> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }
}
