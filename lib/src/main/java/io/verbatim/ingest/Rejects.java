package io.verbatim.ingest;

import io.verbatim.model.Reject;

/** Builds rejects, keeping their raw text and quoted values small. */
final class Rejects {

  /** Enough to recognise and fix a record; more would bloat the rejects output. */
  static final int MAX_RAW_CHARS = 10_000;
  private static final int MAX_QUOTED_CHARS = 100;

  private Rejects() {
  }

  static Reject of(String raw, String source, long position, String reason) {
    return new Reject(cut(raw, MAX_RAW_CHARS), source, position, reason);
  }

  /** A value for a reason sentence, e.g. {@code 'yesterday'}, cut if long. */
  static String quote(String value) {
    String cut = cut(value, MAX_QUOTED_CHARS);
    return "'" + cut + (cut.length() < value.length() ? "...'" : "'");
  }

  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    // Do not leave half a surrogate pair at the end.
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
