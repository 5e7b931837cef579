package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansTest {

  @Test
  void twoObviousGroupsComeOutAsTwoClusters() {
    // Ten points near the first axis, ten near the third, in a sparse five-dimensional space.
    SplittableRandom noise = new SplittableRandom(7);
    List<KMeans.Point> points = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int axis = i < 10 ? 0 : 2;
      points.add(new KMeans.Point(new int[] {axis, 4},
          new double[] {1, 0.1 * noise.nextDouble()}));
    }
    int[] clusters = KMeans.cluster(points, 5, 2, 1);

    for (int i = 1; i < 10; i++) {
      assertEquals(clusters[0], clusters[i], Arrays.toString(clusters));
      assertEquals(clusters[10], clusters[10 + i], Arrays.toString(clusters));
    }
    assertNotEquals(clusters[0], clusters[10], Arrays.toString(clusters));
  }

  @Test
  void theSameSeedGivesTheSameClustersAndAnotherSeedMayNot() {
    SplittableRandom random = new SplittableRandom(11);
    List<KMeans.Point> points = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double[] v = new double[8];
      Arrays.setAll(v, d -> random.nextGaussian());
      points.add(KMeans.Point.dense(v));
    }
    int[] first = KMeans.cluster(points, 8, 12, 42);

    assertArrayEquals(first, KMeans.cluster(points, 8, 12, 42));
    assertNotEquals(Arrays.toString(first), Arrays.toString(KMeans.cluster(points, 8, 12, 43)));
  }

  @Test
  void emptyPointsAreInNoClusterAndKBeyondTheDistinctPointsUsesFewerClusters() {
    List<KMeans.Point> points = List.of(
        new KMeans.Point(new int[] {0}, new double[] {1}),
        new KMeans.Point(new int[0], new double[0]),
        new KMeans.Point(new int[] {0}, new double[] {1}),
        new KMeans.Point(new int[] {1}, new double[] {1}));

    int[] clusters = KMeans.cluster(points, 2, 5, 3);

    assertEquals(-1, clusters[1]);
    assertEquals(clusters[0], clusters[2]);
    assertNotEquals(clusters[0], clusters[3]);
    assertEquals(2, Arrays.stream(clusters).filter(c -> c >= 0).distinct().count());
  }
}
