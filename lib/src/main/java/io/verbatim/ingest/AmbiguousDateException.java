package io.verbatim.ingest;

import java.time.DateTimeException;

/**
 * A slash date that reads as two different days ({@code 03/04/2015}) with no order configured
 * and none decided by its column: refused rather than guessed.
 */
public final class AmbiguousDateException extends DateTimeException {

  public AmbiguousDateException(String value) {
    super("'" + value + "' can be read day-first or month-first");
  }
}
