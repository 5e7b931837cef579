package io.verbatim.themes;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The two windows a trend compares: the last {@code days} days up to the newest comment, and the
 * same number of days before that.
 */
public record TrendWindow(Instant end, int days) implements Serializable {

  /** Which window a time falls in. */
  public enum Period { RECENT, PREVIOUS, OUTSIDE }

  /** No dates in the input: every trend is unknown. */
  public static TrendWindow none() {
    return new TrendWindow(null, 0);
  }

  public boolean defined() {
    return end != null && days > 0;
  }

  public Period periodOf(Instant t) {
    if (!defined() || t == null) {
      return Period.OUTSIDE;
    }
    Instant recentStart = end.minus(Duration.ofDays(days));
    Instant previousStart = recentStart.minus(Duration.ofDays(days));
    if (t.isAfter(recentStart) && !t.isAfter(end)) {
      return Period.RECENT;
    }
    return t.isAfter(previousStart) && !t.isAfter(recentStart) ? Period.PREVIOUS : Period.OUTSIDE;
  }
}
