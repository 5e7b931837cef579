package io.verbatim.samples;

import java.util.SplittableRandom;

/**
 * The 0-10 score a customer gives, following the tone of what they wrote: complaints low, praise
 * high, mixed in the middle. A few customers pick a score at random, as real ones do.
 */
final class Scores {

  private static final double NOISE = 0.02;
  // Distributions as {lowest score, weights...}.
  private static final double[] COMPLAINT = {0, 12, 12, 20, 22, 20, 10, 4};
  private static final double[] PRAISE = {6, 3, 8, 25, 32, 32};
  private static final double[] MIXED = {2, 4, 8, 15, 25, 25, 17, 6};
  private static final double[] NEUTRAL = {4, 5, 12, 22, 30, 24, 7};

  private Scores() {
  }

  static int score(int negatives, int positives, SplittableRandom r) {
    if (Pick.chance(NOISE, r)) {
      return r.nextInt(11);
    }
    if (negatives > 0 && positives == 0) {
      // Each further problem costs a point.
      return Math.max(0, draw(COMPLAINT, r) - Math.min(2, negatives - 1));
    }
    if (positives > 0 && negatives == 0) {
      return draw(PRAISE, r);
    }
    return draw(negatives > 0 ? MIXED : NEUTRAL, r);
  }

  private static int draw(double[] distribution, SplittableRandom r) {
    double[] weights = java.util.Arrays.copyOfRange(distribution, 1, distribution.length);
    return (int) distribution[0] + Pick.weighted(weights, r);
  }
}
