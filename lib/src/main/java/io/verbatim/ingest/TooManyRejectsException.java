package io.verbatim.ingest;

/**
 * Most of a file's records were rejected for one reason: the input was read wrongly (a wrong
 * column, a date form not understood), so the run stops instead of committing empty results.
 * The message is one sentence for the user.
 */
public final class TooManyRejectsException extends RuntimeException {

  public TooManyRejectsException(String message) {
    super(message);
  }
}
