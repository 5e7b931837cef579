package io.verbatim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommentAnnotatorTest {

  private static CommentAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CommentAnnotator(ConfigLoader.defaults().annotation());
    annotator.warmUp();
  }

  private static AnalyzedComment annotate(String text) {
    return annotator.annotate(new Comment("c1", null, text, null, Map.of(), "test", 1));
  }

  @Test
  void serviceFailuresToldAsFactsAreNegativeAndPlainQuestionsNeutral() {
    for (String complaint : List.of("Flight delayed 3 hrs and no update.",
        "My order never arrived.", "On hold for 2 hours.", "They charged me twice.")) {
      AnalyzedComment c = annotate(complaint);
      assertEquals(SentimentLabel.NEGATIVE, c.sentimentLabel(), complaint + " " + c);
    }
    for (String asking : List.of("Can you tell me when the store opens?",
        "Please send me a copy of the invoice.", "Could you help me change my seat?")) {
      AnalyzedComment c = annotate(asking);
      assertEquals(SentimentLabel.NEUTRAL, c.sentimentLabel(), asking + " " + c);
    }
    assertEquals(SentimentLabel.NEGATIVE,
        annotate("Why was my flight cancelled without any notice?").sentimentLabel());
  }

  @Test
  void vaderReadsEmphasisEmoticonsAndContrast() {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    CommentAnnotator vader = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.VADER, a.parser(), a.maxParseTokens(), a.negativeBelow(),
        a.positiveAbove()));
    AnalyzedComment loud = vader.annotate(
        new Comment("v1", null, "The crew were GREAT!!! :)", null, Map.of(), "test", 1));
    AnalyzedComment quiet = vader.annotate(
        new Comment("v2", null, "The crew were great.", null, Map.of(), "test", 1));
    assertTrue(loud.sentimentScore() > quiet.sentimentScore(), loud + " " + quiet);
    assertEquals(SentimentLabel.NEGATIVE, vader.annotate(new Comment("v3", null,
        "The seats were nice but the food was disgusting.", null, Map.of(), "test", 1))
        .sentimentLabel());
  }

  @Test
  void splitsSentencesWithLemmasAndTags() {
    AnalyzedComment c = annotate("The bags were lost again. I called twice!");
    assertEquals(2, c.sentences().size());
    Sentence first = c.sentences().get(0);
    assertEquals("The bags were lost again.", first.text());
    assertEquals("bag", first.tokens().get(1).lemma());
    assertEquals("NNS", first.tokens().get(1).pos());
    assertEquals(1, c.sentences().get(1).index());
  }

  @Test
  void clearlyNegativeAndPositiveCommentsComeOutThatWay() {
    AnalyzedComment bad = annotate("The staff were rude and the service was terrible. "
        + "Worst airline I have ever flown with.");
    assertEquals(SentimentLabel.NEGATIVE, bad.sentimentLabel());
    assertTrue(bad.sentimentScore() < -0.2, "score " + bad.sentimentScore());

    AnalyzedComment good = annotate("The crew were wonderful and the flight was excellent.");
    assertEquals(SentimentLabel.POSITIVE, good.sentimentLabel());
    assertTrue(good.sentimentScore() > 0.2, "score " + good.sentimentScore());
  }

  @Test
  void rntnRemainsAvailableAndTerseComplaintsAreNegativeWithTheTrainedModel() {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    assertEquals(CommentAnnotator.TRAINED, a.sentiment());
    CommentAnnotator rntn = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.RNTN, a.parser(), a.maxParseTokens(), a.negativeBelow(),
        a.positiveAbove()));
    AnalyzedComment bad = rntn.annotate(new Comment("r", null,
        "The staff were rude and the service was terrible.", null, Map.of(), "t", 1));
    assertEquals(SentimentLabel.NEGATIVE, bad.sentimentLabel());
    AnalyzedComment terse = annotate("Delayed again, 4 hours.");
    assertEquals(SentimentLabel.NEGATIVE, terse.sentimentLabel());
    assertEquals(SentimentLabel.NEGATIVE, terse.sentences().get(0).sentimentLabel());
  }

  @Test
  void terseComplaintsAreNegativeAndPlainFactsNeutralSentenceBySentence() {
    AnalyzedComment c = annotate("I flew to Boston on Tuesday. My order never arrived. "
        + "The hotel is next to the station. Still waiting for my refund. Seats are too narrow. "
        + "Nobody answered the phone for an hour. The crew were friendly and helpful.");
    assertEquals(7, c.sentences().size());
    SentimentLabel[] expected = {SentimentLabel.NEUTRAL, SentimentLabel.NEGATIVE,
        SentimentLabel.NEUTRAL, SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE,
        SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE};
    for (int i = 0; i < expected.length; i++) {
      Sentence s = c.sentences().get(i);
      assertEquals(expected[i], s.sentimentLabel(), s.text() + " " + s.sentimentScore());
      assertTrue(s.sentimentScore() >= -1 && s.sentimentScore() <= 1, s.text());
    }
  }

  @Test
  void aCommentOfSeveralSentencesKeepsTheModelsWholeCommentScore() {
    String text = "The flight was late. The crew were friendly and helpful.";
    AnalyzedComment c = annotate(text);
    assertEquals(io.verbatim.sentiment.TrainedSentiment.shipped().commentScores(
            c.sentences().stream().map(io.verbatim.model.Sentence::tokens).toList()).score(),
        c.sentimentScore(), 1e-9);
  }

  @Test
  void longSentencesAreChunkedNotDropped() {
    StringBuilder text = new StringBuilder("The boarding was a complete mess");
    for (int i = 0; i < 12; i++) {
      text.append(", and the queue was awful and slow");
    }
    text.append('.');
    AnalyzedComment c = annotate(text.toString());
    assertEquals(1, c.sentences().size());
    Sentence s = c.sentences().get(0);
    assertTrue(s.tokens().size() > ConfigLoader.defaults().annotation().maxParseTokens());
    assertEquals(SentimentLabel.NEGATIVE, s.sentimentLabel());
  }

  @Test
  void textWithoutWordsIsNeutralUnlessItsEmojiShowAFeeling() {
    AnalyzedComment c = annotate("--- ... ---");
    assertTrue(c.sentences().size() <= 1);
    assertEquals(SentimentLabel.NEUTRAL, c.sentimentLabel());
    // VADER reads emoji as the feeling they show: two grinning faces are praise.
    AnalyzedComment grin = annotate("\uD83D\uDE00\uD83D\uDE00");
    assertTrue(grin.sentences().size() <= 1);
    assertEquals(SentimentLabel.POSITIVE, grin.sentimentLabel());
  }

  @Test
  void rulesScoreSentencesByOpinionWordsAndCommentsByTheirMean() {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    CommentAnnotator rules = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.RULES, a.parser(), a.maxParseTokens(), a.negativeBelow(),
        a.positiveAbove()));
    rules.warmUp();
    AnalyzedComment c = rules.annotate(new Comment("r1", null,
        "The gate agent was rude. We boarded at ten. The crew were lovely and helpful.",
        null, Map.of(), "test", 1));
    assertEquals(java.util.List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL,
            SentimentLabel.POSITIVE),
        c.sentences().stream().map(Sentence::sentimentLabel).toList());
    assertEquals(0, c.sentences().get(1).sentimentScore(), 1e-12, "no opinion, no score");
    double weighted = 0;
    int tokens = 0;
    for (Sentence s : c.sentences()) {
      weighted += s.sentimentScore() * s.tokens().size();
      tokens += s.tokens().size();
    }
    assertEquals(weighted / tokens, c.sentimentScore(), 1e-12);
  }

  @Test
  void unknownSentimentModelIsRejectedUpFront() {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    var bad = new VerbatimConfig.Annotation("sentiwordnet", a.parser(), a.maxParseTokens(),
        a.negativeBelow(), a.positiveAbove());
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        io.verbatim.config.ConfigException.class, () -> new CommentAnnotator(bad));
    assertTrue(e.getMessage().contains("trained, rules, vader or rntn"), e.getMessage());
  }

  @Test
  void unknownParserIsRejectedUpFront() {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    var bad = new VerbatimConfig.Annotation(a.sentiment(), "fancy", a.maxParseTokens(),
        a.negativeBelow(), a.positiveAbove());
    org.junit.jupiter.api.Assertions.assertThrows(io.verbatim.config.ConfigException.class,
        () -> new CommentAnnotator(bad));
  }
}
