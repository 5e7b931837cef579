package io.verbatim.evaluate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaBuilder;
import io.verbatim.ideas.IdeaCollector;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeBuilder;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeCentroids;
import io.verbatim.themes.ThemeLemmas;
import io.verbatim.themes.ThemeNesting;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.ThemeTagger;
import io.verbatim.themes.TrendWindow;
import java.util.List;

/**
 * The corpus-wide stages of {@code run} (theme discovery, tagging, theme figures, centroids and word counts,
 * main themes, ideas) over analysed comments held in memory, in the order and with the lib
 * classes the Spark job uses, so an evaluation scores the themes and ideas a user would see.
 */
record CorpusThemes(List<AnalyzedComment> tagged, ThemeCatalog catalog, ThemeStats stats,
                    MainTheme main, IdeaBuilder.Result ideas) {

  static CorpusThemes of(List<AnalyzedComment> analysed, Taxonomy taxonomy,
                         VerbatimConfig config) {
    PhraseCounts phrases = new PhraseCounts();
    analysed.forEach(phrases::add);
    ThemeNesting nesting = new ThemeNesting(
        new ThemeBuilder(taxonomy, config.themes()).build(phrases));
    analysed.forEach(nesting::add);
    ThemeCatalog catalog = nesting.nest(config.themes().maxTopLevel());
    TrendWindow window = phrases.newest() == null ? TrendWindow.none()
        : new TrendWindow(phrases.newest(), config.themes().trendWindowDays());
    ThemeTagger tagger = new ThemeTagger(catalog);
    List<AnalyzedComment> tagged = analysed.stream().map(tagger::apply).toList();
    ThemeStats stats = new ThemeStats(window, config.annotation().negativeBelow());
    tagged.forEach(c -> stats.add(c, catalog));
    ThemeCentroids centroids = new ThemeCentroids();
    tagged.forEach(centroids::add);
    ThemeLemmas lemmas = new ThemeLemmas();
    tagged.forEach(lemmas::add);
    MainTheme main = new MainTheme(catalog, stats, centroids, lemmas);
    IdeaCollector evidence = new IdeaCollector(config.ideas(), window, main);
    tagged.forEach(evidence::add);
    IdeaBuilder.Result ideas = new IdeaBuilder(config.ideas(), config.input())
        .build(evidence, catalog);
    return new CorpusThemes(tagged, catalog, stats, main, ideas);
  }
}
