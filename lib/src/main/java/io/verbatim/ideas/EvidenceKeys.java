package io.verbatim.ideas;

import io.verbatim.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Which evidence groups a sentence belongs to: one per suggested action ("s:" + action key) and
 * one per theme it mentions with strongly negative sentiment ("n:" + theme id).
 */
final class EvidenceKeys {

  static final String SUGGESTION = "s:";
  static final String NEGATIVE = "n:";

  private EvidenceKeys() {
  }

  static List<String> of(Sentence s, double strongNegative) {
    List<String> keys = new ArrayList<>(2);
    if (s.suggestion() && s.action() != null) {
      String key = actionKey(s.action());
      if (!key.isEmpty()) {
        keys.add(SUGGESTION + key);
      }
    }
    if (s.sentimentScore() <= strongNegative) {
      for (String themeId : s.themeIds()) {
        keys.add(NEGATIVE + themeId);
      }
    }
    return keys;
  }

  private static String actionKey(String action) {
    return action.toLowerCase(java.util.Locale.ROOT).replaceAll("\\b(the|a|an|more|some|your|our|on|in|to|for|of|at)\\b", " ")
        .replaceAll("\\s+", " ").strip();
  }
}
