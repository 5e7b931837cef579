package io.verbatim.samples;

/**
 * How often a topic's complaints come up over the window, as a factor on its base weight. All
 * trends are relative to the generator's window, so a 75-day sample and a 365-day benchmark show
 * the same shapes.
 */
enum Trend {
  /** Same share every day. */
  STEADY,
  /**
   * A bad release three weeks before the end: the factor ramps from 1 to 5 over a week, then
   * stays at 5 (app crash complaints).
   */
  RECENT_SURGE,
  /** Slowly getting better: the factor falls linearly from 1.6 to 0.5 (refund complaints). */
  DECLINING,
  /**
   * A week of disruption (storms) around 45% into the window: factor 4 for seven days (delays,
   * cancellations and with them call waiting times).
   */
  DISRUPTION;

  static final int SURGE_START_DAYS_BEFORE_END = 21;
  static final int SURGE_RAMP_DAYS = 7;
  static final double SURGE_FACTOR = 5;
  static final double DISRUPTION_AT = 0.45;
  static final int DISRUPTION_HALF_WIDTH = 3;

  /** Factor for day {@code day} (0-based) of a window of {@code days} days. */
  double factor(int day, int days) {
    return switch (this) {
      case STEADY -> 1;
      case RECENT_SURGE -> surge(days - 1 - day);
      case DECLINING -> 1.6 - 1.1 * (days <= 1 ? 0 : (double) day / (days - 1));
      case DISRUPTION -> Math.abs(day - disruptionCentre(days)) <= DISRUPTION_HALF_WIDTH ? 4 : 1;
    };
  }

  static int disruptionCentre(int days) {
    return (int) Math.round(DISRUPTION_AT * (days - 1));
  }

  private static double surge(int daysBeforeEnd) {
    int into = SURGE_START_DAYS_BEFORE_END - daysBeforeEnd;
    if (into < 0) {
      return 1;
    }
    double ramp = Math.min(1.0, (double) into / SURGE_RAMP_DAYS);
    return 1 + (SURGE_FACTOR - 1) * ramp;
  }
}
