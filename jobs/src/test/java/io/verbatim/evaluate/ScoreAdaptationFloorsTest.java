package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.testing.PublicData;
import io.verbatim.training.SentimentTraining;
import io.verbatim.training.TrainingSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A floor for annotation.adaptFromScore on a fixed sample: the first {@value #SEALED} sealed
 * clothing reviews, weak labels from the first {@value #DEV} dev reviews' ratings, the general
 * model one that never saw clothing (fitted here on the UCI dev parts: the case adaptation is
 * for). Guards under the figures measured on this sample, not targets; the sample and the fit
 * are fixed, so the figures repeat exactly until the code changes.
 */
@Tag("evaluation")
class ScoreAdaptationFloorsTest {

  private static final int SEALED = 400;
  private static final int DEV = 1200;

  @Test
  void adaptingToTheRatingsBeatsAModelThatNeverSawTheDomain() throws Exception {
    TrainingSet uci = TrainingSet.read(PublicData.folder(), 0, 2);
    TrainedSentiment withoutClothing = TrainedSentiment.inMemory("floors-without-clothing",
        SentimentTraining.fit(uci, SentimentTrainer.Options.defaults()));
    List<TaskResult> rows = new ScoreAdaptationEvaluation(
        ConfigLoader.defaults().annotation(), 2).run(
        ClothingCorpus.read(PublicData.folder().resolve(ClothingCorpus.FILE)), SEALED, DEV,
        Map.of("lodo", withoutClothing));
    double none = macroF1(rows, "lodo.none");
    double adapted = macroF1(rows, "lodo.dev-scores");
    // Measured on this sample: 0.528 not adapted, 0.565 adapted. (Too few sealed reviews rated
    // 1-2 here to cross-fit on their own ratings: that row needs 50 per end in each fit.)
    assertTrue(adapted >= none + 0.015, "adapted " + adapted + " against " + none);
    assertTrue(adapted >= 0.53, "adapted " + adapted);
  }

  private static double macroF1(List<TaskResult> rows, String key) {
    TaskResult r = rows.stream().filter(x -> x.key().equals(ScoreAdaptationEvaluation.PREFIX
        + key)).findFirst().orElseThrow();
    System.out.printf(Locale.ROOT, "%s (n=%d): macro-F1 %.3f, confusion %s%n", r.key(),
        r.items(), r.confusion().macroF1(), r.confusion().matrix());
    return r.confusion().macroF1();
  }
}
