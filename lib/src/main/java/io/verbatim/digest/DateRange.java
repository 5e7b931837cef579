package io.verbatim.digest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Whole days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) implements java.io.Serializable {

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
  }

  /** The {@code days} days ending on {@code last}. */
  public static DateRange ending(LocalDate last, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a range needs at least one day, got " + days);
    }
    return new DateRange(last.minusDays(days - 1L), last);
  }

  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
