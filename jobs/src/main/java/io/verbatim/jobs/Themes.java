package io.verbatim.jobs;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.TrendWindow;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * What the themes step found: the comments tagged with their themes (cached for the ideas and
 * outputs steps), the catalog, each theme's figures, and the trend window they were measured in.
 */
record Themes(JavaRDD<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
              List<ThemeSummary> summaries, TrendWindow window) {
}
