package io.verbatim.training;

import io.verbatim.sentiment.SentimentFeatures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Features read word forms only; invented sentences, no CoreNLP needed. */
class SentimentFeaturesTest {

  private static List<Token> tokens(String text) {
    return SentimentTrainerTest.tokens(text);
  }

  @Test
  void readWordFormsNotTagsOrLemmas() {
    List<Token> tagged = List.of(new Token("Loved", "love", "VBD"),
        new Token("the", "the", "DT"), new Token("Buttons", "button", "NNS"));
    List<Token> bare = List.of(new Token("Loved", null, null), new Token("the", null, null),
        new Token("Buttons", null, null));
    assertEquals(SentimentFeatures.values(tagged), SentimentFeatures.values(bare));
    List<String> f = SentimentFeatures.of(bare);
    assertTrue(f.contains("u:loved") && f.contains("b:the buttons"), f.toString());
    assertFalse(f.contains("u:love"), f.toString());
  }

  @Test
  void foldsAnythingWithADigit() {
    List<String> f = SentimentFeatures.of(tokens("arrived at 10pm after 3 days"));
    assertTrue(f.contains("b:at <num>") && f.contains("b:<num> days"), f.toString());
    assertFalse(f.stream().anyMatch(name -> name.matches(".*\\d.*")), f.toString());
  }

  @Test
  void ngramValuesHaveFixedLengthWhateverTheCommentLength() {
    for (String text : List.of("nice", "the zip broke on the second day and the seller never"
        + " answered my three emails about it")) {
      double squares = 0;
      for (Map.Entry<String, Double> e : SentimentFeatures.values(tokens(text)).entrySet()) {
        if (e.getKey().startsWith("u:") || e.getKey().startsWith("b:")) {
          squares += e.getValue() * e.getValue();
        }
      }
      assertEquals(SentimentFeatures.NGRAM_NORM, Math.sqrt(squares), 1e-9, text);
    }
  }

  @Test
  void lexiconFeaturesKeepValueOne() {
    Map<String, Double> v = SentimentFeatures.values(tokens("a lovely and soft scarf"));
    assertEquals(1.0, v.get("lex:pos"));
    assertEquals(1.0, v.get("lex:pos2"));
    assertFalse(v.containsKey("lex:neg"), v.toString());
  }

  @Test
  void negationScopeEndsAtContrastWord() {
    List<String> f = SentimentFeatures.of(tokens("not cheap but sturdy"));
    assertTrue(f.contains("u:NOT_cheap"), f.toString());
    assertTrue(f.contains("u:sturdy") && !f.contains("u:NOT_sturdy"), f.toString());
    // "not cheap": the negative lexicon word flips to a positive cue.
    assertTrue(f.contains("lex:pos") && !f.contains("lex:neg"), f.toString());
  }

  @Test
  void caseDoesNotMatter() {
    List<String> upper = new ArrayList<>(SentimentFeatures.of(tokens("GREAT Quality")));
    assertEquals(SentimentFeatures.of(tokens("great quality")), upper);
  }

  @Test
  void aOneSentenceCommentHasNoHeadFeatures() {
    List<Token> s = tokens("the parcel came on time");
    assertEquals(SentimentFeatures.values(s), SentimentFeatures.ofComment(List.of(s)));
  }

  @Test
  void aLongerCommentRepeatsItsFirstSentenceAsHeadFeatures() {
    List<Token> first = tokens("not worth the money");
    List<Token> second = tokens("the colour is nice and it fits");
    Map<String, Double> f = SentimentFeatures.ofComment(List.of(first, second));
    List<Token> all = new ArrayList<>(first);
    all.addAll(second);
    Map<String, Double> whole = SentimentFeatures.values(all);
    double squares = 0;
    for (Map.Entry<String, Double> e : f.entrySet()) {
      if (e.getKey().startsWith("h:")) {
        squares += e.getValue() * e.getValue();
      } else {
        assertEquals(whole.get(e.getKey()), e.getValue(), e.getKey());
      }
    }
    assertEquals(SentimentFeatures.HEAD_NORM, Math.sqrt(squares), 1e-9);
    // Negation marking carries over; the second sentence's words are no head.
    assertTrue(f.containsKey("h:NOT_worth") && f.containsKey("h:not"), f.toString());
    assertFalse(f.containsKey("h:colour") || f.containsKey("h:NOT_colour"), f.toString());
    assertEquals(whole.size() + 4, f.size(), f.toString());
  }
}
