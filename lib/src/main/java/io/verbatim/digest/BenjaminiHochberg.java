package io.verbatim.digest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p-values (q-values). Every digest tests every theme at once, so a
 * plain 5% level would flag a quiet theme or two nearly every morning; flagging the themes with
 * {@code q <= fdr} keeps the expected share of false alarms among the flagged ones at most
 * {@code fdr}. The procedure also holds for positively dependent tests, as a parent theme and its
 * sub-themes are.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {
  }

  /** {@code q_(i) = min over j >= i of p_(j) * m / j}, capped at 1, in the input's order. */
  public static double[] adjust(double[] p) {
    int m = p.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}
