package io.verbatim.ingest;

/**
 * A problem with an input file as a whole (not a single record), in one sentence that can be shown
 * to the user as is.
 */
public class IngestException extends RuntimeException {

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
