package io.verbatim.jobs;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeCentroids;
import io.verbatim.themes.ThemeLemmas;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.TrendWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;

/**
 * What the themes step found: the comments tagged with their themes (tagged afresh from the
 * cached annotations by each pass of the ideas and outputs steps), the catalog, each theme's
 * figures, topic-vector centroids and word counts, the trend window they were measured in, and
 * the corpus totals the manifest reports.
 * Split by survey question ({@code themes.splitByQuestion}), it is all questions' together, and
 * {@code byQuestion} holds each question's own, from which its ideas are built.
 */
record Themes(JavaRDD<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
              ThemeCentroids centroids, ThemeLemmas lemmas, List<ThemeSummary> summaries,
              TrendWindow window, RunTotals totals, Map<String, Themes> byQuestion) {

  Themes(JavaRDD<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
         ThemeCentroids centroids, ThemeLemmas lemmas, List<ThemeSummary> summaries,
         TrendWindow window, RunTotals totals) {
    this(tagged, catalog, stats, centroids, lemmas, summaries, window, totals, Map.of());
  }

  /** All questions' themes as one: their catalogs, figures, totals and tagged comments. */
  static Themes merged(Map<String, Themes> byQuestion, ThemeStats empty) {
    List<Themes> parts = List.copyOf(byQuestion.values());
    JavaRDD<AnalyzedComment> tagged = parts.get(0).tagged();
    List<io.verbatim.model.Theme> themes = new ArrayList<>();
    List<ThemeSummary> summaries = new ArrayList<>();
    ThemeStats stats = empty;
    ThemeCentroids centroids = new ThemeCentroids();
    ThemeLemmas lemmas = new ThemeLemmas();
    RunTotals totals = new RunTotals();
    for (Themes t : parts) {
      if (t != parts.get(0)) {
        tagged = tagged.union(t.tagged());
      }
      themes.addAll(t.catalog().themes());
      summaries.addAll(t.summaries());
      stats = stats.merge(t.stats());
      centroids = centroids.merge(t.centroids());
      lemmas = lemmas.merge(t.lemmas());
      totals = totals.merge(t.totals());
    }
    return new Themes(tagged, new ThemeCatalog(themes), stats, centroids, lemmas, summaries,
        parts.get(0).window(), totals, byQuestion);
  }

  /** Drops the tagged comments if cached (each question's too). */
  void release() {
    tagged.unpersist();
    byQuestion.values().forEach(Themes::release);
  }
}
