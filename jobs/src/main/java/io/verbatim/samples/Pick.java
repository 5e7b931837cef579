package io.verbatim.samples;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices used throughout the composer. */
final class Pick {

  private Pick() {
  }

  static <T> T one(List<T> items, SplittableRandom r) {
    return items.get(r.nextInt(items.size()));
  }

  static boolean chance(double p, SplittableRandom r) {
    return r.nextDouble() < p;
  }

  /** Index drawn with probability proportional to its weight (weights >= 0, not all zero). */
  static int weighted(double[] weights, SplittableRandom r) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    // Rounding can leave x at 0: fall back to the last positive weight.
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("all weights are zero");
  }

  /** Integer in [min, max], both inclusive. */
  static int between(int min, int max, SplittableRandom r) {
    return min + r.nextInt(max - min + 1);
  }
}
