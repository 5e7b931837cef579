package io.verbatim.sentiment;

import io.verbatim.words.WordVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weights for words a model never saw, borrowed from the known word whose vector lies nearest
 * (cosine at least {@code minCosine}), among the model's {@value #CANDIDATES} most decisive
 * unigrams. Found once per word and remembered.
 */
final class UnseenWords {

  static final int CANDIDATES = 3000;
  private static final Neighbour NONE = new Neighbour(null, 0);

  record Neighbour(String word, double cosine) {
  }

  private final WordVectors vectors = WordVectors.shipped();
  private final List<String> words = new ArrayList<>();
  private final float[] matrix;
  private final double minCosine;
  private final Map<String, Neighbour> found = new ConcurrentHashMap<>();

  /** @param spread each known unigram word (no prefix, not negated) and its weight spread */
  UnseenWords(Map<String, Double> spread, double minCosine) {
    this.minCosine = minCosine;
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(spread.entrySet());
    ranked.removeIf(e -> !vectors.contains(e.getKey()));
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    int dim = vectors.dimension();
    int n = Math.min(CANDIDATES, ranked.size());
    matrix = new float[n * dim];
    for (int i = 0; i < n; i++) {
      String w = ranked.get(i).getKey();
      words.add(w);
      double[] v = vectors.of(w);
      for (int d = 0; d < dim; d++) {
        matrix[i * dim + d] = (float) v[d];
      }
    }
  }

  /** The nearest known word to {@code word}, or a neighbour with a null word when none is near. */
  Neighbour of(String word) {
    if (!vectors.contains(word)) {
      return NONE;
    }
    return found.computeIfAbsent(word, this::nearest);
  }

  private Neighbour nearest(String word) {
    double[] q = vectors.of(word);
    int dim = q.length;
    double qn = 0;
    for (double x : q) {
      qn += x * x;
    }
    qn = Math.sqrt(qn);
    int best = -1;
    double bestCos = minCosine;
    for (int i = 0; i < words.size(); i++) {
      double dot = 0;
      double nn = 0;
      int o = i * dim;
      for (int d = 0; d < dim; d++) {
        dot += matrix[o + d] * q[d];
        nn += matrix[o + d] * matrix[o + d];
      }
      double c = dot / (qn * Math.sqrt(nn));
      if (c >= bestCos) {
        bestCos = c;
        best = i;
      }
    }
    return best < 0 ? NONE : new Neighbour(words.get(best), bestCos);
  }
}
