package io.verbatim.sentiment.aspect;

import io.verbatim.model.SentimentLabel;
import java.io.Serializable;

/**
 * What a whole sentence says by the opinion word list ({@link AspectSentiment#sentence}).
 *
 * @param sum the opinions found, +1 or -1 each (negations flipped, bare negated verbs at -0.5)
 * @param opinions how many were found; 0 when the sentence states no opinion
 */
public record SentenceOpinion(double sum, int opinions) implements Serializable {

  /** Below this summed weight the opinions cancel out. */
  private static final double NEUTRAL_BAND = 0.1;

  /** Whether the sentence holds no opinion word, negated verb or recommending imperative. */
  public boolean none() {
    return opinions == 0;
  }

  /** -1..1: tanh of the sum, so one clear opinion word gives about ±0.76. */
  public double score() {
    return Math.tanh(sum);
  }

  public SentimentLabel label() {
    return sum > NEUTRAL_BAND ? SentimentLabel.POSITIVE
        : sum < -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
  }
}
