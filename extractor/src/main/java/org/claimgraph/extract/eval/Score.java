package org.claimgraph.extract.eval;

/**
 * Counts for one row of a precision / recall table.
 *
 * @param matched   predictions matched one-to-one to a gold item
 * @param predicted predictions in scope
 * @param gold      gold items in scope
 */
public record Score(int matched, int predicted, int gold) {
  public Score {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "Illegal score matched=" + matched + " predicted=" + predicted + " gold=" + gold + " : need 0 <= matched <= both");
    }
  }

  public static final Score EMPTY = new Score(0, 0, 0);

  /** Matched over predicted; NaN when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? Double.NaN : (double) matched / predicted;
  }

  /** Matched over gold; NaN when there is no gold item. */
  public double recall() {
    return gold == 0 ? Double.NaN : (double) matched / gold;
  }

  /** Harmonic mean of precision and recall, i.e. 2·matched / (predicted + gold); NaN when both are zero. */
  public double f1() {
    return predicted + gold == 0 ? Double.NaN : 2.0 * matched / (predicted + gold);
  }

  public Score plus(Score other) {
    return new Score(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }
}
