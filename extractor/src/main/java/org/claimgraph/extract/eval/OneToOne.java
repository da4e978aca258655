package org.claimgraph.extract.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A maximum one-to-one matching between predicted items (left) and gold items (right), so that one gold item
 * is never credited twice and one prediction never covers two gold items.
 */
final class OneToOne {
  private final List<List<Integer>> candidates;
  private final int[] rightToLeft;

  /**
   * @param candidates for each left item, the right items it may match, most preferred first
   * @param rightCount how many right items there are
   */
  private OneToOne(List<List<Integer>> candidates, int rightCount) {
    this.candidates = candidates;
    this.rightToLeft = new int[rightCount];
    Arrays.fill(rightToLeft, -1);
  }

  /** Returns, for each left item, the right item it is matched to, or -1 (Kuhn's augmenting paths). */
  static int[] match(List<List<Integer>> candidates, int rightCount) {
    OneToOne m = new OneToOne(candidates, rightCount);
    for (int left = 0; left < candidates.size(); left++) {
      m.augment(left, new boolean[rightCount]);
    }
    int[] leftToRight = new int[candidates.size()];
    Arrays.fill(leftToRight, -1);
    for (int right = 0; right < rightCount; right++) {
      if (m.rightToLeft[right] >= 0) {
        leftToRight[m.rightToLeft[right]] = right;
      }
    }
    return leftToRight;
  }

  private boolean augment(int left, boolean[] seen) {
    for (int right : candidates.get(left)) {
      if (seen[right]) {
        continue;
      }
      seen[right] = true;
      if (rightToLeft[right] < 0 || augment(rightToLeft[right], seen)) {
        rightToLeft[right] = left;
        return true;
      }
    }
    return false;
  }
}
