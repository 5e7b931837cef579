package io.verbatim.evaluate;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.annotate.ScoreAdaptation;
import io.verbatim.annotate.ScoreEnds;
import io.verbatim.annotate.WeakLabels;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.Parallel;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.sentiment.TrainedSentiment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.zip.CRC32;

/**
 * {@code annotation.adaptFromScore} on the clothing reviews, with the 1-5 rating as the score a
 * run would read: comment macro-F1 on the sealed reviews without adaptation and with the
 * in-domain model fitted as {@code run} fits it ({@link WeakLabels}, {@link ScoreAdaptation}), on
 * two sources of weak labels:
 * <ul>
 *   <li><b>dev scores</b>: the ratings of the dev part (the reviews the sealed ones are not), as
 *       a customer's earlier scored comments would be;</li>
 *   <li><b>own scores, cross-fitted</b>: the sealed reviews' own ratings, as a run uses the
 *       scores that come with the comments it reads, but in {@value #FOLDS} folds, each fold
 *       scored by a model fitted on the other folds, so no review's rating ever reaches its own
 *       score. (The gold label is that same rating, 1-2 / 3 / 4-5, so fitting a review on its own
 *       rating would measure nothing.)</li>
 * </ul>
 * Each for two general models: the shipped one (whose training saw the clothing dev part, so
 * clothing is not new to it) and the model fitted here without the clothing reviews (the
 * leave-one-domain-out model: the customer's domain unseen, the case adaptation is for).
 * The other matrix domains have no score column, so adaptation changes nothing there.
 */
final class ScoreAdaptationEvaluation {

  static final String PREFIX = "adapt.clothing.";
  static final int FOLDS = 5;
  /** Dev reviews read for weak labels when no limit is given: annotated once per model. */
  static final int DEFAULT_DEV_LIMIT = 5000;

  private final VerbatimConfig.Annotation config;
  private final int threads;

  ScoreAdaptationEvaluation(VerbatimConfig.Annotation config, int threads) {
    this.config = config;
    this.threads = threads;
  }

  /**
   * @param reviews every clothing review (dev and sealed)
   * @param sealedLimit sealed reviews scored (with text, in file order), as the clothing row
   * @param devLimit dev reviews read for weak labels (in file order)
   * @param models the general models by row name ("trained", "trained-lodo")
   */
  List<TaskResult> run(List<ClothingCorpus.Review> reviews, int sealedLimit, int devLimit,
                       Map<String, TrainedSentiment> models) {
    List<ClothingCorpus.Review> sealed = reviews.stream()
        .filter(r -> r.heldOut() && !r.text().isEmpty()).limit(sealedLimit).toList();
    List<ClothingCorpus.Review> dev = reviews.stream().filter(r -> !r.heldOut())
        .limit(devLimit).toList();
    List<TaskResult> out = new ArrayList<>();
    for (Map.Entry<String, TrainedSentiment> m : models.entrySet()) {
      CommentAnnotator annotator = new CommentAnnotator(config, m.getValue());
      Stopwatch clock = new Stopwatch();
      List<AnalyzedComment> general = annotate(annotator, sealed);
      double seconds = clock.seconds();
      long sentences = general.stream().mapToLong(a -> a.sentences().size()).sum();
      out.addAll(rows(m.getKey(), sealed, general, annotate(annotator, dev),
          List.of(new Speed("annotate (" + m.getKey() + ")", sentences, seconds, threads))));
    }
    return out;
  }

  /**
   * The rows of one general model: its sealed comments as annotated, and as adapted to the dev
   * part's ratings and to their own ratings cross-fitted. The in-domain model reads the general
   * score, so the dev comments must have been annotated with the same general model.
   */
  List<TaskResult> rows(String name, List<ClothingCorpus.Review> sealed,
                        List<AnalyzedComment> general, List<AnalyzedComment> dev,
                        List<Speed> speeds) {
    List<TaskResult> out = new ArrayList<>();
    out.add(result(name + ".none", name + ", not adapted", sealed, general, speeds,
        "The general model alone, as run scores without annotation.adaptFromScore."));
    WeakLabels devWeak = new WeakLabels(ends(dev));
    dev.forEach(devWeak::add);
    // Too few rated reviews at an end (a small --limit) fits nothing: that row is left out.
    ScoreAdaptation.fit(devWeak, config).ifPresent(a -> out.add(result(name + ".dev-scores",
        name + ", adapted to the dev part's ratings", sealed, adapt(a, general, general),
        speeds, String.format(Locale.ROOT, "In-domain model fitted on %d dev reviews: %d"
            + " rated 1-2 as negative, %d rated 4-5 as positive (at most %d per end); neutral"
            + " band set on the sealed reviews' in-domain scores (no label read) to the dev"
            + " shares of low and high ratings, %.1f%% and %.1f%%.", dev.size(),
            a.weak().negatives(), a.weak().positives(), WeakLabels.PER_END,
            100 * a.weak().lowShare(), 100 * a.weak().highShare()))));
    crossFitted(sealed, general).ifPresent(adapted -> out.add(result(name + ".own-scores",
        name + ", adapted to the sealed reviews' own ratings (cross-fitted)", sealed, adapted,
        speeds, "In-domain model fitted on the sealed reviews' own ratings as a run would, in "
            + FOLDS + " folds by CRC-32 of the row index: each review is scored by a model"
            + " fitted on the other folds' ratings, never on its own; the band is set on every"
            + " sealed review's in-domain score (no label read), to the other folds' shares.")));
    return out;
  }

  /** {@code scored} adapted, the band set on the in-domain scores of {@code input} as run does. */
  private static List<AnalyzedComment> adapt(ScoreAdaptation fitted, List<AnalyzedComment> input,
                                             List<AnalyzedComment> scored) {
    ScoreAdaptation a = fitted.calibrated(input.stream().filter(c -> !c.sentences().isEmpty())
        .mapToDouble(fitted::inDomain).toArray());
    return scored.stream().map(a::apply).toList();
  }

  /** Every sealed review scored out of fold; empty when a fold's rest is too small to fit. */
  private Optional<List<AnalyzedComment>> crossFitted(List<ClothingCorpus.Review> sealed,
                                                      List<AnalyzedComment> general) {
    List<AnalyzedComment> out = new ArrayList<>(general);
    for (int k = 0; k < FOLDS; k++) {
      int fold = k;
      IntPredicate inFold = i -> fold(sealed.get(i).index()) == fold;
      List<AnalyzedComment> rest = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < sealed.size(); i++) {
        if (inFold.test(i)) {
          held.add(i);
        } else {
          rest.add(general.get(i));
        }
      }
      WeakLabels weak = new WeakLabels(ends(rest));
      rest.forEach(weak::add);
      Optional<ScoreAdaptation> fitted = ScoreAdaptation.fit(weak, config);
      if (fitted.isEmpty()) {
        return Optional.empty();
      }
      List<AnalyzedComment> adapted = adapt(fitted.get(), general,
          held.stream().map(general::get).toList());
      for (int j = 0; j < held.size(); j++) {
        out.set(held.get(j), adapted.get(j));
      }
    }
    return Optional.of(out);
  }

  private TaskResult result(String key, String title, List<ClothingCorpus.Review> sealed,
                            List<AnalyzedComment> scored, List<Speed> speeds, String note) {
    Confusion c = new Confusion(ClothingReviewsReader.LABELS);
    for (int i = 0; i < sealed.size(); i++) {
      c.add(sealed.get(i).label(), scored.get(i).sentimentLabel().value());
    }
    return new TaskResult(PREFIX + key, "Comment sentiment adapted to scores, clothing reviews: "
        + title, Evaluation.CLOTHING, sealed.size(), c, null, null, speeds, List.of(note,
        "Sealed part, the same reviews as sentiment.clothing; gold from the rating (1-2 / 3 /"
            + " 4-5). Headline: macro-F1."));
  }

  private List<AnalyzedComment> annotate(CommentAnnotator annotator,
                                         List<ClothingCorpus.Review> reviews) {
    annotator.warmUp();
    return Parallel.map(reviews, threads, r -> annotator.annotate(new Comment(r.index(), null,
        r.comment(), (double) r.rating(), null, Evaluation.CLOTHING, 0)));
  }

  /** The range of the scores the comments carry, as run observes it. */
  private static ScoreEnds ends(List<AnalyzedComment> comments) {
    double min = comments.stream().mapToDouble(c -> c.comment().score()).min().orElse(0);
    double max = comments.stream().mapToDouble(c -> c.comment().score()).max().orElse(0);
    return new ScoreEnds(min, max);
  }

  private static int fold(String index) {
    CRC32 crc = new CRC32();
    crc.update(index.strip().getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % FOLDS);
  }

  /** The two general models by row name, the shipped one first. */
  static Map<String, TrainedSentiment> models(TrainedSentiment shipped,
                                              TrainedSentiment withoutClothing) {
    Map<String, TrainedSentiment> m = new LinkedHashMap<>();
    m.put("trained", shipped);
    m.put("trained-lodo", withoutClothing);
    return m;
  }
}
