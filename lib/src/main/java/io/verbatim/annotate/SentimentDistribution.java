package io.verbatim.annotate;

import io.verbatim.model.SentimentLabel;

/**
 * Class probabilities of CoreNLP's five-way sentiment model (very negative .. very positive),
 * collapsed to the three labels Verbatim reports.
 */
record SentimentDistribution(double[] probabilities) {

  /** Expected value with classes at -1, -0.5, 0, 0.5, 1: a score in -1..1. */
  double score() {
    double s = 0;
    for (int i = 0; i < 5; i++) {
      s += probabilities[i] * (i - 2) / 2.0;
    }
    return s;
  }

  /**
   * The most probable of negative (classes 0+1), neutral (2) and positive (3+4). Collapsing
   * before the argmax matters: a sentence split between "negative" and "very negative" is
   * negative even if "neutral" is the single most probable class.
   */
  SentimentLabel label() {
    double neg = probabilities[0] + probabilities[1];
    double neu = probabilities[2];
    double pos = probabilities[3] + probabilities[4];
    if (neg > neu && neg >= pos) {
      return SentimentLabel.NEGATIVE;
    }
    return pos > neu && pos > neg ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  }

  /** Weighted mean of several distributions (chunks of one long sentence). */
  static SentimentDistribution weightedMean(double[][] parts, int[] weights) {
    double[] mean = new double[5];
    double total = 0;
    for (int p = 0; p < parts.length; p++) {
      for (int i = 0; i < 5; i++) {
        mean[i] += parts[p][i] * weights[p];
      }
      total += weights[p];
    }
    for (int i = 0; i < 5; i++) {
      mean[i] /= total;
    }
    return new SentimentDistribution(mean);
  }
}
