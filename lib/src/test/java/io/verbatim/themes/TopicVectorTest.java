package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.words.WordVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicVectorTest {

  /** A comment of one sentence per token spec ("word/lemma/POS ..."), tagged with no theme. */
  static AnalyzedComment said(String... sentences) {
    List<Sentence> out = new ArrayList<>();
    for (String spec : sentences) {
      out.add(new Sentence(out.size(), spec, tokens(spec), -0.5, SentimentLabel.NEGATIVE,
          List.of(), List.of(), List.of(), false, null));
    }
    return new AnalyzedComment(new Comment("c", null, "text", null, Map.of(), "test", 1), out,
        -0.5, SentimentLabel.NEGATIVE);
  }

  @Test
  void commentsAboutOneThingLieCloserThanCommentsAboutAnother() {
    double[] house = TopicVector.of(said("The/the/DT bank/bank/NN foreclosed/foreclose/VBD on/on/IN"
        + " our/our/PRP$ house/house/NN", "The/the/DT mortgage/mortgage/NN was/be/VBD late/late/JJ"));
    double[] home = TopicVector.of(said("They/they/PRP took/take/VBD our/our/PRP$ home/home/NN"
        + " in/in/IN foreclosure/foreclosure/NN"));
    double[] card = TopicVector.of(said("My/my/PRP$ credit/credit/NN card/card/NN"
        + " interest/interest/NN doubled/double/VBD"));
    assertTrue(WordVectors.cosine(house, home) > WordVectors.cosine(house, card),
        "foreclosure stories are nearer each other than a card's interest");
    assertTrue(WordVectors.cosine(home, house) > WordVectors.cosine(home, card));
  }

  @Test
  void functionWordsAreLeftOutAndTheVectorIsUnitLength() {
    double[] plain = TopicVector.of(said("mortgage/mortgage/NN payment/payment/NN"));
    double[] wordy = TopicVector.of(said("the/the/DT mortgage/mortgage/NN of/of/IN my/my/PRP$"
        + " payment/payment/NN"));
    assertArrayEquals(plain, wordy, 1e-12);
    assertEquals(1, Math.sqrt(ThemeCentroids.dot(plain, plain)), 1e-9);
  }

  @Test
  void theWordAsWrittenStandsInForALemmaWithNoVector() {
    double[] byLemma = TopicVector.of(said("Mortgage/mortgage/NN"));
    double[] byWord = TopicVector.of(said("Mortgage/qqmortgagezz/NN"));
    assertArrayEquals(byLemma, byWord, 1e-12);
  }

  @Test
  void aCommentWithNoContentWordThatHasAVectorHasNone() {
    assertNull(TopicVector.of(said("the/the/DT of/of/IN", "xqzvw/xqzvw/NN")));
    assertNull(TopicVector.of(said()));
  }
}
