package io.verbatim.training;

import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.sentiment.TrainedSentiment;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.model.Token;
import io.verbatim.testing.PublicData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the first 600 sealed clothing reviews (the part it was not trained on),
 * read by the evaluation's own reader, scored as the pipeline labels a comment (score against
 * the default thresholds), on the whole comment (title + text) and on the review text alone.
 * Needs the public data (see PublicData).
 */
class ClothingHeldOutTest {

  private static final int LIMIT = 600;

  // Measured on these 600 sealed reviews (model trained on clothing + UCI dev parts): title +
  // text 0.668, text only 0.644, via sentences 0.474.
  static final double FLOOR = 0.63;
  static final double TEXT_ONLY_FLOOR = 0.61;
  static final double VIA_SENTENCES_FLOOR = 0.43;

  @Test
  void heldOutMacroF1AboveFloor() throws Exception {
    Assumptions.assumeTrue(TrainedSentiment.shippedAvailable(), "no shipped model");
    Path data = PublicData.file(ClothingCorpus.FILE);
    List<LabelledText> reviews = ClothingReviewsReader.read(data, LIMIT);
    List<ClothingCorpus.Review> test = reviews.stream()
        .map(r -> new ClothingCorpus.Review(r.id(), "", r.text(), r.label(), true, 0)).toList();
    VerbatimConfig.Annotation config = ConfigLoader.defaults().annotation();
    SentimentTraining.HeldOut comments = score(reviews, test, LabelledText::text, config);
    SentimentTraining.HeldOut textOnly =
        score(reviews, test, ClothingReviewsReader::reviewText, config);
    double f1 = comments.commentByScore().macroF1();
    System.out.printf(Locale.ROOT, "held-out %d reviews: title + text macro-F1 %.3f (argmax"
            + " %.3f, via sentences %.3f); text only %.3f%n", test.size(), f1,
        comments.comment().macroF1(), comments.viaSentences().macroF1(),
        textOnly.commentByScore().macroF1());
    assertTrue(f1 >= FLOOR, "held-out macro-F1 " + f1 + " below " + FLOOR);
    assertTrue(textOnly.commentByScore().macroF1() >= TEXT_ONLY_FLOOR,
        "text only " + textOnly.commentByScore().macroF1());
    assertTrue(comments.viaSentences().macroF1() >= VIA_SENTENCES_FLOOR,
        "via sentences " + comments.viaSentences().macroF1());
  }

  private static SentimentTraining.HeldOut score(List<LabelledText> reviews,
                                                 List<ClothingCorpus.Review> test,
                                                 Function<LabelledText, String> text,
                                                 VerbatimConfig.Annotation config) {
    List<List<List<Token>>> sentences =
        Parallel.map(reviews, 2, r -> SentimentTraining.tokenize(text.apply(r)));
    return SentimentTraining.evaluate(TrainedSentiment.shipped().model(), test, sentences,
        config);
  }
}
