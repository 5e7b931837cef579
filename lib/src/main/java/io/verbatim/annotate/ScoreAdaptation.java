package io.verbatim.annotate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.sentiment.SentimentTrainer;
import java.io.Serializable;
import java.util.Optional;

/**
 * Sentiment adapted to the customer's own domain ({@code annotation.adaptFromScore}): a small
 * model fitted at run time on the comments whose scores sit at the two ends of the range
 * ({@link WeakLabels}), blended with the general comment score. Customers write about their own
 * products in their own words, which no public training set knows; their scores say which of
 * those words go with praise and which with complaint.
 *
 * <p>Only comment scores change: the in-domain model learns from whole comments, and nothing
 * says its weights hold for a sentence or a theme's clause. Serializable (the fitted model is
 * plain arrays), so a job can broadcast it.
 *
 * @param model the in-domain model (negative and positive classes; neutral never seen)
 * @param labels how the blended score is labelled: the configured path's thresholds
 * @param negatives weak negative examples it was fitted on
 * @param positives weak positive examples it was fitted on
 */
public record ScoreAdaptation(SentimentModel model, VerbatimConfig.Annotation labels,
                              int negatives, int positives) implements Serializable {

  /**
   * Fewest weak labels at each end worth fitting on: below this the in-domain model is noise,
   * and the comments keep their general scores.
   */
  public static final int MIN_PER_END = 50;
  /** The in-domain model's share of the blended comment score; the general model keeps the rest. */
  public static final double WEIGHT = 0.5;
  /**
   * Fitting settings: the trainer's defaults, with a stronger L2 penalty than the general model's
   * (a few thousand weak labels, not tens of thousands of gold ones) and every word seen at least
   * twice.
   */
  static final SentimentTrainer.Options OPTIONS =
      new SentimentTrainer.Options(8, 0.02, 1e-4, 2, 20261206L, true);

  /**
   * Fits the in-domain model, or nothing when either end has fewer than {@value #MIN_PER_END}
   * comments (scores all at one end, or too few scored comments).
   */
  public static Optional<ScoreAdaptation> fit(WeakLabels weak, VerbatimConfig.Annotation config) {
    if (weak.negatives() < MIN_PER_END || weak.positives() < MIN_PER_END) {
      return Optional.empty();
    }
    return Optional.of(new ScoreAdaptation(SentimentTrainer.train(weak.examples(), OPTIONS),
        config, weak.negatives(), weak.positives()));
  }

  /** The in-domain score of a comment's text, -1..1: P(positive) - P(negative). */
  public double inDomain(AnalyzedComment c) {
    return model.scores(WeakLabels.tokens(c)).score();
  }

  /**
   * The comment with its score blended: (1 - {@value #WEIGHT}) general + {@value #WEIGHT}
   * in-domain, labelled by the configured path's thresholds. A comment the models did not read
   * (another language, no words) is returned as it is.
   */
  public AnalyzedComment apply(AnalyzedComment c) {
    if (!c.analysed() || c.sentences().isEmpty()) {
      return c;
    }
    double score = (1 - WEIGHT) * c.sentimentScore() + WEIGHT * inDomain(c);
    return new AnalyzedComment(c.comment(), c.sentences(), score,
        SentenceSentiment.named(labels.sentiment())
            .label(score, labels.negativeBelow(), labels.positiveAbove()));
  }
}
