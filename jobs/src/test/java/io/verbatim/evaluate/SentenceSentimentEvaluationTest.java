package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.AspectXmlReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Confusion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.testing.PublicData;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality floors for sentence sentiment across domains on a fixed sample of SemEval-2014 (the
 * first 1,000 sentences of each file, of which those with one polarity are scored), a little
 * under the figures measured on it, so a regression fails the build.
 */
@Tag("evaluation")
class SentenceSentimentEvaluationTest {

  private static final int SAMPLE = 1000;

  @Test
  void onlySentencesWithOnePolarityAreScored() {
    AspectSentence mixed = new AspectSentence("1", "The tea was hot but the cake was stale.",
        List.of(new AspectSentence.Term("tea", "positive", 4, 7),
            new AspectSentence.Term("cake", "negative", 24, 28)));
    AspectSentence one = new AspectSentence("2", "Nice tea, and a lovely cake.",
        List.of(new AspectSentence.Term("tea", "positive", 5, 8),
            new AspectSentence.Term("cake", "positive", 23, 27),
            new AspectSentence.Term("Nice", "conflict", 0, 4)));
    AspectSentence none = new AspectSentence("3", "We went on a Sunday.", List.of());
    List<LabelledText> scored =
        SentenceSentimentEvaluation.singlePolarity(List.of(mixed, one, none));
    assertEquals(List.of(new LabelledText("2", one.text(), "positive")), scored);
  }

  @Test
  void sentenceSentimentStaysAboveItsFloors() throws Exception {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    SentenceSentimentEvaluation sentences = new SentenceSentimentEvaluation(
        new CommentAnnotator(a), a.negativeBelow(), a.positiveAbove(), 2);
    TaskResult restaurants = sentences.run("sentiment.sentences.restaurants", "restaurants",
        Evaluation.RESTAURANTS,
        AspectXmlReader.read(PublicData.file(Evaluation.RESTAURANTS), SAMPLE));
    TaskResult laptops = sentences.run("sentiment.sentences.laptops", "laptops",
        Evaluation.LAPTOPS, AspectXmlReader.read(PublicData.file(Evaluation.LAPTOPS), SAMPLE));

    // Measured on this sample: restaurants accuracy 0.728, macro-F1 0.627 (534 sentences);
    // laptops accuracy 0.671, macro-F1 0.619 (417 sentences). The trained model alone, before
    // the opinion word list decided sentence labels, reached 0.38 and 0.50 on the full sets.
    assertFloor(restaurants, 0.70, 0.60);
    assertFloor(laptops, 0.64, 0.59);
  }

  private static void assertFloor(TaskResult r, double accuracy, double macroF1) {
    Confusion c = r.confusion();
    String figures = r.key() + ": accuracy " + c.accuracy() + ", macro-F1 " + c.macroF1() + " "
        + c.matrix();
    assertTrue(r.items() > 300, figures);
    assertTrue(c.accuracy() >= accuracy, figures);
    assertTrue(c.macroF1() >= macroF1, figures);
  }
}
