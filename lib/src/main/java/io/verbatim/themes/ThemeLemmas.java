package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * buckets × 4 bytes while counting; only non-zero buckets are shipped or kept for scoring,
 * {@link #compact}) without a cut-off that would depend on the order partial sums are merged in,
 * and counts are exact integers, so the result is the same whatever order Spark merges them.
 * Adding a comment costs one hash per content word and one increment per distinct word and theme
 * it names; scoring a theme costs one look-up per distinct word.
 */
public final class ThemeLemmas implements Serializable {

  /** Hash buckets for lemmas: collisions merge rare words, which carry little weight anyway. */
  static final int BUCKETS = 1 << 13;

  // The grids below were run with the corpus distribution add-one smoothed over the buckets;
  // read without that smoothing (a comment's words are all in the corpus), the chosen settings
  // give NMI 0.293 and 0.286 and move 10 of the demo's main themes.

  /**
   * How strongly a theme's word distribution is smoothed towards the corpus's (Dirichlet prior),
   * in comments: as if every theme had also this many comments of the corpus's average length and
   * word mix. A small theme's counts, read raw, make every word it happened to meet look telling;
   * counted in comments rather than words, the smoothing means the same on a corpus of tweets as
   * on one of long complaints. Chosen on the CFPB dev parts (in-sample), every comment weighed:
   * NMI payday 0.280, 0.290, 0.288 and products 0.272, 0.291, 0.283 for about 3, 30 and 150
   * comments (temper 1, 2, 1).
   */
  static final double PRIOR_COMMENTS = 30;

  /**
   * How much of the words' likelihood ratio counts. The ratio treats a comment's words as
   * independent evidence; they are not (a complaint repeats its subject in many words), and
   * summed in full it drowns the comment's theme counts. The mean ratio per word is scaled by
   * the square root of the number of words, so a long comment says more than a short one, but
   * not in proportion. Chosen on the CFPB dev parts (in-sample), every comment weighed: NMI
   * payday 0.291, 0.290, 0.285 and products 0.285, 0.291, 0.295 at 1, 2, 4; the full sum (no
   * square root, weaker prior) 0.258 and 0.263.
   */
  static final double TEMPER = 2;

  /**
   * Fewest distinct content words a comment needs for its words to weigh in, unless it names
   * some theme in more than one sentence. A short comment's few words are as likely to tell of
   * something else as of its subject, and against the small differences in rarity between its
   * themes they decide too much: weighing every comment moved 33% of the demo's main themes,
   * most to broad ones ("Cash refund" to "Voucher", "Login" to "Mobile app"). Chosen on the CFPB
   * dev parts (in-sample), with the demo's main themes that move: NMI payday 0.290, 0.290, 0.289,
   * 0.289 and products 0.289, 0.286, 0.281, 0.279 at 10, 20, 30, 40 words, moving 142, 14, 4, 4
   * of the demo's 605 comments with a theme (repeated themes only: 0.292 and 0.277, 4 moves).
   */
  static final int MIN_WORDS = 20;

  /** Per theme: dense tables while counting, non-zero pairs once compacted; written sparse. */
  private transient Map<String, int[]> counts = new HashMap<>();
  /** Per theme: comments with a content word naming it, and their distinct words in all. */
  private final Map<String, long[]> totals = new HashMap<>();
  private long[] corpus = new long[BUCKETS];
  private long corpusWords;
  private long corpusComments;
  /** Whether the theme tables hold non-zero buckets only ({@link #compact}). */
  private boolean compacted;

  /** Adds a tagged comment; one with no content word counts nowhere. */
  public ThemeLemmas add(AnalyzedComment c) {
    requireDense();
    int[] words = bucketsOf(c);
    if (words.length == 0) {
      return this;
    }
    for (int b : words) {
      corpus[b]++;
    }
    corpusWords += words.length;
    corpusComments++;
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
    requireDense();
    o.requireDense();
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
    corpusComments += o.corpusComments;
    return this;
  }

  /**
   * Theme tables go over the wire as their non-zero buckets: Spark ships one partial count per
   * partition, and a dense table is mostly zeros for all but the largest themes.
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(counts.size());
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.writeUTF(e.getKey());
      int[] pairs = compacted ? e.getValue() : sparse(e.getValue());
      out.writeInt(pairs.length);
      for (int x : pairs) {
        out.writeInt(x);
      }
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    counts = new HashMap<>();
    int themes = in.readInt();
    for (int i = 0; i < themes; i++) {
      String id = in.readUTF();
      int[] pairs = new int[in.readInt()];
      for (int j = 0; j < pairs.length; j++) {
        pairs[j] = in.readInt();
      }
      counts.put(id, compacted ? pairs : dense(pairs));
    }
  }

  private static int[] dense(int[] pairs) {
    int[] table = new int[BUCKETS];
    for (int j = 0; j < pairs.length; j += 2) {
      table[pairs[j]] = pairs[j + 1];
    }
    return table;
  }

  private void requireDense() {
    if (compacted) {
      throw new IllegalStateException("compacted theme word counts take no more comments");
    }
  }

  /**
   * The same counts with each theme's table kept as its non-zero buckets only, for shipping
   * with every task that chooses main themes: a dense table is {@link #BUCKETS} counts whatever
   * the theme's size, most of them zero for a small theme. Adding to or merging into the
   * result is not allowed.
   */
  public ThemeLemmas compact() {
    ThemeLemmas out = new ThemeLemmas();
    counts.forEach((id, table) -> out.counts.put(id, sparse(table)));
    totals.forEach((id, t) -> out.totals.put(id, t.clone()));
    out.corpus = corpus.clone();
    out.corpusWords = corpusWords;
    out.corpusComments = corpusComments;
    out.compacted = true;
    return out;
  }

  /** Non-zero counts as pairs (bucket, count), by bucket. */
  private static int[] sparse(int[] table) {
    int n = 0;
    for (int count : table) {
      n += count == 0 ? 0 : 1;
    }
    int[] out = new int[2 * n];
    int at = 0;
    for (int b = 0; b < table.length; b++) {
      if (table[b] != 0) {
        out[at++] = b;
        out[at++] = table[b];
      }
    }
    return out;
  }

  private int count(int[] table, int bucket) {
    if (!compacted) {
      return table[bucket];
    }
    int lo = 0;
    int hi = table.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = table[2 * mid];
      if (b == bucket) {
        return table[2 * mid + 1];
      }
      if (b < bucket) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return 0;
  }

  /** Comments with a content word that name the theme (as tagged, most specific). */
  public long comments(String themeId) {
    long[] t = totals.get(themeId);
    return t == null ? 0 : t[0];
  }

  /**
   * Log scores of a comment's themes, each raised by the tempered log likelihood ratio of the
   * comment's words under it; unchanged for a short comment that names every theme once.
   *
   * @param repeats whether the comment names some theme in more than one sentence
   */
  public Map<String, Double> weigh(AnalyzedComment c, Map<String, Double> logScores,
                                   boolean repeats) {
    Words words = wordsOf(c);
    if (!repeats && words.size() < MIN_WORDS) {
      return logScores;
    }
    double scale = TEMPER * Math.sqrt(words.size());
    Map<String, Double> out = new LinkedHashMap<>();
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
      double prior = PRIOR_COMMENTS * corpusWords / corpusComments;
      double sum = 0;
      for (int b : buckets) {
        // The comment is one of the corpus's, so each of its words was counted at least once.
        double corpusP = Math.max(1, corpus[b]) / (double) corpusWords;
        double themeP = (Math.max(0, count(table, b) - 1) + prior * corpusP) / (others + prior);
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
