package io.verbatim.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.evaluate.ClothingReviewsReader;
import io.verbatim.evaluate.LabelledText;
import io.verbatim.model.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the first 600 held-out clothing reviews (the split it was not trained on),
 * read by the evaluation's own reader. Skipped when the public data is not there.
 */
class ClothingHeldOutTest {

  private static final int LIMIT = 600;

  @Test
  void heldOutMacroF1AboveFloor() throws Exception {
    Assumptions.assumeTrue(TrainedSentiment.shippedAvailable(), "no shipped model");
    Path data = Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"),
            Path.of("/work/shared/data"))
        .map(p -> p.resolve(ClothingCorpus.FILE)).filter(Files::isReadable)
        .findFirst().orElse(null);
    Assumptions.assumeTrue(data != null, "public evaluation data not available");
    List<LabelledText> reviews = ClothingReviewsReader.read(data, LIMIT);
    List<ClothingCorpus.Review> test = reviews.stream()
        .map(r -> new ClothingCorpus.Review(r.id(), "", r.text(), r.label(), true)).toList();
    SentimentTraining.tag("Warm-up.");
    long started = System.nanoTime();
    List<List<List<Token>>> sentences =
        io.verbatim.evaluate.Parallel.map(test, 2, r -> SentimentTraining.tag(r.text()));
    double tagSeconds = (System.nanoTime() - started) / 1e9;
    SentimentTraining.Result r = SentimentTraining.evaluate(
        TrainedSentiment.shipped().model(), test, sentences);
    double f1 = r.comment().macroF1();
    System.out.printf(java.util.Locale.ROOT, "held-out %d reviews: macro-F1 %.3f (by score %.3f,"
            + " via sentences %.3f); %d sentences tagged in %.2f s on 2 threads, scored in %.3f s"
            + " on one%n", test.size(), f1, r.commentByScore().macroF1(),
        r.viaSentences().macroF1(), r.sentences(), tagSeconds, r.scoreSeconds());
    assertTrue(f1 >= FLOOR, "held-out macro-F1 " + f1 + " below " + FLOOR);
    assertTrue(Objects.requireNonNull(r.viaSentences()).macroF1() >= VIA_SENTENCES_FLOOR,
        "via sentences " + r.viaSentences().macroF1());
  }

  static final double FLOOR = 0.58;
  static final double VIA_SENTENCES_FLOOR = 0.45;
}
