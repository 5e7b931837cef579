package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import org.junit.jupiter.api.Test;

class NegatedActsTest {

  @Test
  void participlesFollowEnglishSpelling() {
    assertEquals("applied", NegatedActs.participle(new Token("apply", "apply", "VB")));
    assertEquals("removed", NegatedActs.participle(new Token("remove", "remove", "VB")));
    assertEquals("stopped", NegatedActs.participle(new Token("stop", "stop", "VB")));
    assertEquals("opened", NegatedActs.participle(new Token("open", "open", "VB")));
    assertEquals("processed", NegatedActs.participle(new Token("process", "process", "VB")));
    assertEquals("paid", NegatedActs.participle(new Token("pay", "pay", "VB")));
    assertEquals("made", NegatedActs.participle(new Token("make", "make", "VB")));
    // The tagger's own participle wins where it has one.
    assertEquals("forgiven", NegatedActs.participle(new Token("forgiven", "forgive", "VBN")));
  }

  @Test
  void onlyVerbsThatTellAnActCount() {
    assertTrue(NegatedActs.tellsAnAct(new Token("apply", "apply", "VB")));
    assertFalse(NegatedActs.tellsAnAct(new Token("know", "know", "VB")));
    assertFalse(NegatedActs.tellsAnAct(new Token("could", "could", "MD")));
    assertFalse(NegatedActs.tellsAnAct(new Token("payment", "payment", "NN")));
  }
}
