package io.verbatim.digest;

/**
 * How much customers wrote.
 *
 * @param digestDay comments dated on the digest date
 * @param recent comments in the recent window
 * @param recentDailyMean recent comments per day
 * @param baselineDailyMean baseline comments per day, over the baseline days the data covers;
 *     null when it covers none
 * @param change recent daily mean / baseline daily mean - 1; null without a baseline
 * @param run the whole run's counts, null when not given
 */
public record Volume(long digestDay, long recent, double recentDailyMean,
                     Double baselineDailyMean, Double change, RunCounts run) {
}
