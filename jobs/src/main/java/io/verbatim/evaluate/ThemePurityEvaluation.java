package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.Parallel;
import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well discovered themes agree with SemEval-2014's restaurant aspect categories (food,
 * service, price, ambience, anecdotes/miscellaneous). The sentences go through the comment
 * analysis and theme discovery exactly as {@code run} does them (one comment per sentence), so
 * the themes are the ones a user would see for this corpus.
 *
 * <p>Purity: every theme gets the category most of its sentences carry; purity is the share of
 * theme-tagged sentences that carry their theme's category (a sentence with two gold categories
 * agrees with either). Measured twice: on the themes sentences are tagged with (most specific)
 * and on their top-level themes, the groups a manager browses. Coverage is the share of
 * sentences with at least one theme; a theme that merely repeats the majority category everywhere
 * would score high purity, so the number of themes and coverage are reported beside it, and so
 * is the purity of putting every covered sentence into one theme (the share of the commonest
 * category), the figure any real grouping has to beat.
 */
final class ThemePurityEvaluation {

  private final CommentAnalysis analysis;
  private final Taxonomy taxonomy;
  private final VerbatimConfig config;
  private final int threads;

  ThemePurityEvaluation(VerbatimConfig config, Taxonomy taxonomy, int threads) {
    this.analysis = new CommentAnalysis(config, taxonomy);
    this.taxonomy = taxonomy;
    this.config = config;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> all) {
    List<AspectSentence> sentences =
        all.stream().filter(s -> !s.categories().isEmpty()).toList();
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(sentences, threads,
        s -> analysis.analyze(new Comment(s.id(), null, s.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    CorpusThemes corpus = CorpusThemes.of(analysed, taxonomy, config);
    ThemeCatalog catalog = corpus.catalog();

    Purity specific = new Purity();
    Purity topLevel = new Purity();
    Purity oneTheme = new Purity();
    long covered = 0;
    long coreNlpSentences = 0;
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedComment tagged = corpus.tagged().get(i);
      coreNlpSentences += tagged.sentences().size();
      Set<String> themes = new LinkedHashSet<>();
      Set<String> roots = new LinkedHashSet<>();
      for (Sentence s : tagged.sentences()) {
        for (String id : s.themeIds()) {
          themes.add(id);
          List<String> line = catalog.withAncestors(id);
          roots.add(line.get(line.size() - 1));
        }
      }
      List<String> gold = sentences.get(i).categories();
      if (!themes.isEmpty()) {
        covered++;
        oneTheme.add("everything", gold);
      }
      themes.forEach(t -> specific.add(t, gold));
      roots.forEach(t -> topLevel.add(t, gold));
    }
    double coverage = sentences.isEmpty() ? 0 : covered / (double) sentences.size();
    Map<String, Double> figures = new java.util.LinkedHashMap<>();
    figures.put("purity", specific.purity());
    figures.put("purity_top_level", topLevel.purity());
    figures.put("purity_one_theme_baseline", oneTheme.purity());
    figures.put("coverage", coverage);
    figures.put("themes", (double) specific.themes());
    figures.put("top_level_themes", (double) topLevel.themes());
    return new TaskResult(key, title, dataset, sentences.size(), null, null, null,
        List.of(new Speed("tagging+sentiment+aspects+suggestions", coreNlpSentences, seconds,
            threads)),
        List.of(String.format(Locale.ROOT, "%d sentences with gold categories, one comment each;"
                + " themes discovered with the default configuration and taxonomy: %d themes"
                + " (%d top-level) cover %.1f%% of the sentences.", sentences.size(),
                specific.themes(), topLevel.themes(), 100 * coverage),
            "Purity: share of theme-tagged sentences whose gold categories include their"
                + " theme's majority category; top-level: the same over each theme's root."),
        figures);
  }

  /** Category counts per theme. */
  static final class Purity {

    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private long assigned;

    void add(String theme, List<String> categories) {
      Map<String, Long> byCategory = counts.computeIfAbsent(theme, t -> new HashMap<>());
      for (String c : new LinkedHashSet<>(categories)) {
        byCategory.merge(c, 1L, Long::sum);
      }
      assigned++;
    }

    double purity() {
      if (assigned == 0) {
        return 0;
      }
      long majority = 0;
      for (Map<String, Long> byCategory : counts.values()) {
        majority += new ArrayList<>(byCategory.values()).stream()
            .mapToLong(Long::longValue).max().orElse(0);
      }
      return majority / (double) assigned;
    }

    int themes() {
      return counts.size();
    }
  }
}
