package org.claimgraph.extract;

import java.util.Objects;

/**
 * One edge of a (UD) dependency parse. Token indices are 0-based within the sentence; the root's
 * governor is {@code -1}.
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("Illegal dependency " + relation + "(" + governor + ", " + dependent + ")");
    }
  }
}
