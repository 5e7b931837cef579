package io.verbatim.annotate;

import java.io.Serializable;

/**
 * The range of the scores customers gave alongside their comments (as observed in the input, so a
 * 1-5 rating and a 0-10 NPS read the same way), and its two ends: a comment scored in the
 * lowest {@value #END_SHARE} of the range is a weak negative label, one in the highest a weak
 * positive label; the middle says too little to be a label of either kind.
 *
 * @param min the lowest score seen
 * @param max the highest score seen
 */
public record ScoreEnds(double min, double max) implements Serializable {

  /** The share of the range at each end whose scores are weak labels (1-2 and 4-5 of 1-5). */
  public static final double END_SHARE = 0.25;
  /** {@link #weakLabel}: a score that is no label. */
  public static final int NONE = -1;
  /** {@link #weakLabel}: the low end (the class index of negative in the sentiment model). */
  public static final int NEGATIVE = 0;
  /** {@link #weakLabel}: the high end (the class index of positive in the sentiment model). */
  public static final int POSITIVE = 2;

  public ScoreEnds {
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("bad score range " + min + ".." + max);
    }
  }

  /** Whether the scores spread at all: a single value has no ends. */
  public boolean spread() {
    return max > min;
  }

  /** {@link #NEGATIVE}, {@link #POSITIVE} or {@link #NONE} for a comment's score (null: none). */
  public int weakLabel(Double score) {
    if (score == null || !spread()) {
      return NONE;
    }
    double end = END_SHARE * (max - min);
    // A hair of tolerance so 2 counts as the low end of 1-5 despite floating point.
    double eps = 1e-9 * (max - min);
    if (score <= min + end + eps) {
      return NEGATIVE;
    }
    return score >= max - end - eps ? POSITIVE : NONE;
  }
}
