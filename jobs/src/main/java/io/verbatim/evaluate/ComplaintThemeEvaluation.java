package io.verbatim.evaluate;

import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Idea;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Whether themes and ideas match the real problems of labelled complaints (CFPB narratives, each
 * with its {@code Issue} or {@code Product}): the comments go through analysis, theme discovery,
 * tagging and ideas as {@code run} does them, and the labels are read only to score.
 *
 * <p>Figures: NMI and purity of each comment's main theme ({@link MainTheme}) against its label,
 * for the theme as tagged and for its top-level theme; the share of comments (and of negative
 * comments) in no theme; and idea coverage: for each of the top-10 ideas the label most of its
 * evidence comments carry and that share, how many of the 6 largest labels are the majority
 * (at least half) of some top-10 idea, and the share of all comments behind a top-10 idea. The
 * top-20 ideas and the top-level themes are listed in the notes for people to read. Beside them,
 * plain baselines ({@link PlainBaselines}: commonest noun, k-means) scored on the same comments
 * and labels, with {@code clusters}, the number of clusters each partition forms (a partition
 * with more clusters gains NMI from that alone, so the K-cluster baselines form as many as ours).
 */
final class ComplaintThemeEvaluation {

  private static final int TOP_IDEAS = 10;
  private static final int LISTED_IDEAS = 20;
  private static final int LARGEST_LABELS = 6;
  private static final int RESAMPLES = 200;
  private static final long SEED = 20261206L;
  static final String NONE = "(no theme)";

  private final CommentAnalysis analysis;
  private final Taxonomy taxonomy;
  private final VerbatimConfig config;
  private final int threads;

  ComplaintThemeEvaluation(VerbatimConfig config, Taxonomy taxonomy, int threads) {
    this.analysis = new CommentAnalysis(config, taxonomy);
    this.taxonomy = taxonomy;
    this.config = config;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<LabelledText> complaints) {
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(complaints, threads,
        t -> analysis.analyze(new Comment(t.id(), null, t.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    long sentences = analysed.stream().mapToLong(c -> c.sentences().size()).sum();
    return score(key, title, dataset, complaints, analysed,
        new Speed("tagging+sentiment+aspects+suggestions", sentences, seconds, threads));
  }

  /** Scores analysed comments ({@code analysed} parallel to {@code complaints}). */
  TaskResult score(String key, String title, String dataset, List<LabelledText> complaints,
                   List<AnalyzedComment> analysed, Speed speed) {
    CorpusThemes corpus = CorpusThemes.of(analysed, taxonomy, config);
    List<ThemeSummary> summaries = corpus.stats().summaries(corpus.catalog());
    MainTheme main = corpus.main();
    List<String> labels = complaints.stream().map(LabelledText::label).toList();
    List<String> specific = new ArrayList<>();
    List<String> topLevel = new ArrayList<>();
    long negative = 0;
    long negativeUnthemed = 0;
    for (AnalyzedComment c : corpus.tagged()) {
      String theme = main.of(c);
      specific.add(theme == null ? NONE : theme);
      String root = main.topLevelOf(c);
      topLevel.add(root == null ? NONE : root);
      if (c.sentimentLabel() == SentimentLabel.NEGATIVE) {
        negative++;
        negativeUnthemed += theme == null ? 1 : 0;
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("nmi", nmi(specific, labels));
    double[] interval = nmiInterval(specific, labels);
    figures.put("nmi_low", interval[0]);
    figures.put("nmi_high", interval[1]);
    figures.put("purity", purity(specific, labels));
    figures.put("nmi_top_level", nmi(topLevel, labels));
    double[] topLevelInterval = nmiInterval(topLevel, labels);
    figures.put("nmi_top_level_low", topLevelInterval[0]);
    figures.put("nmi_top_level_high", topLevelInterval[1]);
    figures.put("purity_top_level", purity(topLevel, labels));
    figures.put("no_theme", share(specific.stream().filter(NONE::equals).count(),
        specific.size()));
    figures.put("in_a_theme", 1 - figures.get("no_theme"));
    figures.put("no_theme_negative", share(negativeUnthemed, negative));
    long roots = corpus.catalog().themes().stream().filter(t -> t.parentId() == null)
        .filter(t -> summaries.stream().anyMatch(s -> s.theme().id().equals(t.id()))).count();
    figures.put("themes", (double) summaries.size());
    figures.put("top_level_themes", (double) roots);
    figures.put("clusters", (double) java.util.Set.copyOf(specific).size());
    figures.put("clusters_top_level", (double) java.util.Set.copyOf(topLevel).size());

    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%d complaints; themes and ideas discovered on them"
        + " with the default configuration and taxonomy, labels read only to score. Main theme:"
        + " the theme a comment names most, weighted by rarity and by how its word vectors and words"
        + " fit each theme's other comments (MainTheme). NMI: mutual"
        + " information over the mean of both entropies; comments in no theme form one cluster."
        + " NMI 95%% interval: bootstrap percentiles over comments, shifted by the resamples' median bias (%d resamples).", complaints.size(),
        RESAMPLES));
    ideaCoverage(corpus, labels, figures, notes);
    notes.add("Top-level themes (comments; member phrases): " + topLevelList(corpus, summaries));
    PlainBaselines.score(corpus.tagged(), labels,
        (int) specific.stream().filter(t -> !NONE.equals(t)).distinct().count(), figures, notes);
    return new TaskResult(key, title, dataset, complaints.size(), null, null, null,
        List.of(speed), notes, figures);
  }

  private void ideaCoverage(CorpusThemes corpus, List<String> labels, Map<String, Double> figures,
                            List<String> notes) {
    List<Idea> ideas = corpus.ideas().ideas();
    Map<String, List<Integer>> evidence = new HashMap<>();
    for (int i = 0; i < corpus.tagged().size(); i++) {
      for (String id : corpus.ideas().index().ideaIds(corpus.tagged().get(i))) {
        evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Long> labelSizes = counts(labels, Function.identity());
    List<String> largest = labelSizes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(LARGEST_LABELS).map(Map.Entry::getKey).toList();
    java.util.Set<String> covered = new java.util.TreeSet<>();
    java.util.Set<Integer> behindTop = new java.util.HashSet<>();
    StringBuilder list = new StringBuilder();
    for (int r = 0; r < Math.min(LISTED_IDEAS, ideas.size()); r++) {
      Idea idea = ideas.get(r);
      List<Integer> comments = evidence.getOrDefault(idea.id(), List.of());
      Map<String, Long> byLabel = counts(comments, labels::get);
      Map.Entry<String, Long> top = byLabel.entrySet().stream()
          .max(Map.Entry.<String, Long>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElse(Map.entry("-", 0L));
      double majority = share(top.getValue(), comments.size());
      if (r < TOP_IDEAS) {
        behindTop.addAll(comments);
        if (majority >= 0.5 && largest.contains(top.getKey())) {
          covered.add(top.getKey());
        }
        figures.put("idea" + (r + 1) + "_majority_share", majority);
      }
      Theme theme = idea.themeId() == null ? null : corpus.catalog().get(idea.themeId());
      list.append(String.format(Locale.ROOT, "%s%d. %s [%s; %s] %d comments, %.0f%% %s",
          r == 0 ? "" : " | ", r + 1, idea.title(), theme == null ? "-" : theme.label(),
          idea.owner(), comments.size(), 100 * majority, top.getKey()));
    }
    figures.put("largest_labels_covered", (double) covered.size());
    figures.put("top10_idea_comments", share(behindTop.size(), labels.size()));
    notes.add("Largest labels: " + largest + "; the majority (>= 50%) label of a top-10 idea: "
        + covered + ".");
    notes.add("Top-20 ideas (title [theme; owner] evidence comments, majority label share): "
        + list);
  }

  private static String topLevelList(CorpusThemes corpus, List<ThemeSummary> summaries) {
    StringBuilder out = new StringBuilder();
    for (ThemeSummary s : summaries) {
      if (s.theme().parentId() == null) {
        out.append(out.isEmpty() ? "" : " | ").append(String.format(Locale.ROOT, "%s (%d; %s)",
            s.theme().label(), s.comments(), String.join(", ", s.theme().terms())));
      }
    }
    return out.toString();
  }

  /** Normalised mutual information, arithmetic-mean normalisation; 0 when either is constant. */
  static double nmi(List<String> clusters, List<String> labels) {
    int n = clusters.size();
    Map<String, Long> a = counts(clusters, Function.identity());
    Map<String, Long> b = counts(labels, Function.identity());
    Map<String, Long> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge(clusters.get(i) + "\u0000" + labels.get(i), 1L, Long::sum);
    }
    double mi = 0;
    for (Map.Entry<String, Long> e : joint.entrySet()) {
      String[] k = e.getKey().split("\u0000", -1);
      double pxy = e.getValue() / (double) n;
      mi += pxy * Math.log(pxy / (a.get(k[0]) / (double) n * (b.get(k[1]) / (double) n)));
    }
    double h = entropy(a, n) + entropy(b, n);
    return h == 0 ? 0 : 2 * mi / h;
  }

  /** Purity: share of comments whose label is the commonest label of their cluster. */
  static double purity(List<String> clusters, List<String> labels) {
    Map<String, Map<String, Long>> byCluster = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      byCluster.computeIfAbsent(clusters.get(i), k -> new HashMap<>())
          .merge(labels.get(i), 1L, Long::sum);
    }
    long majority = byCluster.values().stream()
        .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).max().orElse(0)).sum();
    return share(majority, clusters.size());
  }

  /** NMI's 95% bootstrap interval over comments, {low, high}. */
  static double[] nmiInterval(List<String> clusters, List<String> labels) {
    SplittableRandom random = new SplittableRandom(SEED);
    int n = clusters.size();
    double[] values = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      List<String> c = new ArrayList<>(n);
      List<String> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        c.add(clusters.get(k));
        l.add(labels.get(k));
      }
      values[r] = nmi(c, l);
    }
    java.util.Arrays.sort(values);
    // A resample repeats comments, which inflates mutual information: the percentiles are shifted
    // by the resamples' bias (their median minus the estimate) before they are read off.
    double bias = values[RESAMPLES / 2] - nmi(clusters, labels);
    return new double[] {Math.max(0, values[(int) Math.floor(0.025 * (RESAMPLES - 1))] - bias),
        values[(int) Math.ceil(0.975 * (RESAMPLES - 1))] - bias};
  }

  private static double entropy(Map<String, Long> counts, int n) {
    double h = 0;
    for (long c : counts.values()) {
      double p = c / (double) n;
      h -= p * Math.log(p);
    }
    return h;
  }

  private static <T> Map<String, Long> counts(List<T> items, Function<T, String> key) {
    Map<String, Long> out = new HashMap<>();
    for (T item : items) {
      out.merge(key.apply(item), 1L, Long::sum);
    }
    return out;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
