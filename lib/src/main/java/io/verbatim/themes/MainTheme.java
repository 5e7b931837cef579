package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.ThemeSummary;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The one theme a comment is mostly about: the theme it names in most sentences, each weighted by
 * how rare the theme is in the corpus (square root of the inverse document frequency), and, when
 * the corpus's theme centroids are given ({@link ThemeCentroids}), by how much more the comment
 * reads like the comments naming the theme than like the corpus as a whole. A long
 * complaint names the product in every paragraph ("loan", "flight"); what sets it apart from the
 * others, and what a manager would file it under, is the rarer theme it keeps returning to. The
 * square root keeps one passing mention of a rare word from outweighing the comment's subject
 * (on the CFPB dev parts, in-sample, it gave NMI 0.329 and 0.290 against 0.321 and 0.288 for the
 * plain inverse document frequency and 0.259 and 0.272 for no weighting, at the build of the
 * time). A theme's rarity is that of
 * its own family, the theme and the kinds of it ({@link ThemeStats#familyComments}): the
 * top-level nesting hangs other themes under a kept one because they are mentioned together,
 * and counting those would make "Fees" look more common the more it is given, passing its
 * complaints to other themes whenever the nesting changes. A top-level theme, which stands for everything under it
 * ({@link #topLevelOf}), keeps the rarity of its whole subtree.
 *
 * <p>Counts alone pick the generic party a complaint keeps naming ("Staff", "Email replies",
 * "Document") over its subject ("Foreclosure", "Payoff"): people name who they dealt with in
 * every paragraph. A party is named in every kind of complaint, so the comments naming it sit
 * near the corpus mean in word-vector space, and a comment gains little by resembling them; a
 * subject's comments lean one way, and a comment that leans the same way is likely about it.
 * The weight is the likelihood ratio of the comment's topic vector ({@link TopicVector}) under
 * a spherical Gaussian at the centroid of the theme's other comments (this one taken out)
 * against one at the corpus mean, both with the corpus's spread, tempered ({@link #TEMPER}):
 * {@code exp(TEMPER · ((v - m)·o - |o|²/2) / s²)} for the centroid's offset {@code o} from the
 * mean {@code m} and the per-dimension variance {@code s²}. It weighs in only where the comment
 * names some theme in more than one sentence, the case it is for. On the CFPB dev parts
 * (in-sample, from build 6e6dd27) NMI moved from 0.269 (0.255-0.280) to 0.275 (0.261-0.288) for
 * payday issues, within noise, and from 0.245 (0.235-0.257) to 0.261 (0.251-0.273) for
 * products. Weighting by how far a theme's centroid stands from the mean (topicality), by the
 * cosine of the two offsets, by the likeness of the theme's own words, or by the vectors of
 * the words around a theme's mentions only did less.
 *
 * <p>With the corpus's theme word counts ({@link ThemeLemmas}), each theme's score also gains
 * the tempered likelihood ratio of the comment's content words under the words of the theme's
 * other comments against the corpus's, where the comment names some theme in more than one
 * sentence or has enough words to tell ({@link ThemeLemmas#weigh}). On the CFPB dev parts
 * (in-sample, from build b924ae4) NMI moved from 0.287 (0.273-0.299) to 0.293 (0.282-0.304)
 * for payday issues, within noise, and from 0.263 (0.252-0.276) to 0.286 (0.275-0.302) for
 * products, level with k-means over TF-IDF (0.287 and 0.285); 10 of the demo's 605 comments
 * with a theme change main theme.
 */
public final class MainTheme implements Serializable {

  /**
   * How much of the likelihood ratio counts. The ratio treats a topic vector's 128 dimensions as
   * independent evidence; they are not, and at full weight the ratio drowns the counts (a
   * comment goes to whichever of its themes' comments it lies nearest, however little it says
   * of it). Chosen on the CFPB dev parts (in-sample): NMI payday 0.279, 0.275, 0.271 and
   * products 0.259, 0.261, 0.263 at 0.1, 0.2, 0.5.
   */
  static final double TEMPER = 0.2;

  private final ThemeCatalog catalog;
  private final Map<String, Double> weight = new HashMap<>();
  private final Map<String, Double> subtreeWeight = new HashMap<>();
  private final Map<String, Double> share = new HashMap<>();
  /** Each theme's centroid less the corpus mean; empty without centroids. */
  private final Map<String, double[]> offset = new HashMap<>();
  /** Comments with a topic vector behind each theme's centroid. */
  private final Map<String, Long> placed = new HashMap<>();
  private double[] corpusMean;
  /** The corpus's variance per dimension of the topic vectors. */
  private double variance;
  /** Each theme's words against the corpus's; null without them. */
  private ThemeLemmas lemmas;

  /**
   * Main themes from the corpus's theme figures, each theme's rarity from its own family.
   *
   * @param stats the figures of the tagged corpus, over {@code catalog}
   */
  public MainTheme(ThemeCatalog catalog, ThemeStats stats) {
    this(catalog, stats.summaries(catalog), stats.all().comments(), stats::familyComments);
  }

  /**
   * Main themes from the corpus's theme figures and where each theme's comments sit in
   * word-vector space: a comment's themes are weighed by how well it fits each.
   *
   * @param centroids the topic-vector centroids of the same tagged corpus
   */
  public MainTheme(ThemeCatalog catalog, ThemeStats stats, ThemeCentroids centroids) {
    this(catalog, stats);
    corpusMean = centroids.corpusMean();
    variance = centroids.spread() / centroids.dimension();
    if (corpusMean == null || variance <= 0) {
      corpusMean = null;
      return;
    }
    for (String id : weight.keySet()) {
      double[] o = centroids.offset(id);
      if (o != null) {
        offset.put(id, o);
        placed.put(id, centroids.comments(id));
      }
    }
  }

  /**
   * Main themes weighed also by how well the comment's words fit each theme's comments' words
   * ({@link ThemeLemmas}).
   *
   * @param lemmas the theme word counts of the same tagged corpus
   */
  public MainTheme(ThemeCatalog catalog, ThemeStats stats, ThemeCentroids centroids,
                   ThemeLemmas lemmas) {
    this(catalog, stats, centroids);
    this.lemmas = lemmas.compact();
  }

  /**
   * Main themes where every theme's rarity is that of its subtree: for a catalog with no
   * themes hung under others by co-occurrence, where the two are the same.
   *
   * @param summaries every theme's figures for the corpus ({@link ThemeStats#summaries})
   * @param comments comments in the corpus
   */
  public MainTheme(ThemeCatalog catalog, List<ThemeSummary> summaries, long comments) {
    this(catalog, summaries, comments, null);
  }

  private MainTheme(ThemeCatalog catalog, List<ThemeSummary> summaries, long comments,
                    ToLongFunction<String> familyComments) {
    this.catalog = catalog;
    for (ThemeSummary s : summaries) {
      String id = s.theme().id();
      long family = familyComments == null ? s.comments() : familyComments.applyAsLong(id);
      weight.put(id, rarity(family, comments));
      subtreeWeight.put(id, rarity(s.comments(), comments));
      share.put(id, comments == 0 ? 0 : family / (double) comments);
    }
  }

  private static double rarity(long naming, long comments) {
    return Math.sqrt(Math.log((comments + 1.0) / (naming + 1.0)));
  }

  /**
   * The comment's main theme as tagged (most specific), null when it has none. With centroids,
   * the comment is one of those they were measured on.
   */
  public String of(AnalyzedComment c) {
    Map<String, Double> score = new LinkedHashMap<>();
    for (Sentence s : c.sentences()) {
      for (String id : s.themeIds()) {
        score.merge(id, weight.getOrDefault(id, 0.0), Double::sum);
      }
    }
    if (score.size() < 2) {
      return best(score);
    }
    boolean repeats = repeatsATheme(c);
    Map<String, Double> fitted = corpusMean == null || !repeats ? logs(score) : fitted(c, score);
    return best(lemmas == null ? fitted : lemmas.weigh(c, fitted, repeats));
  }

  /**
   * Whether the comment names some theme in more than one sentence: only then can a party named
   * again and again outweigh the subject. Where every theme is named once, rarity alone
   * decides; a short comment's topic vector, drawn from a few words that often tell of
   * unrelated things, says too little to overrule it (on the demo's comments, weighing every
   * comment by its vector changed 30% of main themes, most to broad themes such as "Flights").
   */
  private static boolean repeatsATheme(AnalyzedComment c) {
    Set<String> seen = new HashSet<>();
    for (Sentence s : c.sentences()) {
      for (String id : s.themeIds()) {
        if (!seen.add(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The rarity-weighted counts times each theme's likelihood ratio for the comment's topic
   * vector, as logarithms (a ratio can pass what a double holds). The comment is one of the
   * comments behind each of its themes' centroids; it is taken out of them first, or every
   * small theme would fit its own comments best (a theme of two comments would be half this
   * one). A theme no other comment names has no evidence either way.
   */
  private Map<String, Double> fitted(AnalyzedComment c, Map<String, Double> score) {
    double[] v = TopicVector.of(c);
    if (v == null) {
      return logs(score);
    }
    for (int d = 0; d < v.length; d++) {
      v[d] -= corpusMean[d];
    }
    Map<String, Double> out = new LinkedHashMap<>();
    score.forEach((id, w) -> out.put(id, Math.log(w) + TEMPER * logRatio(v, id)));
    return out;
  }

  private static Map<String, Double> logs(Map<String, Double> score) {
    Map<String, Double> out = new LinkedHashMap<>();
    score.forEach((id, w) -> out.put(id, Math.log(w)));
    return out;
  }

  /** The log likelihood ratio of {@code v} (less the corpus mean) at the theme's centroid. */
  private double logRatio(double[] v, String id) {
    double[] o = offset.get(id);
    long n = placed.getOrDefault(id, 0L);
    if (o == null || n < 2) {
      return 0;
    }
    double[] others = new double[o.length];
    for (int d = 0; d < o.length; d++) {
      others[d] = (n * o[d] - v[d]) / (n - 1);
    }
    return (ThemeCentroids.dot(v, others) - ThemeCentroids.dot(others, others) / 2) / variance;
  }

  /** The broadest theme {@code id} is a kind of ({@link ThemeCatalog#kindOf}). */
  public String kindOf(String id) {
    return id == null ? null : catalog.kindOf(id);
  }

  /** Whether the theme is a problem with a change of its own ({@link ThemeCatalog}). */
  public boolean namesItsChange(String id) {
    return catalog.get(id) != null && catalog.namesItsChange(id);
  }

  /**
   * The share of the corpus's comments that name the theme or a kind of it (with subtree counts,
   * {@link #MainTheme(ThemeCatalog, List, long)}: or any theme below it).
   */
  public double share(String id) {
    return share.getOrDefault(id, 0.0);
  }

  /** Of several themes, the rarest in the corpus (the most telling); null for none. */
  public String rarest(List<String> themeIds) {
    Map<String, Double> score = new LinkedHashMap<>();
    themeIds.forEach(id -> score.put(id, weight.getOrDefault(id, 0.0)));
    return best(score);
  }

  /** The top-level theme the comment is mostly about, each sentence counting for the root. */
  public String topLevelOf(AnalyzedComment c) {
    Map<String, Double> score = new LinkedHashMap<>();
    for (Sentence s : c.sentences()) {
      for (String id : s.themeIds()) {
        score.merge(root(id), subtreeWeight.getOrDefault(root(id), 0.0), Double::sum);
      }
    }
    return best(score);
  }

  private String root(String id) {
    List<String> line = catalog.withAncestors(id);
    return line.get(line.size() - 1);
  }

  private static String best(Map<String, Double> score) {
    String best = null;
    for (Map.Entry<String, Double> e : score.entrySet()) {
      if (best == null || e.getValue() > score.get(best)
          || e.getValue().equals(score.get(best)) && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    return best;
  }
}
