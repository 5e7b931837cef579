package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learned detector and the stage's outputs: kind, score and the change-only flag. */
class ModelDetectorTest {

  private static CoreNlpTokens nlp;
  private final SuggestionDetector model =
      new SuggestionDetector(SuggestionDetector.Method.MODEL);

  @BeforeAll
  static void loadTagger() {
    nlp = CoreNlpTokens.annotatorPipeline();
  }

  private Suggestion detect(String text) {
    return model.detect(nlp.tokens(text), text);
  }

  @Test
  void clearRequestsAreChangesWithAHighScore() {
    for (String text : List.of("Please add an option to export my notes as a spreadsheet.",
        "You should let us pin apps to the lock screen.",
        "It would be great if the calendar synced with my work account.")) {
      Suggestion s = detect(text);
      assertEquals(Suggestion.Kind.CHANGE, s.kind(), text);
      assertTrue(s.suggestion(), text);
      assertTrue(s.score() >= SuggestionModel.shipped().threshold(), text + " " + s.score());
    }
  }

  @Test
  void plainStatementsAreNotSuggestionsAndScoreLow() {
    for (String text : List.of("My phone arrived on a Tuesday.",
        "The battery lasted two days on one charge.")) {
      Suggestion s = detect(text);
      assertFalse(s.anyKind(), text);
      assertTrue(s.score() < SuggestionModel.shipped().threshold(), text + " " + s.score());
    }
  }

  @Test
  void tipsToOtherCustomersAreAdviceAndNeverFlagged() {
    Suggestion s = detect("If you stay here, ask for a room away from the lift.");
    assertEquals(Suggestion.Kind.ADVICE, s.kind());
    assertFalse(s.suggestion());
  }

  @Test
  void everyRuleFiringIsListedInChainOrder() {
    List<String> names = SuggestionDetector.ruleNames();
    assertEquals(14, names.size());
    List<String> firing = model.firing(nlp.tokens("Please add a dark mode."), null);
    assertTrue(firing.contains("please") || firing.contains("imperative"), firing.toString());
    assertEquals(firing.stream().sorted((a, b) -> names.indexOf(a) - names.indexOf(b)).toList(),
        firing);
  }

  @Test
  void stageWritesKindAndScoreAndFlagsOnlyChanges() {
    SuggestionStage stage = new SuggestionStage(SuggestionDetector.Method.MODEL);
    String change = "Please add a dark mode to the app.";
    String tip = "If you go, book a table by the window.";
    Sentence a = stage.process(sentence(change));
    Sentence b = stage.process(sentence(tip));
    assertTrue(a.suggestion());
    assertEquals("change", a.suggestionKind());
    assertTrue(a.suggestionScore() > 0.5);
    assertFalse(b.suggestion());
    assertEquals("advice", b.suggestionKind());
    assertEquals(null, b.action());
  }

  @Test
  void unknownMethodIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SuggestionDetector.Method.of("neural"));
    assertTrue(e.getMessage().contains("rules or model"));
  }

  private static Sentence sentence(String text) {
    return Sentence.annotated(0, text, nlp.tokens(text), 0, SentimentLabel.NEUTRAL);
  }
}
