package io.verbatim.digest;

import java.time.LocalDate;

/**
 * The two windows a digest compares: the recent days up to and including the digest date, and
 * the baseline days right before them (no overlap, so a burst cannot raise its own baseline).
 */
public record DigestWindows(DateRange recent, DateRange baseline) {

  public static DigestWindows of(LocalDate date, int recentDays, int baselineDays) {
    DateRange recent = DateRange.ending(date, recentDays);
    return new DigestWindows(recent, DateRange.ending(recent.from().minusDays(1), baselineDays));
  }

  /** Both windows together, oldest day first: what the volume chart shows. */
  public DateRange span() {
    return new DateRange(baseline.from(), recent.to());
  }
}
