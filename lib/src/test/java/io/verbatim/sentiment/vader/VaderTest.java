package io.verbatim.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VaderTest {

  static List<Token> tokens(String text) {
    return Arrays.stream(text.split(" "))
        .map(w -> new Token(w, w.toLowerCase(Locale.ROOT), "")).toList();
  }

  static double compound(String text) {
    return Vader.of(tokens(text)).compound();
  }

  @Test
  void lexiconWordsAndTheirSign() {
    assertTrue(compound("The staff were great") > 0.5);
    assertTrue(compound("The staff were rude") < -0.3);
    assertEquals(0, compound("I flew to Boston on Tuesday"), 1e-9);
    assertEquals(0, Vader.of(tokens("I flew to Boston")).hits());
  }

  @Test
  void rulesOfTheAlgorithm() {
    double good = compound("the food is good");
    assertTrue(compound("the food is very good") > good, "booster");
    assertTrue(compound("the food is slightly good") < good, "dampener");
    assertTrue(compound("the food is GOOD") > good, "capitals in mixed case");
    assertTrue(compound("the food is good !!!") > good, "exclamation marks");
    assertTrue(compound("the food is not good") < 0, "negation flips");
    assertTrue(compound("the food is good but the service is terrible") < 0,
        "after 'but' weighs more");
    assertTrue(compound("great 😍") > compound("great"), "emoji");
    assertTrue(compound("thanks :(") < compound("thanks"), "emoticon");
  }

  @Test
  void compoundFollowsTheNormalisation() {
    Vader.Valence v = Vader.of(tokens("good"));
    assertEquals(1.9 / Math.sqrt(1.9 * 1.9 + Vader.ALPHA), v.compound(), 1e-9);
    assertEquals(1, v.polarity());
  }
}
