package io.verbatim.ideas;

import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Sentence;
import io.verbatim.themes.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceKeysTest {

  private static final double STRONG_NEGATIVE = -0.6;

  @Test
  void onlyTheThemeSpokenOfStronglyNegativelyIsEvidenceToFix() {
    // "Food great, service awful": the sentence as a whole is not strongly negative.
    Sentence s = sentence(0, "x", -0.1, List.of(), List.of("t-food", "t-service"), false, null)
        .withThemes(List.of("t-food", "t-service"), List.of(0.7, -0.8));
    assertEquals(List.of(EvidenceKeys.NEGATIVE + "t-service"),
        EvidenceKeys.of(s, STRONG_NEGATIVE));
  }

  @Test
  void withoutThemeSentimentsTheSentenceScoreDecides() {
    Sentence s = sentence(0, "x", -0.8, List.of(), List.of("t-food", "t-service"), false, null);
    assertEquals(List.of(EvidenceKeys.NEGATIVE + "t-food", EvidenceKeys.NEGATIVE + "t-service"),
        EvidenceKeys.of(s, STRONG_NEGATIVE));
    Sentence mild = sentence(0, "x", -0.3, List.of(), List.of("t-food"), false, null);
    assertEquals(List.of(), EvidenceKeys.of(mild, STRONG_NEGATIVE));
  }

  @Test
  void anActionsVerbAndObjectComeFromItsSentence() {
    Sentence question = Fixtures.suggestion(0, "Where is my bag?", -0.3, List.of(), "add my bag",
        "Where/where/WRB is/be/VBZ my/my/PRP$ bag/bag/NN ?/?/.");
    assertFalse(EvidenceKeys.fromTheSentence(question));
    Sentence request = Fixtures.suggestion(0, "There should be wifi.", 0, List.of(), "add wifi",
        "There/there/EX should/should/MD be/be/VB wifi/wifi/NN ././.");
    assertTrue(EvidenceKeys.fromTheSentence(request));
    Sentence filler = Fixtures.suggestion(0, "Please do something.", -0.3, List.of(),
        "do something", "Please/please/UH do/do/VB something/something/NN ././.");
    assertFalse(EvidenceKeys.fromTheSentence(filler));
  }
}
