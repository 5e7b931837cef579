package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActNounsTest {

  /** Verb and noun uses in a small corpus of loan complaints. */
  private final ActNouns acts = new ActNouns(
      Map.of("foreclose", 12L, "modify", 5L, "deny", 9L, "pay", 80L, "dispute", 30L,
          "deliver", 4L, "police", 1L, "title", 2L, "log", 6L, "state", 1L),
      Map.of("car", 200L, "dispute", 40L, "title", 300L, "debt", 150L, "payoff", 20L));

  @Test
  void aNounMadeFromAVerbOfTheCorpusNamesAnAct() {
    assertTrue(acts.namesAnAct("foreclosure"), "foreclose + ure");
    assertTrue(acts.namesAnAct("loan modification"), "the head counts: modify + ication");
    assertTrue(acts.namesAnAct("denial"), "deny + ial");
    assertTrue(acts.namesAnAct("payoff"), "pay + off");
    assertTrue(acts.namesAnAct("login"), "log + in");
    assertTrue(acts.namesAnAct("delivery"), "deliver + y");
    assertTrue(acts.namesAnAct("dispute"), "used as a verb 30 times to 40 as a noun");
  }

  @Test
  void thingsAndSettingsNameNoAct() {
    assertFalse(acts.namesAnAct("car"), "no verb of the corpus makes 'car'");
    assertFalse(acts.namesAnAct("debt"));
    assertFalse(acts.namesAnAct("title"), "a verb 2 times against 300 as a noun");
    assertFalse(acts.namesAnAct("policy"), "'police' drops its 'e' before no 'y'");
    assertFalse(acts.namesAnAct("station"), "'state' said once is too rare to make a noun of");
    assertFalse(new ActNouns(Map.of(), Map.of()).namesAnAct("foreclosure"),
        "no verbs, no acts: the corpus decides, not a list");
  }

  @Test
  void madeFromNeedsTheWholeVerbStem() {
    assertTrue(ActNouns.madeFrom("validation", "validate"));
    assertTrue(ActNouns.madeFrom("harassment", "harass"));
    assertFalse(ActNouns.madeFrom("panel", "pan"));
    assertFalse(ActNouns.madeFrom("income", "in"));
  }
}
