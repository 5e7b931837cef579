package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActNounsTest {

  /** Verb and noun uses in a small corpus of loan complaints; every verb use has an object. */
  private static final Map<String, Long> VERBS = Map.of("foreclose", 12L, "modify", 5L,
      "deny", 9L, "pay", 80L, "dispute", 30L, "deliver", 4L, "police", 1L, "title", 2L,
      "log", 6L, "state", 1L);
  private final ActNouns acts = new ActNouns(VERBS, VERBS,
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
    assertFalse(new ActNouns(Map.of(), Map.of(), Map.of()).namesAnAct("foreclosure"),
        "no verbs, no acts: the corpus decides, not a list");
  }

  @Test
  void aVerbThatIsDoneToNothingMakesNoActOfItsNoun() {
    ActNouns.Uses uses = new ActNouns.Uses();
    for (int i = 0; i < 5; i++) {
      uses.add(tokens("The/the/DT app/app/NN does/do/VBZ not/not/RB work/work/VB ././."));
      uses.add(tokens("I/I/PRP lost/lose/VBD my/my/PRP$ work/work/NN ././."));
      uses.add(tokens("I/I/PRP disputed/dispute/VBD the/the/DT late/late/JJ fee/fee/NN"));
      uses.add(tokens("My/my/PRP$ dispute/dispute/NN was/be/VBD ignored/ignore/VBN"));
    }
    ActNouns corpus = new ActNouns.Uses().merge(uses).acts();
    assertFalse(corpus.namesAnAct("work"), "'work' takes no object: a setting, not a deed");
    assertTrue(corpus.namesAnAct("dispute"), "'dispute the late fee' is done to something");
  }

  @Test
  void madeFromNeedsTheWholeVerbStem() {
    assertTrue(ActNouns.madeFrom("validation", "validate"));
    assertTrue(ActNouns.madeFrom("harassment", "harass"));
    assertFalse(ActNouns.madeFrom("panel", "pan"));
    assertFalse(ActNouns.madeFrom("income", "in"));
  }

  @Test
  void anObjectMayFollowItsDeterminersAndAdjectives() {
    assertTrue(ActNouns.hasObject(tokens("deposit/deposit/VB a/a/DT large/large/JJ "
        + "check/check/NN"), 0));
    assertTrue(ActNouns.hasObject(tokens("call/call/VB them/they/PRP"), 0));
    assertFalse(ActNouns.hasObject(tokens("work/work/VB at/at/IN night/night/NN"), 0));
    assertFalse(ActNouns.hasObject(tokens("work/work/VB"), 0));
  }

  @Test
  void anActDoneToAFewKindsOfThingsNamesAProcessOneDoneToAnythingDoesNot() {
    String[] things = {"account", "site", "fund", "card", "statement", "app", "portal", "record"};
    ActNouns.Uses uses = new ActNouns.Uses();
    for (int i = 0; i < 24; i++) {
      uses.add(tokens("I/I/PRP could/could/MD not/not/RB access/access/VB my/my/PRP$ "
          + things[i % things.length] + "/" + things[i % things.length] + "/NN"));
      uses.add(tokens("They/they/PRP modified/modify/VBD my/my/PRP$ "
          + (i % 4 == 0 ? "payment/payment/NN" : "loan/loan/NN")));
      uses.add(tokens("I/I/PRP paid/pay/VBD off/off/RP the/the/DT "
          + (i % 2 == 0 ? "loan/loan/NN" : "balance/balance/NN")));
      uses.add(tokens("I/I/PRP paid/pay/VBD the/the/DT " + things[i % things.length] + "/"
          + things[i % things.length] + "/NN fee/fee/NN"));
    }
    ActNouns corpus = uses.acts();
    assertTrue(corpus.namesAnAct("access"), "'access my account' is done to something");
    assertEquals(8, corpus.kindsDoneTo("access"), 1e-9, "8 things, equally often");
    assertFalse(corpus.namesAProcess("access"), "done to anything: no process");
    assertEquals(1.6, corpus.kindsDoneTo("modify"), 1e-9, "the loan 18 times, a payment 6");
    assertTrue(corpus.namesAProcess("loan modification"), "modify: the loan or its payment");
    assertTrue(corpus.namesAProcess("payoff"),
        "'pay off' is read apart from 'pay', which is done to anything");
  }

  @Test
  void aVerbWithTooFewObjectsToTellIsTakenAsAProcess() {
    ActNouns.Uses uses = new ActNouns.Uses();
    String[] things = {"account", "site", "fund", "card", "statement"};
    for (String thing : things) {
      uses.add(tokens("I/I/PRP accessed/access/VBD my/my/PRP$ " + thing + "/" + thing + "/NN"));
    }
    assertEquals(0, uses.acts().kindsDoneTo("access"), "5 objects are too few to count kinds");
    assertTrue(uses.acts().namesAProcess("access"), "so the act is given the benefit of the doubt");
    assertFalse(uses.acts().namesAProcess("car"), "no act, no process");
  }
}
