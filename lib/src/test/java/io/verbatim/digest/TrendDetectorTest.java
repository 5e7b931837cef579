package io.verbatim.digest;

import static io.verbatim.digest.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrendDetectorTest {

  private static final int DAYS = 60;
  private final TrendDetector detector = new TrendDetector(TrendSettings.defaults());

  private Optional<ThemeTrend> trendOf(String id, int day, DailySeries totals,
                                       List<ThemeSeries> themes) {
    return detector.evaluate(day(day), totals, themes).stream()
        .filter(t -> t.theme().id().equals(id)).findFirst();
  }

  private ThemeTrend.Kind kindOf(String id, int day, DailySeries totals,
                                 List<ThemeSeries> themes) {
    return trendOf(id, day, totals, themes).map(ThemeTrend::kind).orElse(ThemeTrend.Kind.NONE);
  }

  private static ThemeSeries theme(String id, long[] counts) {
    return new ThemeSeries(Fixtures.theme(id, "IT"), Fixtures.series(counts));
  }

  @Test
  void anExactlyFlatThemeIsNeverFlagged() {
    DailySeries totals = Fixtures.series(Fixtures.constant(DAYS, 100));
    List<ThemeSeries> themes = List.of(theme("flat-5", Fixtures.constant(DAYS, 5)),
        theme("flat-40", Fixtures.constant(DAYS, 40)), theme("flat-1", Fixtures.constant(DAYS, 1)));
    for (int d = 2; d <= DAYS; d++) {
      for (ThemeTrend t : detector.evaluate(day(d), totals, themes)) {
        assertFalse(t.flagged(), "day " + d + ": " + t);
        assertTrue(t.pValue() > 0.3, "day " + d + ": " + t);
      }
    }
  }

  @Test
  void flatThemesWithRandomDailyNoiseRarelyRaiseAnAlarm() {
    // Binomial noise around a constant share, on weekday/weekend volumes: every flag is false.
    int digests = 0;
    int digestsWithAlarm = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Random rnd = new Random(seed);
      long[] totals = Fixtures.totals(rnd, DAYS, 150);
      List<ThemeSeries> themes = new ArrayList<>();
      double[] shares = {0.005, 0.02, 0.05, 0.15, 0.3};
      for (double s : shares) {
        themes.add(theme("flat-" + s, Fixtures.mentions(rnd, totals,
            Fixtures.share(DAYS, s, 1, s))));
      }
      DailySeries total = Fixtures.series(totals);
      for (int d = 29; d <= DAYS; d++) {
        digests++;
        if (detector.evaluate(day(d), total, themes).stream().anyMatch(ThemeTrend::flagged)) {
          digestsWithAlarm++;
        }
      }
    }
    // The FDR of 1% bounds the share of quiet digests with any alarm by 1%; the exact test is
    // conservative, so in practice fewer.
    assertTrue(digestsWithAlarm <= digests / 100, digestsWithAlarm + " of " + digests);
  }

  @Test
  void aThemeAppearingOnDay25IsEmergingOnDay25NotBefore() {
    long[] totals = Fixtures.constant(DAYS, 120);
    long[] counts = new long[DAYS];
    for (int d = 25; d <= DAYS; d++) {
      counts[d - 1] = 5;
    }
    List<ThemeSeries> themes = List.of(theme("new", counts),
        theme("flat", Fixtures.constant(DAYS, 10)));
    DailySeries total = Fixtures.series(totals);
    for (int d = 2; d < 25; d++) {
      assertEquals(ThemeTrend.Kind.NONE, kindOf("new", d, total, themes), "day " + d);
    }
    ThemeTrend t = trendOf("new", 25, total, themes).orElseThrow();
    assertEquals(ThemeTrend.Kind.EMERGING, t.kind());
    assertEquals(5, t.recent());
    assertEquals(0, t.baseline());
    assertEquals(120, t.recentTotal());
    assertEquals(24 * 120, t.baselineTotal(), "only 24 days of history before day 25");
    assertNull(t.rateRatio());
    assertTrue(t.pValue() < 1e-6 && t.qValue() <= 0.01, t.toString());
    // Once it is in the baseline it is no longer new, but still well above it.
    assertEquals(ThemeTrend.Kind.RISING, kindOf("new", 26, total, themes));
    assertEquals(ThemeTrend.Kind.NONE, kindOf("flat", 25, total, themes));
  }

  @Test
  void aThemeAppearingOnDay25AtARealisticRateIsFlaggedOnDay25Or26() {
    // 4% of ~150 comments a day from day 25 (about 6 mentions, fewer at weekends), absent before.
    int flaggedInTime = 0;
    int seeds = 20;
    for (long seed = 1; seed <= seeds; seed++) {
      Random rnd = new Random(seed);
      long[] totals = Fixtures.totals(rnd, DAYS, 150);
      List<ThemeSeries> themes = List.of(
          theme("new", Fixtures.mentions(rnd, totals, Fixtures.share(DAYS, 0, 25, 0.04))),
          theme("flat", Fixtures.mentions(rnd, totals, Fixtures.share(DAYS, 0.05, 1, 0.05))));
      DailySeries total = Fixtures.series(totals);
      for (int d = 2; d < 25; d++) {
        assertEquals(ThemeTrend.Kind.NONE, kindOf("new", d, total, themes),
            "seed " + seed + " day " + d);
      }
      if (kindOf("new", 25, total, themes) == ThemeTrend.Kind.EMERGING
          || kindOf("new", 26, total, themes) == ThemeTrend.Kind.EMERGING) {
        flaggedInTime++;
      }
    }
    assertTrue(flaggedInTime >= seeds - 1, flaggedInTime + " of " + seeds);
  }

  @Test
  void aRisingThemeIsFlaggedRising() {
    // 3% of ~300 comments a day until day 40, then 9%: present in the baseline, three times as
    // frequent from the day it rises.
    int seeds = 10;
    int flaggedOnDay40 = 0;
    int falseAlarms = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      Random rnd = new Random(seed);
      long[] totals = Fixtures.totals(rnd, DAYS, 300);
      List<ThemeSeries> themes = List.of(
          theme("rising", Fixtures.mentions(rnd, totals, Fixtures.share(DAYS, 0.03, 40, 0.09))),
          theme("flat", Fixtures.mentions(rnd, totals, Fixtures.share(DAYS, 0.05, 1, 0.05))));
      DailySeries total = Fixtures.series(totals);
      for (int d = 29; d < 40; d++) {
        falseAlarms += kindOf("rising", d, total, themes) == ThemeTrend.Kind.NONE ? 0 : 1;
      }
      ThemeTrend t = trendOf("rising", 40, total, themes).orElseThrow();
      if (t.kind() == ThemeTrend.Kind.RISING) {
        flaggedOnDay40++;
        assertTrue(t.baseline() > 2 && t.rateRatio() > 1.5 && t.recent() > t.expected(),
            t.toString());
      }
    }
    assertTrue(flaggedOnDay40 >= seeds - 1, flaggedOnDay40 + " of " + seeds);
    assertTrue(falseAlarms <= 1, falseAlarms + " false alarms in " + seeds * 11 + " digests");
  }

  @Test
  void smallCountsAreNotFlaggedHoweverUnlikely() {
    long[] counts = new long[DAYS];
    counts[DAYS - 1] = 2;
    List<ThemeSeries> themes = List.of(theme("tiny", counts));
    DailySeries total = Fixtures.series(Fixtures.constant(DAYS, 100));
    ThemeTrend t = trendOf("tiny", DAYS, total, themes).orElseThrow();
    assertTrue(t.qValue() < 0.01, "significant on its own: " + t);
    assertEquals(ThemeTrend.Kind.NONE, t.kind(), "but two mentions are not news");
  }

  @Test
  void aTinyChangeOnLargeVolumesIsNotRising() {
    // 10% -> 10.6% of 100,000 comments a day is significant but not worth a morning's attention.
    long[] totals = Fixtures.constant(DAYS, 100_000);
    long[] counts = Fixtures.constant(DAYS, 10_000);
    counts[DAYS - 1] = 10_600;
    List<ThemeSeries> themes = List.of(theme("big", counts));
    ThemeTrend t = trendOf("big", DAYS, Fixtures.series(totals), themes).orElseThrow();
    assertTrue(t.pValue() < 1e-6, t.toString());
    assertEquals(ThemeTrend.Kind.NONE, t.kind(), t.toString());
  }

  @Test
  void aTwoDayRecentWindowAddsUpBothDays() {
    TrendDetector twoDays = new TrendDetector(new TrendSettings(2, 28, 0.01, 3, 2, 1.5));
    long[] counts = new long[DAYS];
    counts[DAYS - 2] = 2;
    counts[DAYS - 1] = 2;
    List<ThemeSeries> themes = List.of(theme("new", counts));
    ThemeTrend t = twoDays.evaluate(day(DAYS), Fixtures.series(Fixtures.constant(DAYS, 100)),
        themes).get(0);
    assertEquals(4, t.recent());
    assertEquals(200, t.recentTotal());
    assertEquals(2800, t.baselineTotal());
    assertEquals(ThemeTrend.Kind.EMERGING, t.kind());
  }

  @Test
  void themeCountsAboveTheTotalsAreAnInputError() {
    List<ThemeSeries> themes = List.of(theme("bad", Fixtures.constant(DAYS, 11)));
    DailySeries total = Fixtures.series(Fixtures.constant(DAYS, 10));
    assertThrows(IllegalArgumentException.class,
        () -> detector.evaluate(day(DAYS), total, themes));
  }
}
