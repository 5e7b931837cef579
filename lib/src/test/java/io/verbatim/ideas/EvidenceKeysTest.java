package io.verbatim.ideas;

import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Sentence;
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
}
