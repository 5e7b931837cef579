package io.verbatim.sentiment.vader;

import io.verbatim.words.WordVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * VADER's valence carried to words its lexicon lacks, through word vectors: a ridge regression
 * from a word's vector ({@link WordVectors#shipped()}) to its VADER valence, fitted on every
 * lexicon word that has a vector. A review of a new domain uses opinion words no lexicon and no
 * training set of ours holds ("shoddy", "crummy"); their vectors lie near words VADER rates, so
 * the fitted direction gives them a valence of the same kind. Fitted once per JVM on first use,
 * from shipped resources only, in a fixed order, so every run gets the same numbers.
 */
public final class InducedValence {

  /** Ridge penalty (the vectors are unit length; the lexicon has about 7,000 words with one). */
  static final double RIDGE = 1.0;

  /** One in this many words outside the lexicon is fitted as neutral (valence 0). */
  static final int NEUTRAL_EVERY = Integer.getInteger("verbatim.neutralEvery", 8);

  private InducedValence() {
  }

  private static final class Fitted {
    static final double[] AXIS = fit(WordVectors.shipped(), Vader.lexicon());
  }

  /**
   * The valence a word's vector suggests, on VADER's scale (about -4..4), or 0 when the word has
   * no vector.
   */
  public static double of(String lower) {
    double[] axis = Fitted.AXIS;
    double[] v = WordVectors.shipped().of(lower);
    if (v == null) {
      return 0;
    }
    double s = axis[axis.length - 1];
    for (int d = 0; d < v.length; d++) {
      s += axis[d] * v[d];
    }
    return s;
  }

  /** Ridge weights (one per dimension, then the intercept, not penalised). */
  static double[] fit(WordVectors vectors, Map<String, Double> lexicon) {
    int n = vectors.dimension() + 1;
    double[][] a = new double[n][n];
    double[] b = new double[n];
    List<String> words = new ArrayList<>(vectors.words());
    words.sort(null);
    int skipped = 0;
    for (String w : words) {
      Double valence = lexicon.get(w);
      if (valence == null && skipped++ % NEUTRAL_EVERY != 0) {
        continue;
      }
      double[] v = vectors.of(w);
      double[] x = java.util.Arrays.copyOf(v, n);
      x[n - 1] = 1;
      double y = valence == null ? 0 : valence;
      for (int i = 0; i < n; i++) {
        b[i] += x[i] * y;
        for (int j = 0; j < n; j++) {
          a[i][j] += x[i] * x[j];
        }
      }
    }
    for (int i = 0; i < n - 1; i++) {
      a[i][i] += RIDGE;
    }
    return solve(a, b);
  }

  /** Gaussian elimination with partial pivoting (the system is small and well conditioned). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] row = a[c];
      a[c] = a[pivot];
      a[pivot] = row;
      double t = b[c];
      b[c] = b[pivot];
      b[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
