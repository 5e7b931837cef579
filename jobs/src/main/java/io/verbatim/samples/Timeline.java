package io.verbatim.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Spreads comments over the window in index order (an export is sorted by time) with more of
 * them in the daytime than at night. Times have minute precision, UTC.
 */
final class Timeline {

  /** Relative volume per hour of the day, 00:00 to 23:00. */
  private static final double[] HOURLY = {1, 0.6, 0.4, 0.3, 0.4, 0.8, 2, 3.5, 5, 6, 6.5, 6.5,
      6, 6, 6, 6, 5.5, 5.5, 5.5, 5.5, 5, 4, 3, 2};
  private static final double[] CUMULATIVE = cumulative();

  private final LocalDate start;
  private final int days;

  Timeline(LocalDate start, int days) {
    this.start = start;
    this.days = days;
  }

  /** Day, 0-based in the window, at a position (see {@link #position}). */
  int day(double position) {
    return Math.min(days - 1, (int) (position * days));
  }

  /** Position of the comment in the window, 0 (first minute) to below 1 (last minute). */
  static double position(long index, long count, SplittableRandom r) {
    return (index + r.nextDouble()) / count;
  }

  Instant at(double position) {
    int day = day(position);
    double withinDay = Math.min(0.999_999, position * days - day);
    long minute = minuteOfDay(withinDay);
    return start.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(minute * 60);
  }

  /**
   * Maps a uniform fraction of the day onto minutes following {@link #HOURLY}; the map is
   * monotone, so comments stay in time order.
   */
  private static long minuteOfDay(double fraction) {
    for (int h = 0; h < 24; h++) {
      if (fraction < CUMULATIVE[h + 1]) {
        double within = (fraction - CUMULATIVE[h]) / (CUMULATIVE[h + 1] - CUMULATIVE[h]);
        return h * 60L + Math.min(59, (long) (within * 60));
      }
    }
    return 23 * 60 + 59;
  }

  private static double[] cumulative() {
    double total = 0;
    for (double w : HOURLY) {
      total += w;
    }
    double[] c = new double[25];
    for (int h = 0; h < 24; h++) {
      c[h + 1] = c[h] + HOURLY[h] / total;
    }
    c[24] = 1.0;
    return c;
  }
}
