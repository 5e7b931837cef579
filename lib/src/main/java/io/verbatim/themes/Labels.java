package io.verbatim.themes;

import java.util.Locale;

/** Readable labels for theme keys. */
final class Labels {

  private Labels() {
  }

  /** "lost baggage" to "Lost baggage". */
  static String fromKey(String key) {
    if (key.isEmpty()) {
      return key;
    }
    return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }
}
