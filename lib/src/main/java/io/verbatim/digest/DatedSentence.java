package io.verbatim.digest;

import io.verbatim.model.Sentence;
import io.verbatim.themes.ThemeHierarchy;
import io.verbatim.themes.ThemeSentiments;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One sentence as the digest counts it: the day of its comment, its sentiment, and its themes
 * with their parents (a sub-theme's mention counts for its parents too), each theme with the
 * sentence's sentiment for it ({@code themeSentiments}, parallel to {@code themes}).
 */
public record DatedSentence(String commentId, LocalDate day, String text, double sentiment,
                            List<String> themes, List<Double> themeSentiments)
    implements Serializable {

  public DatedSentence {
    themes = List.copyOf(themes);
    themeSentiments = List.copyOf(themeSentiments);
  }

  /**
   * A stored sentence with its themes rolled up the hierarchy.
   *
   * @param themeIds the themes the sentence names, as stored
   * @param themeScores parallel to {@code themeIds}; null or short when not stored, and then
   *     the sentence's score stands in
   */
  public static DatedSentence of(String commentId, LocalDate day, String text, double sentiment,
                                 List<String> themeIds, List<Double> themeScores,
                                 ThemeHierarchy hierarchy) {
    Map<String, Double> withParents = ThemeSentiments.withAncestors(themeIds,
        id -> Sentence.sentimentFor(themeIds, themeScores, id, sentiment), hierarchy::lineage);
    return new DatedSentence(commentId, day, text, sentiment, List.copyOf(withParents.keySet()),
        List.copyOf(withParents.values()));
  }
}
