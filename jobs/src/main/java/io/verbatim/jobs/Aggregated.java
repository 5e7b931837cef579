package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaBuilder;
import io.verbatim.ideas.IdeaCollector;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.StageTimer;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeBuilder;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeNesting;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.ThemeTagger;
import io.verbatim.themes.TrendWindow;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus-wide stages over annotated comments: theme discovery, tagging, theme figures and
 * ideas. Each is a lib aggregator combined by Spark; only small results reach the driver.
 */
record Aggregated(JavaRDD<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
                  List<ThemeSummary> themes, IdeaBuilder.Result ideas) {

  static Aggregated of(JavaSparkContext jsc, JavaRDD<AnalyzedComment> analyzed,
                       Taxonomy taxonomy, VerbatimConfig config, StageTimer timer) {
    PhraseCounts phrases = analyzed.treeAggregate(new PhraseCounts(), PhraseCounts::add,
        PhraseCounts::merge);
    timer.start("themes");
    ThemeCatalog discovered = new ThemeBuilder(taxonomy, config.themes()).build(phrases);
    ThemeCatalog catalog = analyzed.treeAggregate(new ThemeNesting(discovered),
        ThemeNesting::add, ThemeNesting::merge).nest(config.themes().maxTopLevel());
    TrendWindow window = phrases.newest() == null ? TrendWindow.none()
        : new TrendWindow(phrases.newest(), config.themes().trendWindowDays());
    Broadcast<ThemeTagger> tagger = jsc.broadcast(new ThemeTagger(catalog, taxonomy));
    JavaRDD<AnalyzedComment> tagged = analyzed.map(c -> tagger.value().apply(c))
        .persist(StorageLevel.MEMORY_AND_DISK());
    ThemeStats stats = tagged.treeAggregate(
        new ThemeStats(window, config.annotation().negativeBelow()),
        (s, c) -> s.add(c, catalog), ThemeStats::merge);

    timer.start("ideas");
    List<ThemeSummary> summaries = stats.summaries(catalog);
    MainTheme main = new MainTheme(catalog, summaries, stats.all().comments());
    IdeaCollector evidence = tagged.treeAggregate(new IdeaCollector(config.ideas(), window, main),
        IdeaCollector::add, IdeaCollector::merge);
    IdeaBuilder.Result ideas = new IdeaBuilder(config.ideas(), config.input())
        .build(evidence, catalog);
    return new Aggregated(tagged, catalog, stats, summaries, ideas);
  }
}
