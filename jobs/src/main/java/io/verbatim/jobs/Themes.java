package io.verbatim.jobs;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.TrendWindow;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * What the themes step found: the comments tagged with their themes (tagged afresh from the
 * cached annotations by each pass of the ideas and outputs steps), the catalog, each theme's
 * figures, the trend window they were measured in, and the corpus totals the manifest reports.
 */
record Themes(JavaRDD<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
              List<ThemeSummary> summaries, TrendWindow window, RunTotals totals) {
}
