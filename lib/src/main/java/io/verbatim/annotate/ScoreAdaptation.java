package io.verbatim.annotate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.SentimentLabel;
import io.verbatim.sentiment.SentimentFeatures;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.sentiment.SentimentTrainer;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sentiment adapted to the customer's own domain ({@code annotation.adaptFromScore}): a small
 * model fitted at run time on the comments whose scores sit at the two ends of the range
 * ({@link WeakLabels}). Customers write about their own products in their own words, which no
 * public training set knows; their scores say which of those words go with praise and which
 * with complaint.
 *
 * <p>The general model is not thrown away but stacked: its comment score is one more feature of
 * the in-domain model, so the fit itself decides how far to trust it in this domain (far where
 * it already reads the domain well, little where it does not). The in-domain model never sees a
 * neutral example, so its scores say which way a comment leans, not whether it leans enough:
 * the neutral band is set from the scores instead ({@link #calibrated}), so that as many comments
 * come out negative and positive as were scored at the low and high end, and the configured
 * thresholds cut there.
 *
 * <p>Only comment scores change: the model learns from whole comments, and nothing says its
 * weights hold for a sentence or a theme's clause. Serializable (the fitted model is plain
 * arrays), so a job can broadcast it.
 *
 * @param model the in-domain model (negative and positive classes; neutral never seen)
 * @param band where the in-domain score crosses into negative and positive; null before
 *     {@link #calibrated}, when the configured thresholds apply to the score as it is
 * @param labels the configured label thresholds
 * @param weak what the model was fitted on: counts and shares
 */
public record ScoreAdaptation(SentimentModel model, Band band, VerbatimConfig.Annotation labels,
                              Fitted weak) implements Serializable {

  /**
   * Fewest weak labels at each end worth fitting on: below this the in-domain model is noise,
   * and the comments keep their general scores.
   */
  public static final int MIN_PER_END = 50;
  /** The feature that carries the general model's comment score into the in-domain model. */
  static final String GENERAL_FEATURE = "general:score";
  /**
   * The general score's feature value is this times the score, so a confident general verdict
   * weighs about as much as a comment's words do together ({@link SentimentFeatures#NGRAM_NORM}).
   */
  static final double GENERAL_SCALE = SentimentFeatures.NGRAM_NORM;
  /**
   * Fitting settings: the trainer's defaults, with a stronger L2 penalty than the general model's
   * (a few thousand weak labels, not tens of thousands of gold ones) and every word seen at least
   * twice.
   */
  static final SentimentTrainer.Options OPTIONS =
      new SentimentTrainer.Options(8, 0.02, 1e-4, 2, 20261206L, true);

  /**
   * What the in-domain model was fitted on.
   *
   * @param negatives weak negative examples (at most {@link WeakLabels#PER_END})
   * @param positives weak positive examples
   * @param lowShare share of all scored comments at the low end
   * @param highShare share of all scored comments at the high end
   */
  public record Fitted(int negatives, int positives, double lowShare, double highShare)
      implements Serializable {
  }

  /**
   * The in-domain scores at which a comment turns negative ({@code low}) and positive
   * ({@code high}); mapped onto the configured thresholds, piecewise linearly, so the score
   * stays in -1..1, keeps its order and is labelled by the usual thresholds.
   */
  public record Band(double low, double high) implements Serializable {

    double map(double d, double negativeBelow, double positiveAbove) {
      if (d <= low) {
        return low <= -1 ? negativeBelow : -1 + (d + 1) / (low + 1) * (negativeBelow + 1);
      }
      if (d >= high) {
        return high >= 1 ? positiveAbove
            : positiveAbove + (d - high) / (1 - high) * (1 - positiveAbove);
      }
      return negativeBelow + (d - low) / (high - low) * (positiveAbove - negativeBelow);
    }
  }

  /**
   * Fits the in-domain model, or nothing when either end has fewer than {@value #MIN_PER_END}
   * comments (scores all at one end, or too few scored comments).
   */
  public static Optional<ScoreAdaptation> fit(WeakLabels weak, VerbatimConfig.Annotation config) {
    if (weak.negatives() < MIN_PER_END || weak.positives() < MIN_PER_END) {
      return Optional.empty();
    }
    return Optional.of(new ScoreAdaptation(SentimentTrainer.train(weak.examples(), OPTIONS),
        null, config, new Fitted(weak.negatives(), weak.positives(), weak.lowShare(),
        weak.highShare())));
  }

  /** What the in-domain model reads of a comment: its words and the general model's score. */
  static Map<String, Double> features(AnalyzedComment c) {
    Map<String, Double> f = new LinkedHashMap<>(SentimentFeatures.values(WeakLabels.tokens(c)));
    f.put(GENERAL_FEATURE, GENERAL_SCALE * c.sentimentScore());
    return f;
  }

  /** The in-domain score of a comment, -1..1: P(positive) - P(negative), before the band. */
  public double inDomain(AnalyzedComment c) {
    return model.scoresOfFeatures(features(c)).score();
  }

  /**
   * This adaptation with its neutral band set from the in-domain scores of the comments it will
   * score (all of them, or a fair sample): the lowest {@code lowShare} of them become negative,
   * the highest {@code highShare} positive. No label is read, only scores.
   */
  public ScoreAdaptation calibrated(double[] inDomainScores) {
    if (inDomainScores.length == 0) {
      return this;
    }
    double[] s = inDomainScores.clone();
    Arrays.sort(s);
    int n = s.length - 1;
    double low = s[(int) Math.floor(weak.lowShare() * n)];
    double high = s[(int) Math.ceil((1 - weak.highShare()) * n)];
    return low < high ? new ScoreAdaptation(model, new Band(low, high), labels, weak) : this;
  }

  /**
   * The comment with its adapted score (the in-domain score, mapped through the band) and the
   * label the configured thresholds give it. A comment the models did not read (another
   * language, no words) is returned as it is.
   */
  public AnalyzedComment apply(AnalyzedComment c) {
    if (!c.analysed() || c.sentences().isEmpty()) {
      return c;
    }
    double d = inDomain(c);
    double score = band == null ? d : band.map(d, labels.negativeBelow(), labels.positiveAbove());
    return new AnalyzedComment(c.comment(), c.sentences(), score,
        SentimentLabel.of(score, labels.negativeBelow(), labels.positiveAbove()));
  }
}
