package io.verbatim.training;

import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.sentiment.SentimentModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.verbatim.labelled.UciSentences;

/** The model shipped on the classpath: loads fast, carries provenance, labels clear cases. */
class ShippedModelTest {

  @BeforeAll
  static void needsModel() {
    Assumptions.assumeTrue(TrainedSentiment.shippedAvailable(),
        "no shipped model yet (bin/verbatim train)");
  }

  @Test
  void loadsFastWithProvenance() {
    long started = System.nanoTime();
    SentimentModel model = TrainedSentiment.shipped().model();
    double seconds = (System.nanoTime() - started) / 1e9;
    assertTrue(seconds < 2, "loading took " + seconds + " s");
    assertSame(model, TrainedSentiment.shipped().model());
    assertNotNull(model.provenance());
    // Both training sets and their licences, by path relative to the data folder, with hashes.
    assertTrue(model.provenance().path("data").get(0).path("licence").asText().startsWith("CC0"));
    assertEquals(UciSentences.LICENCE,
        model.provenance().path("data").get(1).path("licence").asText());
    assertEquals(UciSentences.file("amazon_cells"),
        model.provenance().path("data").get(1).path("file").asText());
    assertEquals(64, model.provenance().path("data").get(1).path("sha256").asText().length());
    assertTrue(model.provenance().path("heldOutMetrics").path("titleAndText")
        .path("commentByScore").path("macroF1").asDouble() > 0.5);
  }

  @Test
  void labelsClearCases() {
    assertEquals(SentimentLabel.POSITIVE, label("The dress is beautiful and fits perfectly."));
    assertEquals(SentimentLabel.NEGATIVE, label("Terrible quality, it ripped after one wash."));
    assertEquals(SentimentLabel.NEGATIVE, label("Awful service, the parcel came late and broken."));
  }

  /**
   * Out of its domain the model only leans: a terse travel complaint reads negative but short of
   * a label. Sentence labels in a run come from the opinion word list whenever a sentence holds
   * an opinion (CommentAnnotator), and CommentAnnotatorTest asserts that such complaints come
   * out negative there.
   */
  @Test
  void leansNegativeOnATerseComplaintFromAnotherDomain() {
    List<Token> tokens = new ArrayList<>();
    SentimentTraining.tokenize("Delayed again, 4 hours.").forEach(tokens::addAll);
    assertTrue(TrainedSentiment.shipped().scores(tokens).score() < 0);
  }

  @Test
  void serialisesWithoutWeights() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(TrainedSentiment.shipped());
    }
    assertTrue(bytes.size() < 1000, bytes.size() + " bytes");
    try (ObjectInputStream in =
             new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TrainedSentiment copy = (TrainedSentiment) in.readObject();
      assertSame(TrainedSentiment.shipped().model(), copy.model());
    }
  }

  private static SentimentLabel label(String text) {
    List<Token> tokens = new ArrayList<>();
    SentimentTraining.tokenize(text).forEach(tokens::addAll);
    return TrainedSentiment.shipped().scores(tokens).label();
  }
}
