package io.verbatim.labelled;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A confusion matrix over a fixed list of labels: rows are gold, columns predicted. */
public final class Confusion {

  private final List<String> labels;
  private final long[][] counts;

  public Confusion(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.counts = new long[labels.size()][labels.size()];
  }

  public synchronized void add(String gold, String predicted) {
    counts[index(gold)][index(predicted)]++;
  }

  /** Adds {@code times} items at once. */
  public synchronized void add(String gold, String predicted, long times) {
    counts[index(gold)][index(predicted)] += times;
  }

  public List<String> labels() {
    return labels;
  }

  public synchronized long count(String gold, String predicted) {
    return counts[index(gold)][index(predicted)];
  }

  public synchronized long total() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  public synchronized double accuracy() {
    long correct = 0;
    for (int i = 0; i < labels.size(); i++) {
      correct += counts[i][i];
    }
    long n = total();
    return n == 0 ? 0 : correct / (double) n;
  }

  public synchronized double precision(String label) {
    int k = index(label);
    long predicted = 0;
    for (long[] row : counts) {
      predicted += row[k];
    }
    return predicted == 0 ? 0 : counts[k][k] / (double) predicted;
  }

  public synchronized double recall(String label) {
    int k = index(label);
    long gold = 0;
    for (long c : counts[k]) {
      gold += c;
    }
    return gold == 0 ? 0 : counts[k][k] / (double) gold;
  }

  public double f1(String label) {
    return Metrics.f1(precision(label), recall(label));
  }

  /** Unweighted mean of the per-label F1 over all labels. */
  public double macroF1() {
    double sum = 0;
    for (String l : labels) {
      sum += f1(l);
    }
    return labels.isEmpty() ? 0 : sum / labels.size();
  }

  /** gold label → predicted label → count, in label order. */
  public synchronized Map<String, Map<String, Long>> matrix() {
    Map<String, Map<String, Long>> m = new LinkedHashMap<>();
    for (int g = 0; g < labels.size(); g++) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (int p = 0; p < labels.size(); p++) {
        row.put(labels.get(p), counts[g][p]);
      }
      m.put(labels.get(g), row);
    }
    return m;
  }

  private int index(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("unknown label " + label + ", expected one of " + labels);
    }
    return i;
  }
}
