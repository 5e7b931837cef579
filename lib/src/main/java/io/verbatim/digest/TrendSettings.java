package io.verbatim.digest;

/**
 * How emerging and rising themes are tested (see {@link TrendDetector}).
 *
 * @param recentDays days up to the digest date that count as "now" (1 = the digest day)
 * @param baselineDays days before the recent window that give the usual rate
 * @param fdr false discovery rate controlled across all themes tested in one digest
 *     (Benjamini-Hochberg); 0.01 means about one false alarm per hundred quiet digests
 * @param minRecent mentions needed in the recent window: fewer is never news, however unlikely
 * @param emergingMaxBaseline at most this many baseline mentions makes a flagged theme
 *     "emerging" (new) rather than "rising"
 * @param minRateRatio a rising theme's rate must also be at least this multiple of its baseline
 *     rate: on large volumes tiny, unimportant changes become significant
 */
public record TrendSettings(int recentDays, int baselineDays, double fdr, int minRecent,
                            int emergingMaxBaseline, double minRateRatio) {

  public TrendSettings {
    if (recentDays < 1 || baselineDays < 1) {
      throw new IllegalArgumentException("windows need at least one day");
    }
    if (!(fdr > 0 && fdr < 1)) {
      throw new IllegalArgumentException("fdr must be between 0 and 1, got " + fdr);
    }
    if (minRecent < 1 || emergingMaxBaseline < 0 || minRateRatio < 1) {
      throw new IllegalArgumentException("minRecent >= 1, emergingMaxBaseline >= 0 and"
          + " minRateRatio >= 1 are required");
    }
  }

  public static TrendSettings defaults() {
    return new TrendSettings(1, 28, 0.01, 3, 2, 1.5);
  }
}
