package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where each theme's comments sit in word-vector space: the mean topic vector
 * ({@link TopicVector}) of the comments naming the theme, against the mean of the whole corpus.
 * A subject ("Mortgage", "Foreclosure") draws comments about one thing, so its centroid stands
 * away from the corpus mean; a party or channel named in every kind of complaint ("Staff",
 * "Email") draws comments about everything, and its centroid stays near the mean. Mergeable.
 *
 * <p>Sums are kept in fixed point (longs), so they come out the same whatever order Spark merges
 * the partitions in, and the main themes chosen from them ({@link MainTheme}) are stable from
 * run to run.
 */
public final class ThemeCentroids implements Serializable {

  /** Fixed-point scale: a unit vector's components keep 24 bits after the point. */
  private static final double SCALE = 1 << 24;

  private final Map<String, long[]> sums = new HashMap<>();
  private final Map<String, Long> counts = new HashMap<>();
  private long[] corpus;
  private long comments;
  /** Sum over comments of the topic vector's squared length, for the corpus's spread. */
  private long squares;

  /** Adds a tagged comment; one with no word that has a vector counts nowhere. */
  public ThemeCentroids add(AnalyzedComment c) {
    return add(c, TopicVector.of(c));
  }

  ThemeCentroids add(AnalyzedComment c, double[] v) {
    if (v == null) {
      return this;
    }
    long[] fixed = new long[v.length];
    long square = 0;
    for (int d = 0; d < v.length; d++) {
      fixed[d] = Math.round(v[d] * SCALE);
      square += Math.round(v[d] * v[d] * SCALE);
    }
    corpus = plus(corpus, fixed);
    comments++;
    squares += square;
    Set<String> named = new LinkedHashSet<>();
    for (Sentence s : c.sentences()) {
      named.addAll(s.themeIds());
    }
    for (String id : named) {
      sums.merge(id, fixed.clone(), ThemeCentroids::plus);
      counts.merge(id, 1L, Long::sum);
    }
    return this;
  }

  public ThemeCentroids merge(ThemeCentroids o) {
    o.sums.forEach((id, sum) -> sums.merge(id, sum.clone(), ThemeCentroids::plus));
    o.counts.forEach((id, n) -> counts.merge(id, n, Long::sum));
    corpus = o.corpus == null ? corpus : plus(corpus, o.corpus);
    comments += o.comments;
    squares += o.squares;
    return this;
  }

  private static long[] plus(long[] into, long[] add) {
    if (into == null) {
      return add.clone();
    }
    for (int d = 0; d < into.length; d++) {
      into[d] += add[d];
    }
    return into;
  }

  /** Comments with a topic vector. */
  public long comments() {
    return comments;
  }

  /** Comments with a topic vector that name the theme (as tagged, most specific). */
  public long comments(String themeId) {
    return counts.getOrDefault(themeId, 0L);
  }

  /** How many numbers a topic vector has; 0 before any comment had one. */
  public int dimension() {
    return corpus == null ? 0 : corpus.length;
  }

  /** The mean topic vector of the corpus, null when no comment had one. */
  public double[] corpusMean() {
    return mean(corpus, comments);
  }

  /**
   * The theme's centroid less the corpus mean, the way its comments lean away from the others;
   * null when no comment with a topic vector names it.
   */
  public double[] offset(String themeId) {
    long n = comments(themeId);
    if (n == 0) {
      return null;
    }
    double[] centroid = mean(sums.get(themeId), n);
    double[] mean = corpusMean();
    for (int d = 0; d < centroid.length; d++) {
      centroid[d] -= mean[d];
    }
    return centroid;
  }

  /** Mean squared distance of a comment's topic vector from the corpus mean; 0 for none. */
  public double spread() {
    double[] mean = corpusMean();
    return mean == null ? 0 : Math.max(0, squares / SCALE / comments - dot(mean, mean));
  }

  private static double[] mean(long[] sum, long n) {
    if (sum == null || n == 0) {
      return null;
    }
    double[] out = new double[sum.length];
    for (int d = 0; d < sum.length; d++) {
      out[d] = sum[d] / SCALE / n;
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double dot = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
    }
    return dot;
  }
}
