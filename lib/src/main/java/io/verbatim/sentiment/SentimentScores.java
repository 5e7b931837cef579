package io.verbatim.sentiment;

import io.verbatim.model.SentimentLabel;
import java.io.Serializable;

/**
 * Class probabilities of the trained model for one sentence or comment.
 *
 * @param negative probability of negative
 * @param neutral probability of neutral
 * @param positive probability of positive
 */
public record SentimentScores(double negative, double neutral, double positive)
    implements Serializable {

  /** Score in -1..1: P(positive) - P(negative), the expected value with classes at -1, 0, 1. */
  public double score() {
    return positive - negative;
  }

  /** The most probable class; ties go to neutral, then negative. */
  public SentimentLabel label() {
    if (negative > neutral && negative >= positive) {
      return SentimentLabel.NEGATIVE;
    }
    return positive > neutral && positive > negative ? SentimentLabel.POSITIVE
        : SentimentLabel.NEUTRAL;
  }

  /**
   * The same probabilities in the five-way layout of CoreNLP's sentiment model (very negative ..
   * very positive), negative as "very negative" and positive as "very positive", so the RNTN's
   * expected-value score is {@link #score()} and its collapsed label is {@link #label()}.
   */
  public double[] asFiveWay() {
    return new double[] {negative, 0, neutral, 0, positive};
  }
}
