package io.verbatim.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The sentiment one sentence carries for each of its themes and their ancestors. A parent's
 * figures include its sub-themes (README), so it takes its sub-theme's score; when a sentence
 * names two sub-themes of one parent ("the soup was cold but the bread was fresh"), the parent
 * takes their mean. Shared by every figure per theme (theme table, index series, digest), so they
 * agree.
 */
public final class ThemeSentiments {

  private ThemeSentiments() {
  }

  /**
   * Theme id to score, in the order met: each of {@code themeIds} then its ancestors.
   *
   * @param scoreOf the sentence's score for one of its own themes
   * @param lineage a theme followed by its ancestors
   */
  public static Map<String, Double> withAncestors(List<String> themeIds,
                                                  ToDoubleFunction<String> scoreOf,
                                                  Function<String, List<String>> lineage) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (String id : themeIds) {
      double score = scoreOf.applyAsDouble(id);
      for (String t : lineage.apply(id)) {
        double[] sum = sums.computeIfAbsent(t, k -> new double[2]);
        sum[0] += score;
        sum[1]++;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((t, sum) -> out.put(t, sum[0] / sum[1]));
    return out;
  }
}
