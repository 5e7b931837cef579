package io.verbatim.digest;

/**
 * A theme's mean sentence sentiment now against its baseline. Descriptive only: the inputs are
 * daily means, without the spread a test would need, so the sentence counts are shown beside the
 * means and themes with too few sentences are left out.
 *
 * @param change recent mean minus baseline mean (-2..2)
 */
public record SentimentShift(ThemeRef theme, long recentSentences, double recentMean,
                             long baselineSentences, double baselineMean, double change) {
}
