package io.verbatim.model;

/** Three-way polarity, as written to the output tables. */
public enum SentimentLabel {
  NEGATIVE, NEUTRAL, POSITIVE;

  /** The lower-case name used in every output table. */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Label for a score in -1..1; the thresholds come from configuration so users can widen or
   * narrow the neutral band.
   */
  public static SentimentLabel of(double score, double negativeBelow, double positiveAbove) {
    if (score < negativeBelow) {
      return NEGATIVE;
    }
    return score > positiveAbove ? POSITIVE : NEUTRAL;
  }
}
