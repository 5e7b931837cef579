package io.verbatim.ideas;

import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import io.verbatim.suggestions.ActionKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which evidence groups a sentence belongs to: one per suggested action ("s:" + action key) and
 * one per theme it complains about ("n:" + theme id: a score for the theme at or below the
 * complaint threshold), judged by the
 * part of the sentence that names the theme: "the food was great but the service was slow" is
 * evidence to fix the service, not the food.
 */
final class EvidenceKeys {

  static final String SUGGESTION = "s:";
  static final String NEGATIVE = "n:";

  private EvidenceKeys() {
  }

  /**
   * An idea needs an object: "sort it out" or "do better, Northwind" are heartfelt but say
   * nothing to act on, so they stay suggestions without becoming ideas. The action must contain a
   * common noun of its sentence.
   */
  private static boolean namesSomething(Sentence s) {
    Set<String> words = new HashSet<>(List.of(s.action().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    for (Token t : s.tokens()) {
      if (t.isNoun() && !t.pos().startsWith("NNP")
          && (words.contains(t.lemma()) || words.contains(t.word().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  static List<String> of(Sentence s, double complaintBelow) {
    List<String> keys = new ArrayList<>(2);
    if (s.suggestion() && s.action() != null && namesSomething(s)) {
      String key = ActionKeys.actionKey(s.action());
      if (!key.isEmpty()) {
        keys.add(SUGGESTION + key);
      }
    }
    for (String themeId : s.themeIds()) {
      if (s.sentimentFor(themeId) <= complaintBelow) {
        keys.add(NEGATIVE + themeId);
      }
    }
    return keys;
  }
}
