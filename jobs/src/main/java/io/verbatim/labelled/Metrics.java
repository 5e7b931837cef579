package io.verbatim.labelled;

/**
 * Precision, recall and F1 from counts, for tasks without a square confusion matrix (aspect-term
 * extraction matches found phrases against gold terms).
 *
 * @param truePositives found items that match gold (for precision)
 * @param found all found items
 * @param goldFound gold items matched by something found (for recall)
 * @param gold all gold items
 */
public record Metrics(long truePositives, long found, long goldFound, long gold) {

  public double precision() {
    return found == 0 ? 0 : truePositives / (double) found;
  }

  public double recall() {
    return gold == 0 ? 0 : goldFound / (double) gold;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  public static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
