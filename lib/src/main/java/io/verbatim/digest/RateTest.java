package io.verbatim.digest;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * One-sided exact test that a theme is mentioned in a larger share of comments in the recent
 * window than in the baseline window.
 *
 * <p>Of {@code nR} recent and {@code nB} baseline comments, {@code x} and {@code y} mention the
 * theme. Conditioning on the {@code K = x + y} mentions and on the totals (so a busy day is not
 * news by itself), under "same share in both windows" the recent count is hypergeometric:
 * {@code X ~ Hypergeometric(N = nR + nB, K, nR)}, and {@code p = P(X >= x)}: Fisher's exact test,
 * one-sided. For a rare theme it equals the conditional binomial test of two Poisson rates
 * ({@code X ~ Binomial(K, nR / N)}, as in R's {@code poisson.test}), and it stays exact for common
 * themes, whose counts are bounded by the number of comments. Totals beyond the {@code int} range
 * fall back to that binomial form.
 */
public final class RateTest {

  private RateTest() {
  }

  /**
   * @param expected mentions the recent window would have at the baseline share:
   *     {@code nR * y / nB}
   * @param rateRatio recent share / baseline share, null when the baseline has no mention
   *     (infinite)
   * @param pValue one-sided exact p-value, {@code P(X >= x)}
   * @param z continuity-corrected score {@code (x - 0.5 - E[X]) / sd(X)} under the same null,
   *     for readers used to z scores (0 when the variance is 0)
   */
  public record Result(long recent, long recentTotal, long baseline, long baselineTotal,
                       double expected, Double rateRatio, double pValue, double z) {
  }

  /** Null when nothing can be tested: no comments in either window, or no mention at all. */
  public static Result test(long x, long nR, long y, long nB) {
    if (x < 0 || y < 0 || x > nR || y > nB) {
      throw new IllegalArgumentException("mentions must lie between 0 and the window's comments:"
          + " x=" + x + " of " + nR + ", y=" + y + " of " + nB);
    }
    long k = x + y;
    if (nR == 0 || nB == 0 || k == 0) {
      return null;
    }
    long n = nR + nB;
    double expected = (double) nR * y / nB;
    Double ratio = y == 0 ? null : ((double) x / nR) / ((double) y / nB);
    double p = x == 0 ? 1.0 : upperTail(x, k, nR, n);
    double mean = (double) k * nR / n;
    double var = (double) k * nR / n * ((double) nB / n) * ((double) (n - k) / (n - 1));
    double z = var > 0 ? (x - 0.5 - mean) / Math.sqrt(var) : 0;
    return new Result(x, nR, y, nB, expected, ratio, clamp(p), z);
  }

  /** P(X >= x); survivalProbability(x - 1) is P(X > x - 1). */
  private static double upperTail(long x, long k, long nR, long n) {
    if (n <= Integer.MAX_VALUE) {
      return HypergeometricDistribution.of((int) n, (int) k, (int) nR)
          .survivalProbability((int) (x - 1));
    }
    if (k > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more than 2^31 mentions in a digest window: " + k);
    }
    return BinomialDistribution.of((int) k, (double) nR / n).survivalProbability((int) (x - 1));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
