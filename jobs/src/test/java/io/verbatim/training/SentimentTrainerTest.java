package io.verbatim.training;

import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.sentiment.SentimentScores;
import io.verbatim.sentiment.SentimentFeatures;
import io.verbatim.sentiment.SentimentModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a tiny hand-written corpus; features; save and load. No CoreNLP needed. */
class SentimentTrainerTest {

  private static final String[][] CORPUS = {
      {"positive", "i love this lovely dress"},
      {"positive", "great fit and great colour"},
      {"positive", "beautiful soft fabric , love it"},
      {"positive", "perfect , comfortable and pretty"},
      {"positive", "excellent quality , happy with it"},
      {"positive", "the staff be friendly and helpful"},
      {"negative", "terrible quality , it rip after one wash"},
      {"negative", "awful fit , i return it"},
      {"negative", "poor fabric and cheap seam"},
      {"negative", "do not buy , very disappointed"},
      {"negative", "the delivery be late and the box damage"},
      {"negative", "not comfortable , not pretty"},
      {"neutral", "the dress be blue"},
      {"neutral", "i order a size medium"},
      {"neutral", "it arrive on tuesday"},
      {"neutral", "the colour be as show in the picture"},
  };

  /** Whitespace tokens, as tokenize + ssplit gives them: word forms, no POS tags. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      out.add(new Token(w, w.toLowerCase(Locale.ROOT), ""));
    }
    return out;
  }

  static SentimentModel tinyModel() {
    List<SentimentTrainer.Example> examples = new ArrayList<>();
    for (String[] row : CORPUS) {
      examples.add(new SentimentTrainer.Example(SentimentFeatures.values(tokens(row[1])),
          SentimentModel.LABELS.indexOf(row[0])));
    }
    return SentimentTrainer.train(examples,
        new SentimentTrainer.Options(30, 0.2, 1e-4, 1, 7L, true));
  }

  @Test
  void negationMarksUntilPunctuation() {
    List<String> f = SentimentFeatures.of(tokens("not good at all , nice"));
    assertTrue(f.contains("u:NOT_good"), f.toString());
    assertTrue(f.contains("u:NOT_all"), f.toString());
    assertTrue(f.contains("u:nice"), f.toString());
    assertTrue(f.contains("b:not NOT_good"), f.toString());
    assertTrue(f.contains("lex:neg") && f.contains("lex:pos"), f.toString());
  }

  @Test
  void learnsTheObvious() {
    SentimentModel model = tinyModel();
    assertEquals(SentimentLabel.POSITIVE, model.scores(tokens("lovely and comfortable")).label());
    assertEquals(SentimentLabel.NEGATIVE, model.scores(tokens("cheap and awful")).label());
    assertEquals(SentimentLabel.NEGATIVE, model.scores(tokens("not pretty")).label());
    SentimentScores s = model.scores(tokens("great dress"));
    assertEquals(1.0, s.negative() + s.neutral() + s.positive(), 1e-9);
    assertTrue(s.score() > 0 && s.score() <= 1);
  }

  @Test
  void aCommentIsScoredWithItsHeadAndNothingSaidIsNeutral() {
    SentimentModel model = tinyModel();
    List<Token> one = tokens("lovely and comfortable");
    assertEquals(model.scores(one), model.commentScores(List.of(one)));
    List<List<Token>> two = List.of(tokens("terrible quality , awful fit"),
        tokens("it arrive on tuesday"));
    assertEquals(model.scoresOfFeatures(SentimentFeatures.ofComment(two)),
        model.commentScores(two));
    assertEquals(SentimentLabel.NEGATIVE, model.commentScores(two).label());
    assertEquals(new SentimentScores(0, 1, 0),
        model.commentScores(List.of(tokens("..."), tokens("!"))));
  }

  /**
   * Every corpus sentence ten times under different ids, so each cross-validation fold holds
   * copies of every sentence: out of fold, the model should then label them all right.
   */
  @Test
  void tuningChoosesOffsetsThatLabelTheCorpusOutOfFold() {
    List<SentimentTrainer.Example> examples = new ArrayList<>();
    List<String> domains = new ArrayList<>();
    List<Integer> folds = new ArrayList<>();
    for (int copy = 0; copy < 10; copy++) {
      for (String[] row : CORPUS) {
        examples.add(new SentimentTrainer.Example(SentimentFeatures.values(tokens(row[1])),
            SentimentModel.LABELS.indexOf(row[0])));
        domains.add("test");
        folds.add(SentimentTraining.fold(copy + ":" + row[1]));
      }
    }
    TrainingSet set = new TrainingSet(examples, domains,
        folds.stream().mapToInt(Integer::intValue).toArray(), java.util.Map.of());
    SentimentTrainer.Options o = new SentimentTrainer.Options(30, 0.2, 1e-4, 1, 7L, true);
    SentimentTraining.Candidate tuned = SentimentTraining.tune(set, o);
    assertTrue(tuned.macroF1() > 0.9, "out-of-fold macro-F1 " + tuned.macroF1());
    assertEquals(0, tuned.offsets()[1]);
    assertTrue(Math.abs(tuned.offsets()[0]) <= SentimentTraining.OFFSET_RANGE
        && Math.abs(tuned.offsets()[2]) <= SentimentTraining.OFFSET_RANGE);
    var config = io.verbatim.config.ConfigLoader.defaults().annotation();
    SentimentModel fitted = SentimentTraining.fit(set, o);
    for (String[] row : CORPUS) {
      assertEquals(row[0], SentimentLabel.of(fitted.scores(tokens(row[1])).score(),
          config.negativeBelow(), config.positiveAbove()).value(), row[1]);
    }
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    assertArrayEquals(bytes(tinyModel()), bytes(tinyModel()));
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    SentimentModel model = tinyModel().withProvenance(
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
            .put("licence", "test corpus written for this test"));
    Path file = dir.resolve("sub/model.json.gz");
    model.save(file);
    assertTrue(Files.size(file) > 0);
    SentimentModel loaded = SentimentModel.load(file);
    assertEquals(model.featureCount(), loaded.featureCount());
    assertEquals("test corpus written for this test",
        loaded.provenance().get("licence").asText());
    for (String[] row : CORPUS) {
      SentimentScores a = model.scores(tokens(row[1]));
      SentimentScores b = loaded.scores(tokens(row[1]));
      assertEquals(a.negative(), b.negative(), 1e-6);
      assertEquals(a.positive(), b.positive(), 1e-6);
    }
    assertArrayEquals(bytes(model), bytes(loaded));
  }

  @Test
  void fiveWayLayoutKeepsScoreAndLabel() {
    SentimentScores s = new SentimentScores(0.6, 0.3, 0.1);
    double[] five = s.asFiveWay();
    assertEquals(1.0, Arrays.stream(five).sum(), 1e-9);
    double rntnStyleScore = 0;
    for (int i = 0; i < 5; i++) {
      rntnStyleScore += five[i] * (i - 2) / 2.0;
    }
    assertEquals(s.score(), rntnStyleScore, 1e-9);
    assertEquals(SentimentLabel.NEGATIVE, s.label());
  }

  private static byte[] bytes(SentimentModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }
}
