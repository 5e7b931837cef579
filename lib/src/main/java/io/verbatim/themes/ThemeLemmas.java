package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which content words (nouns, verbs, adjectives, by lemma) the comments naming each theme use,
 * against the corpus as a whole: a multinomial over the words a comment contains (each counted
 * once per comment), for telling which of a comment's themes its words belong to
 * ({@link Words#logRatio}). Mergeable.
 *
 * <p>Lemmas are hashed into {@link #BUCKETS} buckets, so a theme's table is one fixed array of
 * integer counts however large the vocabulary: memory is bounded by construction (themes ×
 * buckets × 4 bytes) without a cut-off that would depend on the order partial sums are merged in,
 * and counts are exact integers, so the result is the same whatever order Spark merges them.
 * Adding a comment costs one hash per content word and one increment per distinct word and theme
 * it names; scoring a theme costs one look-up per distinct word.
 */
public final class ThemeLemmas implements Serializable {

  /** Hash buckets for lemmas: collisions merge rare words, which carry little weight anyway. */
  static final int BUCKETS = 1 << 13;

  /**
   * Pseudo-counts of corpus words a theme's distribution is smoothed with (Dirichlet prior): a
   * theme's comments hold from a few dozen to tens of thousands of words, and a small theme's
   * counts, read raw, make every word it happened to meet look telling. Chosen on the CFPB dev
   * parts (in-sample) with the other settings below: NMI payday 0.280, 0.290, 0.288 and products
   * 0.272, 0.291, 0.283 for 200, 2000 and 10000 (tempers 1, 2 and 1 respectively).
   */
  static final double PRIOR = 2000;

  private final Map<String, int[]> counts = new HashMap<>();
  /** Per theme: comments with a content word naming it, and their distinct words in all. */
  private final Map<String, long[]> totals = new HashMap<>();
  private long[] corpus = new long[BUCKETS];
  private long corpusWords;

  /** Adds a tagged comment; one with no content word counts nowhere. */
  public ThemeLemmas add(AnalyzedComment c) {
    int[] words = bucketsOf(c);
    if (words.length == 0) {
      return this;
    }
    for (int b : words) {
      corpus[b]++;
    }
    corpusWords += words.length;
    for (String id : themesOf(c)) {
      int[] table = counts.computeIfAbsent(id, k -> new int[BUCKETS]);
      for (int b : words) {
        table[b]++;
      }
      long[] t = totals.computeIfAbsent(id, k -> new long[2]);
      t[0]++;
      t[1] += words.length;
    }
    return this;
  }

  public ThemeLemmas merge(ThemeLemmas o) {
    o.counts.forEach((id, table) -> counts.merge(id, table.clone(), (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
      return a;
    }));
    o.totals.forEach((id, t) -> totals.merge(id, t.clone(), (a, b) -> {
      a[0] += b[0];
      a[1] += b[1];
      return a;
    }));
    for (int i = 0; i < BUCKETS; i++) {
      corpus[i] += o.corpus[i];
    }
    corpusWords += o.corpusWords;
    return this;
  }

  /** Comments with a content word that name the theme (as tagged, most specific). */
  public long comments(String themeId) {
    long[] t = totals.get(themeId);
    return t == null ? 0 : t[0];
  }

  /**
   * How much of the words' likelihood ratio counts. The ratio treats a comment's words as
   * independent evidence; they are not (a complaint repeats its subject in many words), and
   * summed in full it drowns the comment's theme counts. The mean ratio per word is scaled by
   * the square root of the number of words, so a long comment says more than a short one, but
   * not in proportion. Chosen on the CFPB dev parts (in-sample), prior 2000: NMI payday 0.291,
   * 0.290, 0.285 and products 0.285, 0.291, 0.295 at 1, 2, 4; the full sum (no square root,
   * prior 200) 0.258 and 0.263.
   */
  static final double TEMPER = 2;

  /**
   * Log scores of a comment's themes, each raised by the tempered log likelihood ratio of the
   * comment's words under it.
   */
  public Map<String, Double> weigh(AnalyzedComment c, Map<String, Double> logScores) {
    Words words = wordsOf(c);
    double scale = TEMPER * Math.sqrt(words.size());
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    logScores.forEach((id, s) -> out.put(id, s + scale * words.logRatio(id)));
    return out;
  }

  /** The comment's words, ready to be scored against each of its themes. */
  public Words wordsOf(AnalyzedComment c) {
    return new Words(bucketsOf(c));
  }

  /** A comment's distinct content words, as buckets. */
  public final class Words {

    private final int[] buckets;

    private Words(int[] buckets) {
      this.buckets = buckets;
    }

    /**
     * The log likelihood ratio of the comment's words under the theme's word distribution
     * (from the other comments naming it: this one, one of them, is taken out, or a theme would
     * fit its own comments best) against the corpus's, per word; 0 when no other comment names
     * the theme or the comment has no content word. The theme's distribution is smoothed
     * towards the corpus's, so a theme of few comments says little either way.
     */
    public double logRatio(String themeId) {
      int[] table = counts.get(themeId);
      long[] t = totals.get(themeId);
      if (table == null || t[0] < 2 || buckets.length == 0) {
        return 0;
      }
      double others = t[1] - buckets.length;
      double sum = 0;
      for (int b : buckets) {
        double corpusP = (corpus[b] + 1.0) / (corpusWords + BUCKETS);
        double themeP = (Math.max(0, table[b] - 1) + PRIOR * corpusP) / (others + PRIOR);
        sum += Math.log(themeP / corpusP);
      }
      return sum / buckets.length;
    }

    /** How many distinct content words the comment has. */
    public int size() {
      return buckets.length;
    }
  }

  private static Set<String> themesOf(AnalyzedComment c) {
    Set<String> named = new LinkedHashSet<>();
    for (Sentence s : c.sentences()) {
      named.addAll(s.themeIds());
    }
    return named;
  }

  private static int[] bucketsOf(AnalyzedComment c) {
    Set<Integer> seen = new LinkedHashSet<>();
    for (Sentence s : c.sentences()) {
      for (Token t : s.tokens()) {
        if (t.isNoun() || t.isVerb() || t.isAdjective()) {
          String lemma = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
          seen.add(bucket(lemma.toLowerCase(Locale.ROOT)));
        }
      }
    }
    int[] out = seen.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  /** A lemma's bucket: String.hashCode is fixed by the language, so the same on every JVM. */
  static int bucket(String lemma) {
    int h = lemma.hashCode() * 0x9E3779B1;
    return (h ^ (h >>> 16)) & (BUCKETS - 1);
  }
}
