package io.verbatim.model;

import java.io.Serializable;

/**
 * A theme with the figures measured over the comments that mention it (or one of its
 * sub-themes).
 *
 * @param comments distinct comments mentioning it
 * @param share comments / all accepted comments
 * @param sentimentMean mean sentiment of the sentences mentioning it, -1..1
 * @param negativeShare share of those sentences labelled negative
 * @param trend share of comments in the recent window minus share in the window before, in
 *     points of share (-1..1); null when the input has no dates
 * @param scoreImpact mean score of comments with the theme minus mean of those without; null
 *     without a score column
 */
public record ThemeSummary(Theme theme, long comments, double share, double sentimentMean,
                           double negativeShare, Double trend, Double scoreImpact)
    implements Serializable {
}
