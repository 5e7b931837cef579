package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.sentiment.aspect.OpinionWords;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  /** Lists of praise: they read their words from the opinion word list, never their own. */
  private static final List<String> PRAISE_LISTS = List.of("desirable", "verdicts", "praise");

  @Test
  void everyListIsReadAndNonEmpty() {
    assertTrue(CueLexicon.lists().size() >= 20, CueLexicon.lists().toString());
    for (String name : CueLexicon.lists()) {
      assertFalse(CueLexicon.entries(name).isEmpty(), name);
    }
    assertTrue(CueLexicon.CHANGE_VERBS.contains("add"));
    assertEquals("revamp", CueLexicon.REPAIR_NOUNS.get("makeover"));
  }

  @Test
  void praiseListsTakeThePositiveOpinionWordsAndContradictNone() {
    Set<String> positive = OpinionWords.words(1);
    assertTrue(positive.contains("lovely"));
    for (String name : PRAISE_LISTS) {
      Set<String> list = CueLexicon.list(name);
      assertTrue(CueLexicon.entries(name).contains("@positive"), name);
      assertTrue(list.contains("lovely") && list.contains("superb"), name);
      Set<String> negative = new TreeSet<>(list);
      negative.retainAll(OpinionWords.words(-1));
      assertTrue(negative.isEmpty(), name + " holds negative opinion words " + negative);
      // A word whose leaning depends on the domain is in neither the opinion list nor here.
      assertFalse(list.contains("cheap"), name);
    }
  }

  @Test
  void noSuggestionListCallsAWordPositiveThatTheOpinionListCallsNegative() {
    Set<String> contradictions = new TreeSet<>();
    for (String name : CueLexicon.lists()) {
      if (CueLexicon.entries(name).contains("@positive")) {
        for (String w : CueLexicon.list(name)) {
          if (OpinionWords.polarity(w) < 0 && !w.equals("unsuitable")) {
            contradictions.add(name + ":" + w);
          }
        }
      }
    }
    assertEquals(Set.of(), contradictions);
  }

  @Test
  void unknownListFailsLoudly() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> CueLexicon.list("no-such-list"));
    assertTrue(e.getMessage().contains("no-such-list"));
  }
}
