package io.verbatim.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds emerging and rising themes: each theme's share of comments in the recent window is
 * tested against its share in the baseline window ({@link RateTest}), the p-values of all themes
 * are adjusted together ({@link BenjaminiHochberg}), and a theme is flagged when
 * {@code q <= fdr} and it has at least {@code minRecent} recent mentions. A flagged theme with at
 * most {@code emergingMaxBaseline} baseline mentions is emerging; one with more is rising if its
 * rate ratio also reaches {@code minRateRatio}.
 *
 * <p>The family adjusted together is every theme mentioned in either window, flagged or not, so
 * the minimum count and ratio only ever remove flags: they cannot make the procedure less strict.
 */
public final class TrendDetector {

  private final TrendSettings settings;

  public TrendDetector(TrendSettings settings) {
    this.settings = settings;
  }

  public DigestWindows windows(LocalDate date) {
    return DigestWindows.of(date, settings.recentDays(), settings.baselineDays());
  }

  /**
   * Every testable theme (mentioned in either window, with comments in both windows), most
   * significant first. Flagged ones have kind emerging or rising.
   */
  public List<ThemeTrend> evaluate(LocalDate date, DailySeries totals, List<ThemeSeries> themes) {
    DigestWindows w = windows(date);
    long nR = totals.comments(w.recent());
    long nB = totals.comments(w.baseline());
    List<ThemeSeries> tested = new ArrayList<>();
    List<RateTest.Result> results = new ArrayList<>();
    for (ThemeSeries t : themes) {
      long x = t.daily().comments(w.recent());
      long y = t.daily().comments(w.baseline());
      if (x > nR || y > nB) {
        throw new IllegalArgumentException("theme " + t.theme().id() + " has more comments than"
            + " all comments together (" + x + " > " + nR + " or " + y + " > " + nB
            + "): the totals series must count every comment the theme series count");
      }
      RateTest.Result r = RateTest.test(x, nR, y, nB);
      if (r != null) {
        tested.add(t);
        results.add(r);
      }
    }
    double[] q = BenjaminiHochberg.adjust(results.stream().mapToDouble(RateTest.Result::pValue)
        .toArray());
    List<ThemeTrend> out = new ArrayList<>();
    for (int i = 0; i < tested.size(); i++) {
      RateTest.Result r = results.get(i);
      out.add(new ThemeTrend(tested.get(i).theme(), kind(r, q[i]), r.recent(), r.baseline(),
          r.recentTotal(), r.baselineTotal(), r.expected(), r.rateRatio(), r.pValue(), q[i],
          r.z()));
    }
    out.sort(Comparator.comparingDouble(ThemeTrend::pValue)
        .thenComparing(Comparator.comparingLong(ThemeTrend::recent).reversed())
        .thenComparing(t -> t.theme().id()));
    return out;
  }

  private ThemeTrend.Kind kind(RateTest.Result r, double q) {
    if (q > settings.fdr() || r.recent() < settings.minRecent()) {
      return ThemeTrend.Kind.NONE;
    }
    if (r.baseline() <= settings.emergingMaxBaseline()) {
      return ThemeTrend.Kind.EMERGING;
    }
    return r.rateRatio() >= settings.minRateRatio() ? ThemeTrend.Kind.RISING
        : ThemeTrend.Kind.NONE;
  }
}
