package io.verbatim.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RateTestTest {

  /** P(X >= x) for X ~ Hypergeometric(n, k, nR), summed exactly with big integers. */
  private static double exactUpperTail(int x, int nR, int y, int nB) {
    int n = nR + nB;
    int k = x + y;
    BigInteger num = BigInteger.ZERO;
    for (int i = x; i <= Math.min(k, nR); i++) {
      num = num.add(choose(nR, i).multiply(choose(nB, k - i)));
    }
    return new BigDecimal(num).divide(new BigDecimal(choose(n, k)), MathContext.DECIMAL64)
        .doubleValue();
  }

  private static BigInteger choose(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return r;
  }

  @Test
  void pValueIsFishersExactOneSidedTail() {
    int[][] cases = {{3, 100, 0, 2800}, {10, 100, 5, 200}, {12, 150, 60, 4000},
        {1, 100, 30, 2800}, {40, 120, 400, 3000}};
    for (int[] c : cases) {
      RateTest.Result r = RateTest.test(c[0], c[1], c[2], c[3]);
      double expected = exactUpperTail(c[0], c[1], c[2], c[3]);
      assertEquals(expected, r.pValue(), expected * 1e-9, () -> java.util.Arrays.toString(c));
    }
  }

  @Test
  void emergingThemeEvidence() {
    // 3 mentions today, none in 28 days: P = C(100,3) / C(2900,3).
    RateTest.Result r = RateTest.test(3, 100, 0, 2800);
    assertEquals(100.0 * 99 * 98 / (2900.0 * 2899 * 2898), r.pValue(), 1e-15);
    assertEquals(0.0, r.expected());
    assertNull(r.rateRatio(), "no baseline mention: ratio infinite");
    assertTrue(r.z() > 3, "z " + r.z());
  }

  @Test
  void aThemeAtItsUsualShareIsNotSignificant() {
    RateTest.Result r = RateTest.test(5, 100, 140, 2800);
    assertEquals(5.0, r.expected(), 1e-12);
    assertEquals(1.0, r.rateRatio(), 1e-12);
    assertTrue(r.pValue() > 0.4, "p " + r.pValue());
    assertEquals(1.0, RateTest.test(0, 100, 140, 2800).pValue());
  }

  @Test
  void rareThemeAgreesWithThePoissonRateTest() {
    // Conditional binomial form (R: poisson.test(c(9, 20), c(100, 2800), alternative = "greater")).
    RateTest.Result r = RateTest.test(9, 1000, 20, 28000);
    double p0 = 1000.0 / 29000;
    double binomial = 0;
    for (int i = 9; i <= 29; i++) {
      binomial += choose(29, i).doubleValue() * Math.pow(p0, i) * Math.pow(1 - p0, 29 - i);
    }
    // The hypergeometric tail is a little smaller: it knows counts cannot exceed the comments.
    assertEquals(binomial, r.pValue(), binomial * 0.05);
    assertTrue(r.pValue() <= binomial);
  }

  @Test
  void untestableAndImpossibleInputs() {
    assertNull(RateTest.test(0, 100, 0, 2800), "no mention anywhere");
    assertNull(RateTest.test(3, 100, 0, 0), "no baseline comments");
    assertNull(RateTest.test(0, 0, 3, 100), "no recent comments");
    assertThrows(IllegalArgumentException.class, () -> RateTest.test(101, 100, 0, 10));
  }

  @Test
  void benjaminiHochbergAdjustsInInputOrder() {
    double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, q, 1e-12);
    assertArrayEquals(new double[] {1.0}, BenjaminiHochberg.adjust(new double[] {1.0}), 0);
    assertArrayEquals(new double[0], BenjaminiHochberg.adjust(new double[0]), 0);
  }
}
