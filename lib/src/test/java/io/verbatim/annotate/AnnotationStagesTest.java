package io.verbatim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.pipeline.CommentPipeline;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokenising and sentiment as two declared stages, whatever the sentiment path. */
class AnnotationStagesTest {

  private static final String TEXT = "The bags were lost again and nobody called back. "
      + "The crew were friendly. Please add more flights to Lisbon.";

  private static VerbatimConfig.Annotation path(String sentiment) {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    return new VerbatimConfig.Annotation(sentiment, a.parser(), a.maxParseTokens(),
        a.negativeBelow(), a.positiveAbove());
  }

  private static AnalyzedComment comment(String text) {
    return CommentAnnotator.notAnalysed(new Comment("c1", null, text, null, Map.of(), "t", 1));
  }

  @Test
  void sentimentNeedsTokensSoAChainThatScoresFirstFailsAtStartUp() {
    VerbatimConfig.Annotation a = path(CommentAnnotator.TRAINED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CommentPipeline.of(Set.of(), List.of(new SentimentStage(a), new TokenizeStage(a))));
    assertTrue(e.getMessage().contains("TOKENS"), e.getMessage());
  }

  @Test
  void tokenizingLeavesSentimentUnsetAndScoringFillsItForEveryPath() {
    for (String sentiment : List.of(CommentAnnotator.TRAINED, CommentAnnotator.RULES,
        CommentAnnotator.VADER, CommentAnnotator.RNTN)) {
      VerbatimConfig.Annotation a = path(sentiment);
      AnalyzedComment tokenized = new TokenizeStage(a).apply(comment(TEXT));
      assertEquals(3, tokenized.sentences().size());
      assertNull(tokenized.sentimentLabel(), "not analysed until scored");
      tokenized.sentences().forEach(s -> assertNull(s.sentimentLabel()));

      AnalyzedComment scored = new SentimentStage(a).apply(tokenized);
      AnalyzedComment whole = new CommentAnnotator(a).annotate(comment(TEXT).comment());
      assertEquals(whole, scored, sentiment + ": two stages give what one annotate call gives");
      scored.sentences().forEach(s -> assertTrue(s.sentimentLabel() != null, s.text()));
      assertEquals(tokenized.sentences().stream().map(Sentence::tokens).toList(),
          scored.sentences().stream().map(Sentence::tokens).toList(), "tokens untouched");
    }
  }

  /**
   * RNTN now parses tokens handed on by the tokenising stage rather than CoreNLP's own labels:
   * the sentiment of every tree must be what CoreNLP's own labels give.
   */
  @Test
  void rntnOverHandedOnTokensMatchesRntnOverCoreNlpsOwnLabels() {
    VerbatimConfig.Annotation a = path(CommentAnnotator.RNTN);
    String text = "The staff were rude and the service was terrible. I waited an hour. "
        + "The new app is fast, simple and a real pleasure to use! Not bad at all, honestly.";
    Annotation doc = new Annotation(text);
    NlpPipelines.tagging().annotate(doc);
    List<CoreMap> own = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Annotation parse = new Annotation("");
    parse.set(CoreAnnotations.SentencesAnnotation.class, own);
    NlpPipelines.sentiment(a.parser()).annotate(parse);

    AnalyzedComment staged = new SentimentStage(a).apply(new TokenizeStage(a).apply(
        comment(text)));
    assertEquals(own.size(), staged.sentences().size());
    for (int i = 0; i < own.size(); i++) {
      var predictions = RNNCoreAnnotations.getPredictions(
          own.get(i).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class));
      double[] p = new double[5];
      for (int k = 0; k < 5; k++) {
        p[k] = predictions.get(k);
      }
      SentimentDistribution expected = SentimentDistribution.weightedMean(
          new double[][] {p}, new int[] {1});
      Sentence s = staged.sentences().get(i);
      assertEquals(expected.score(), s.sentimentScore(), 1e-9, s.text());
      assertEquals(expected.label(), s.sentimentLabel(), s.text());
    }
  }
}
