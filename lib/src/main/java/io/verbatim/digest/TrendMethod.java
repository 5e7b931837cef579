package io.verbatim.digest;

/**
 * How the themes were tested, printed at the foot of every digest so a reader can weigh a flag.
 *
 * @param test name of the test
 * @param themesTested themes in the family adjusted together
 */
public record TrendMethod(String test, DateRange recent, DateRange baseline, double fdr,
                     int minRecent, int emergingMaxBaseline, double minRateRatio,
                     int themesTested) {
}
