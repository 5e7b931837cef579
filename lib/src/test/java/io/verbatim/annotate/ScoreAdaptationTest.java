package io.verbatim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The run-time in-domain model: score ends, the weak-label sample, fitting and blending. The
 * domain's words are made up ("zorbly", "flimpish"), so no general model or lexicon knows them:
 * whatever they come to mean is learnt from the scores alone.
 */
class ScoreAdaptationTest {

  private static final VerbatimConfig.Annotation CONFIG = ConfigLoader.defaults().annotation();

  @Test
  void theEndsAreTheLowestAndHighestQuarterOfTheRange() {
    ScoreEnds stars = new ScoreEnds(1, 5);
    assertEquals(List.of(ScoreEnds.NEGATIVE, ScoreEnds.NEGATIVE, ScoreEnds.NONE,
            ScoreEnds.POSITIVE, ScoreEnds.POSITIVE),
        List.of(1.0, 2.0, 3.0, 4.0, 5.0).stream().map(stars::weakLabel).toList());
    ScoreEnds nps = new ScoreEnds(0, 10);
    assertEquals(ScoreEnds.NEGATIVE, nps.weakLabel(2.0));
    assertEquals(ScoreEnds.NONE, nps.weakLabel(3.0));
    assertEquals(ScoreEnds.NONE, nps.weakLabel(7.0));
    assertEquals(ScoreEnds.POSITIVE, nps.weakLabel(8.0));
    assertEquals(ScoreEnds.NONE, nps.weakLabel(null));
    assertEquals(ScoreEnds.NONE, new ScoreEnds(4, 4).weakLabel(4.0), "one value has no ends");
  }

  @Test
  void theSampleIsTheSameHoweverTheCommentsArePartitioned() {
    List<AnalyzedComment> comments = corpus(40, 40, 10);
    WeakLabels whole = new WeakLabels(new ScoreEnds(1, 5), 25);
    comments.forEach(whole::add);
    WeakLabels left = new WeakLabels(new ScoreEnds(1, 5), 25);
    WeakLabels right = new WeakLabels(new ScoreEnds(1, 5), 25);
    List<AnalyzedComment> reversed = new ArrayList<>(comments);
    java.util.Collections.reverse(reversed);
    reversed.subList(0, 37).forEach(right::add);
    reversed.subList(37, reversed.size()).forEach(left::add);
    WeakLabels merged = left.merge(right);
    assertEquals(25, whole.negatives());
    assertEquals(25, whole.positives());
    assertEquals(whole.examples(), merged.examples());
  }

  @Test
  void commentsOutsideTheEndsOrNotAnalysedAreNoLabels() {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    weak.add(comment("m", 3.0, "zorbly indeed"));
    weak.add(comment("n", null, "zorbly indeed"));
    weak.add(CommentAnnotator.notAnalysed(new Comment("x", null, "zorbly", 5.0, null, "t", 1)));
    assertEquals(0, weak.negatives() + weak.positives());
  }

  @Test
  void wordsTheScoresFavourDecideTheAdaptedScore() {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    corpus(120, 120, 30).forEach(weak::add);
    ScoreAdaptation adaptation = ScoreAdaptation.fit(weak, CONFIG).orElseThrow();
    AnalyzedComment praise = comment("p", null, "it was zorbly");
    AnalyzedComment complaint = comment("c", null, "it was flimpish");
    assertTrue(adaptation.inDomain(praise) > 0.3, "in-domain " + adaptation.inDomain(praise));
    assertTrue(adaptation.inDomain(complaint) < -0.3);
    AnalyzedComment adaptedPraise = adaptation.apply(praise);
    assertEquals(SentimentLabel.POSITIVE, adaptedPraise.sentimentLabel());
    assertEquals(SentimentLabel.NEGATIVE, adaptation.apply(complaint).sentimentLabel());
    assertEquals(adaptation.inDomain(praise), adaptedPraise.sentimentScore(), 1e-12,
        "before calibration the in-domain score is the score");
    assertEquals(praise.sentences(), adaptedPraise.sentences(), "sentences keep their scores");
  }

  @Test
  void theBandLabelsAsManyCommentsAtEachEndAsWereScoredThere() {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    List<AnalyzedComment> input = corpus(100, 200, 100);
    input.forEach(weak::add);
    assertEquals(0.25, weak.lowShare(), 1e-12);
    assertEquals(0.5, weak.highShare(), 1e-12);
    ScoreAdaptation fitted = ScoreAdaptation.fit(weak, CONFIG).orElseThrow();
    // Spread the in-domain scores evenly, as a real input's would be.
    double[] spread = new double[401];
    for (int i = 0; i < spread.length; i++) {
      spread[i] = -1 + 2.0 * i / (spread.length - 1);
    }
    ScoreAdaptation a = fitted.calibrated(spread);
    assertEquals(-0.5, a.band().low(), 1e-12);
    assertEquals(0.0, a.band().high(), 1e-12);
    double nb = CONFIG.negativeBelow();
    double pa = CONFIG.positiveAbove();
    assertEquals(nb, a.band().map(-0.5, nb, pa), 1e-12, "the band's ends map onto the thresholds");
    assertEquals(pa, a.band().map(0.0, nb, pa), 1e-12);
    assertEquals(-1, a.band().map(-1, nb, pa), 1e-12);
    assertEquals(1, a.band().map(1, nb, pa), 1e-12);
    assertTrue(a.band().map(-0.6, nb, pa) < nb && a.band().map(0.1, nb, pa) > pa);
    assertTrue(a.band().map(-0.4, nb, pa) > nb && a.band().map(-0.1, nb, pa) < pa);
  }

  @Test
  void theGeneralScoreIsOneOfTheInDomainModelsFeatures() {
    AnalyzedComment c = comment("g", 5.0, "it was fine");
    AnalyzedComment confident = new AnalyzedComment(c.comment(), c.sentences(), 0.8,
        SentimentLabel.POSITIVE);
    assertEquals(ScoreAdaptation.GENERAL_SCALE * 0.8,
        ScoreAdaptation.features(confident).get(ScoreAdaptation.GENERAL_FEATURE), 1e-12);
  }

  @Test
  void tooFewCommentsAtAnEndFitNothing() {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    corpus(ScoreAdaptation.MIN_PER_END - 1, 200, 0).forEach(weak::add);
    assertEquals(Optional.empty(), ScoreAdaptation.fit(weak, CONFIG));
  }

  @Test
  void commentsTheModelsDidNotReadAreLeftAlone() {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    corpus(60, 60, 0).forEach(weak::add);
    ScoreAdaptation adaptation = ScoreAdaptation.fit(weak, CONFIG).orElseThrow();
    AnalyzedComment foreign =
        CommentAnnotator.notAnalysed(new Comment("f", null, "zorbly", 5.0, null, "t", 1));
    assertSame(foreign, adaptation.apply(foreign));
  }

  @Test
  void theFittedAdaptationTravelsToWorkersIntact() throws IOException, ClassNotFoundException {
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    corpus(60, 60, 0).forEach(weak::add);
    ScoreAdaptation adaptation = ScoreAdaptation.fit(weak, CONFIG).orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(adaptation);
    }
    ScoreAdaptation copy;
    try (ObjectInputStream in =
             new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ScoreAdaptation) in.readObject();
    }
    AnalyzedComment c = comment("p", null, "it was zorbly");
    assertEquals(adaptation.apply(c).sentimentScore(), copy.apply(c).sentimentScore(), 1e-12);
    assertNotEquals(c.sentimentScore(), copy.apply(c).sentimentScore());
  }

  /** Comments scored 1 that say "flimpish", 5 that say "zorbly", and 3 that say neither. */
  private static List<AnalyzedComment> corpus(int low, int high, int middle) {
    List<AnalyzedComment> out = new ArrayList<>();
    String[] fillers = {"the thing", "my order", "this one", "the new model", "it"};
    for (int i = 0; i < low; i++) {
      out.add(comment("l" + i, i % 2 == 0 ? 1.0 : 2.0,
          fillers[i % fillers.length] + " was flimpish again"));
    }
    for (int i = 0; i < high; i++) {
      out.add(comment("h" + i, i % 2 == 0 ? 5.0 : 4.0,
          fillers[i % fillers.length] + " was zorbly again"));
    }
    for (int i = 0; i < middle; i++) {
      out.add(comment("m" + i, 3.0, fillers[i % fillers.length] + " arrived on monday"));
    }
    return out;
  }

  /** An analysed one-sentence comment with a neutral general score. */
  private static AnalyzedComment comment(String id, Double score, String text) {
    List<Token> tokens = Arrays.stream(text.split(" "))
        .map(w -> new Token(w, w.toLowerCase(Locale.ROOT), "NN")).toList();
    Sentence s = Sentence.annotated(0, text, tokens, 0, SentimentLabel.NEUTRAL);
    return new AnalyzedComment(new Comment(id, null, text, score, null, "t", 1), List.of(s), 0,
        SentimentLabel.NEUTRAL);
  }
}
