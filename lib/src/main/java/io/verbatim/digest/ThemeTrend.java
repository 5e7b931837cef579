package io.verbatim.digest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A theme's recent volume tested against its baseline, with the evidence a reader needs to judge
 * it.
 *
 * @param kind emerging, rising, or none (tested, not flagged)
 * @param recent comments mentioning the theme in the recent window
 * @param baseline comments mentioning it in the baseline window
 * @param recentTotal all comments in the recent window
 * @param baselineTotal all comments in the baseline window
 * @param expected recent mentions expected at the baseline share
 * @param rateRatio recent share / baseline share; null when the baseline has no mention
 * @param pValue one-sided exact p-value ({@link RateTest})
 * @param qValue Benjamini-Hochberg adjusted p-value across the digest's themes
 * @param z continuity-corrected z score of the same comparison
 */
public record ThemeTrend(ThemeRef theme, Kind kind, long recent, long baseline, long recentTotal,
                         long baselineTotal, double expected, Double rateRatio, double pValue,
                         double qValue, double z) {

  /** What the test says about a theme. */
  public enum Kind {
    /** (Almost) absent in the baseline, significantly present now. */
    @JsonProperty("emerging") EMERGING,
    /** Present in the baseline and significantly more frequent now. */
    @JsonProperty("rising") RISING,
    /** Tested, not flagged. */
    @JsonProperty("none") NONE
  }

  public boolean flagged() {
    return kind != Kind.NONE;
  }
}
