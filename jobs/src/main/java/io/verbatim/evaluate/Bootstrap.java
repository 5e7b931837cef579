package io.verbatim.evaluate;

import io.verbatim.labelled.Confusion;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals for figures computed from a confusion matrix, so a report says
 * how far a figure could move on another sample of the same kind: a target cleared by one
 * sentence is not the same as one cleared by a wide margin.
 *
 * <p>Resampling items with replacement only changes how many items fall in each cell, so a
 * resample is drawn from the matrix itself (each item a cell, with the cell's share as its
 * probability); no item list is needed. Items are taken as independent: aspect terms of one
 * sentence are not quite, so their intervals are a little narrow. Seeded, so the same matrix
 * always gives the same interval.
 */
final class Bootstrap {

  /** Resamples per interval: enough for stable 2.5 and 97.5 percentiles. */
  static final int RESAMPLES = 1000;
  private static final long SEED = 20261124L;

  /** A two-sided 95% interval. */
  record Interval(double low, double high) {
  }

  private Bootstrap() {
  }

  static Interval interval(Confusion c, ToDoubleFunction<Confusion> figure) {
    List<String> labels = c.labels();
    int k = labels.size();
    long n = c.total();
    if (n == 0) {
      return new Interval(0, 0);
    }
    double[] cumulative = new double[k * k];
    double running = 0;
    for (int g = 0; g < k; g++) {
      for (int p = 0; p < k; p++) {
        running += c.count(labels.get(g), labels.get(p)) / (double) n;
        cumulative[g * k + p] = running;
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    double[] values = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      long[] cells = new long[k * k];
      for (long i = 0; i < n; i++) {
        int cell = Arrays.binarySearch(cumulative, random.nextDouble());
        cell = cell >= 0 ? cell : -cell - 1;
        cells[Math.min(cell, cells.length - 1)]++;
      }
      Confusion resample = new Confusion(labels);
      for (int cell = 0; cell < cells.length; cell++) {
        resample.add(labels.get(cell / k), labels.get(cell % k), cells[cell]);
      }
      values[r] = figure.applyAsDouble(resample);
    }
    Arrays.sort(values);
    return new Interval(values[(int) Math.floor(0.025 * (RESAMPLES - 1))],
        values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
  }
}
