package io.verbatim.sentiment.aspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Aspect-scoped polarity on sentences written for this test, tagged by the pipeline's own
 * CoreNLP tagger so the tokens are the ones {@code run} sees.
 */
class AspectSentimentTest {

  private static StanfordCoreNLP tagger;
  private final AspectSentiment sentiment = new AspectSentiment();

  @BeforeAll
  static void loadTagger() {
    tagger = CommentAnnotator.taggingPipeline();
  }

  @Test
  void eachSideOfAButGetsItsOwnPolarity() {
    String s = "The food was great but the service was slow.";
    assertEquals(SentimentLabel.POSITIVE, label(s, "food"));
    assertEquals(SentimentLabel.NEGATIVE, label(s, "service"));
  }

  @Test
  void aCommaThatOpensANewClauseSeparatesItsOpinions() {
    String s = "The desk clerk was lovely, the room was filthy.";
    assertEquals(SentimentLabel.POSITIVE, label(s, "desk clerk"));
    assertEquals(SentimentLabel.NEGATIVE, label(s, "room"));
  }

  @Test
  void aMentionWithoutOpinionIsNeutral() {
    assertEquals(SentimentLabel.NEUTRAL, label("I ordered the lasagne on Tuesday.", "lasagne"));
    assertEquals(SentimentLabel.NEUTRAL,
        label("We booked a table for six, but the waiter was rude.", "table"));
  }

  @Test
  void aServiceFailureToldAsAFactIsAComplaintAboutWhatItNames() {
    assertEquals(SentimentLabel.NEGATIVE, label("Bags lost again.", "Bags"));
    assertEquals(SentimentLabel.NEGATIVE, label("My refund never arrived.", "refund"));
    assertEquals(SentimentLabel.NEGATIVE,
        label("The lounge was lovely but the flight was cancelled.", "flight"));
    assertEquals(SentimentLabel.POSITIVE,
        label("The lounge was lovely but the flight was cancelled.", "lounge"));
  }

  @Test
  void negationFlipsTheOpinion() {
    assertEquals(SentimentLabel.NEGATIVE, label("The charger is not very good.", "charger"));
    assertEquals(SentimentLabel.POSITIVE,
        label("Honestly the keyboard isn't bad at all.", "keyboard"));
    assertEquals(SentimentLabel.POSITIVE,
        label("Their delivery never disappoints.", "delivery"));
  }

  @Test
  void aNegatedVerbWithoutOpinionWordsLeansNegative() {
    assertEquals(SentimentLabel.NEGATIVE, label("The touchpad does not work.", "touchpad"));
  }

  @Test
  void aListSharesItsPredicate() {
    String s = "The bread, the olives and the cheese were excellent.";
    assertEquals(SentimentLabel.POSITIVE, label(s, "bread"));
    assertEquals(SentimentLabel.POSITIVE, label(s, "cheese"));
    assertEquals(SentimentLabel.NEGATIVE,
        label("The porter and the driver were unhelpful.", "porter"));
  }

  @Test
  void anAsideInBracketsIsSteppedOver() {
    assertEquals(SentimentLabel.POSITIVE,
        label("The trackpad (which I use all day) is smooth and reliable.", "trackpad"));
  }

  @Test
  void aClauseThatRefersBackSpeaksForTheAspect() {
    assertEquals(SentimentLabel.POSITIVE, label("Order the lamb stew, it is wonderful.",
        "lamb stew"));
    assertEquals(SentimentLabel.POSITIVE, label("Battery - long lasting and reliable.",
        "Battery"));
  }

  @Test
  void tooMuchOfAnythingIsAComplaintAndConditionsAreNotVerdicts() {
    assertEquals(SentimentLabel.NEGATIVE, label("The portions were too small.", "portions"));
    assertEquals(SentimentLabel.NEUTRAL,
        label("Come along if you like spicy noodles.", "noodles"));
  }

  @Test
  void phrasesAndImperativesCarryOpinions() {
    assertEquals(SentimentLabel.POSITIVE,
        label("The tiramisu was out of this world.", "tiramisu"));
    assertEquals(SentimentLabel.POSITIVE, label("Definitely try the fish tacos!", "fish tacos"));
    assertEquals(SentimentLabel.NEGATIVE, label("Skip the garlic bread.", "garlic bread"));
  }

  @Test
  void scoreFollowsTheLabelAndTheClauseIsReported() {
    List<Token> tokens = tokens("The screen is bright but the speakers are awful.");
    AspectPolarity screen = sentiment.polarity(tokens, 1, 2);
    AspectPolarity speakers = sentiment.polarity(tokens, 6, 7);
    assertTrue(screen.score() > 0 && screen.score() <= 1, screen.toString());
    assertTrue(speakers.score() < 0 && speakers.score() >= -1, speakers.toString());
    assertEquals(0, screen.clauseStart());
    assertEquals(4, screen.clauseEnd(), "the clause stops before 'but'");
    assertEquals(5, speakers.clauseStart());
  }

  @Test
  void anEmptyOrOutsideSpanIsRejected() {
    List<Token> tokens = tokens("The soup was cold.");
    assertThrows(IllegalArgumentException.class, () -> sentiment.polarity(tokens, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> sentiment.polarity(tokens, 3, 9));
  }

  /** The label of the first occurrence of {@code aspect} (its words, in order) in {@code text}. */
  @Test
  void aWholeSentenceWithoutOpinionIsNeutral() {
    for (String fact : List.of("I flew to Boston on Tuesday.", "The hotel is next to the station.",
        "My parcel came on Monday with two chairs.")) {
      SentenceOpinion o = sentiment.sentence(tokens(fact));
      assertTrue(o.none(), fact + " " + o);
      assertEquals(SentimentLabel.NEUTRAL, o.label(), fact);
      assertEquals(0, o.score(), 1e-9, fact);
    }
  }

  @Test
  void aWholeSentenceReadsOpinionsNegationTooAndNegatedVerbs() {
    assertEquals(SentimentLabel.NEGATIVE, sentence("Delayed again, 4 hours."));
    assertEquals(SentimentLabel.NEGATIVE, sentence("Seats are too narrow."));
    assertEquals(SentimentLabel.NEGATIVE, sentence("My order never arrived."));
    assertEquals(SentimentLabel.NEGATIVE, sentence("Nobody answered the phone for an hour."));
    assertEquals(SentimentLabel.NEGATIVE, sentence("The agent was not helpful at all."));
    assertEquals(SentimentLabel.POSITIVE, sentence("The crew were friendly and helpful."));
    assertEquals(SentimentLabel.POSITIVE, sentence("Honestly the app isn't bad."));
    // A set phrase: mild criticism, though "improvement" alone leans positive.
    assertEquals(SentimentLabel.NEGATIVE, sentence("Still room for improvement."));
  }

  @Test
  void aWholeSentenceSumsItsClausesAndSkipsConditions() {
    SentenceOpinion mixed =
        sentiment.sentence(tokens("The seat was great but the meal was awful."));
    assertEquals(2, mixed.opinions());
    assertEquals(SentimentLabel.NEUTRAL, mixed.label());
    assertEquals(SentimentLabel.NEGATIVE,
        sentence("The lounge was nice but the flight was late and the crew was rude."));
    assertTrue(sentiment.sentence(tokens("If the wifi is good I will stay longer.")).none());
    assertEquals(SentimentLabel.POSITIVE,
        sentence("The room (quiet and spotless) faced the harbour."));
    SentenceOpinion strong = sentiment.sentence(tokens("Awful food, rude staff, dirty tables."));
    assertTrue(strong.score() < -0.9 && strong.score() >= -1, "score " + strong.score());
  }

  private SentimentLabel sentence(String text) {
    return sentiment.sentence(tokens(text)).label();
  }

  private SentimentLabel label(String text, String aspect) {
    List<Token> tokens = tokens(text);
    String[] words = aspect.toLowerCase(Locale.ROOT).split(" ");
    for (int i = 0; i + words.length <= tokens.size(); i++) {
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        match = tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(words[k]);
      }
      if (match) {
        return sentiment.polarity(tokens, i, i + words.length).label();
      }
    }
    throw new AssertionError("'" + aspect + "' not among the tokens of: " + text);
  }

  private static List<Token> tokens(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<Token> out = new ArrayList<>();
    for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      out.add(new Token(l.word(), lemma.toLowerCase(Locale.ROOT), l.tag()));
    }
    return out;
  }
}
