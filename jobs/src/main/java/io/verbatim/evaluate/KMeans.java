package io.verbatim.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain k-means (Lloyd's iterations, Euclidean distance) seeded by k-means++ (Arthur and
 * Vassilvitskii 2007), over sparse points, for the clustering baseline of the complaint-theme
 * evaluation. Written here rather than taken from commons-math3 (on the classpath through POI)
 * because its {@code KMeansPlusPlusClusterer} works on dense arrays: TF-IDF vectors of a
 * complaint set have thousands of dimensions and a few dozen non-zeros each, and with 200-odd
 * clusters the dense distances cost a hundred times more. Centres are dense; a point's distance
 * to one is {@code |x|² + |c|² - 2 x·c}, so an assignment step costs the non-zeros times k.
 * One seeded run, so the same input always gives the same clusters.
 */
final class KMeans {

  /** A point with only its non-zero coordinates: {@code index} ascending, {@code value} beside. */
  record Point(int[] index, double[] value) {

    Point {
      if (index.length != value.length) {
        throw new IllegalArgumentException(index.length + " indices for " + value.length
            + " values");
      }
    }

    /** All of a dense vector's coordinates. */
    static Point dense(double[] v) {
      int[] index = new int[v.length];
      Arrays.setAll(index, i -> i);
      return new Point(index, v.clone());
    }

    double squaredNorm() {
      double s = 0;
      for (double x : value) {
        s += x * x;
      }
      return s;
    }

    double dot(double[] centre) {
      double s = 0;
      for (int i = 0; i < index.length; i++) {
        s += value[i] * centre[index[i]];
      }
      return s;
    }
  }

  private static final int MAX_ITERATIONS = 100;

  private KMeans() {
  }

  /**
   * The cluster (0 .. k-1) of each point; points with no non-zero coordinate get -1 (nothing to
   * place them by). With fewer distinct non-empty points than {@code k}, fewer clusters are used.
   */
  static int[] cluster(List<Point> points, int dimension, int k, long seed) {
    int n = points.size();
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    int[] live = java.util.stream.IntStream.range(0, n)
        .filter(i -> points.get(i).index().length > 0).toArray();
    if (live.length == 0 || k < 1) {
      return assignment;
    }
    double[] norms = new double[n];
    for (int i : live) {
      norms[i] = points.get(i).squaredNorm();
    }
    double[][] centres = seed(points, live, norms, dimension, k, new SplittableRandom(seed));
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      boolean moved = false;
      double[] centreNorms = squaredNorms(centres);
      for (int i : live) {
        int best = nearest(points.get(i), norms[i], centres, centreNorms);
        moved |= best != assignment[i];
        assignment[i] = best;
      }
      if (!moved) {
        break;
      }
      update(points, live, assignment, centres);
    }
    return assignment;
  }

  /**
   * k-means++: the first centre a random point, each next one a point drawn with probability
   * proportional to its squared distance from the nearest centre so far.
   */
  private static double[][] seed(List<Point> points, int[] live, double[] norms, int dimension,
                                 int k, SplittableRandom random) {
    double[][] centres = new double[k][];
    double[] nearest = new double[points.size()];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    int chosen = live[random.nextInt(live.length)];
    int count = 0;
    while (count < k) {
      centres[count] = denseOf(points.get(chosen), dimension);
      double centreNorm = norms[chosen];
      count++;
      double total = 0;
      for (int i : live) {
        double d = Math.max(0, norms[i] + centreNorm - 2 * points.get(i).dot(centres[count - 1]));
        nearest[i] = Math.min(nearest[i], d);
        total += nearest[i];
      }
      if (count == k || total <= 0) {
        break;
      }
      double target = random.nextDouble() * total;
      chosen = -1;
      for (int i : live) {
        target -= nearest[i];
        if (target < 0 && nearest[i] > 0) {
          chosen = i;
          break;
        }
      }
      if (chosen < 0) {
        // Rounding left the draw past the last point: take the last one still apart.
        for (int i : live) {
          chosen = nearest[i] > 0 ? i : chosen;
        }
      }
    }
    return Arrays.copyOf(centres, count);
  }

  private static int nearest(Point p, double norm, double[][] centres, double[] centreNorms) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double d = norm + centreNorms[c] - 2 * p.dot(centres[c]);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  /** Each centre moves to the mean of its points; one left without points stays where it is. */
  private static void update(List<Point> points, int[] live, int[] assignment,
                             double[][] centres) {
    int dimension = centres[0].length;
    double[][] sums = new double[centres.length][dimension];
    int[] sizes = new int[centres.length];
    for (int i : live) {
      Point p = points.get(i);
      double[] sum = sums[assignment[i]];
      for (int j = 0; j < p.index().length; j++) {
        sum[p.index()[j]] += p.value()[j];
      }
      sizes[assignment[i]]++;
    }
    for (int c = 0; c < centres.length; c++) {
      if (sizes[c] > 0) {
        for (int d = 0; d < dimension; d++) {
          centres[c][d] = sums[c][d] / sizes[c];
        }
      }
    }
  }

  private static double[] squaredNorms(double[][] centres) {
    double[] out = new double[centres.length];
    for (int c = 0; c < centres.length; c++) {
      for (double x : centres[c]) {
        out[c] += x * x;
      }
    }
    return out;
  }

  private static double[] denseOf(Point p, int dimension) {
    double[] v = new double[dimension];
    for (int j = 0; j < p.index().length; j++) {
      v[p.index()[j]] = p.value()[j];
    }
    return v;
  }
}
