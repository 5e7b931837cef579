package io.verbatim.ideas;

import io.verbatim.suggestions.ActionKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes asked less precisely than others: "Answer customers sooner" asks what "Answer emails
 * sooner" asks, without naming what to answer. Read from the titles' action keys
 * ({@link ActionKeys#actionKey}, which drop the people every change serves, "customers", and
 * words that rarely change what is asked): the same verb, and every word of the key is a word of
 * the other's longer key ("answer sooner" in "answer email sooner"). A near-copy says nothing a
 * manager could hand over beyond the more precise change beside it, so it joins one of them.
 */
final class NearCopies {

  private NearCopies() {
  }

  /**
   * For each title asked less precisely than others, the positions of the most precise of those
   * (titles no other title spells out further), in list order; titles with none are left out.
   */
  static Map<Integer, List<Integer>> morePrecise(List<String> titles) {
    List<List<String>> keys = titles.stream()
        .map(t -> Arrays.asList(ActionKeys.actionKey(t).split(" "))).toList();
    Map<Integer, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      List<Integer> targets = new ArrayList<>();
      for (int j = 0; j < keys.size(); j++) {
        if (spellsOut(keys.get(j), keys.get(i)) && mostPrecise(j, keys)) {
          targets.add(j);
        }
      }
      if (!targets.isEmpty()) {
        out.put(i, targets);
      }
    }
    return out;
  }

  private static boolean mostPrecise(int j, List<List<String>> keys) {
    return keys.stream().noneMatch(k -> spellsOut(k, keys.get(j)));
  }

  /** Whether {@code precise} asks the change {@code loose} asks, naming more. */
  private static boolean spellsOut(List<String> precise, List<String> loose) {
    return !loose.get(0).isEmpty() && precise.size() > loose.size()
        && precise.get(0).equals(loose.get(0)) && precise.containsAll(loose);
  }
}
