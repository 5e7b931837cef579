package io.verbatim.ingest;

import io.verbatim.config.ConfigException;
import java.util.Locale;

/** Which field of a slash date ({@code 03/04/2015}) is the day. */
public enum DateOrder {
  /** Month first, as in the United States: 03/04/2015 is March 4. */
  MDY,
  /** Day first, as in most of the world: 03/04/2015 is 3 April. */
  DMY;

  /**
   * The configured order ({@code input.dateOrder}): {@code mdy}, {@code dmy}, or null (blank)
   * when the file is to decide.
   *
   * @throws ConfigException for any other value
   */
  public static DateOrder parse(String configured) {
    if (configured == null || configured.isBlank()) {
      return null;
    }
    switch (configured.trim().toLowerCase(Locale.ROOT)) {
      case "mdy":
        return MDY;
      case "dmy":
        return DMY;
      default:
        throw new ConfigException("Unknown input.dateOrder '" + configured
            + "'; use mdy (03/04/2015 is March 4) or dmy (it is 3 April).");
    }
  }

  /** The month of a slash date's first two fields in this order. */
  int month(int first, int second) {
    return this == MDY ? first : second;
  }

  /** The day of a slash date's first two fields in this order. */
  int day(int first, int second) {
    return this == MDY ? second : first;
  }

  String label() {
    return this == MDY ? "month/day/year" : "day/month/year";
  }
}
