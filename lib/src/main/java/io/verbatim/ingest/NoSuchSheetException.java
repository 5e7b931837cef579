package io.verbatim.ingest;

/** The sheet {@code input.sheet} names is not in a workbook: the user's to fix, not the file's. */
public final class NoSuchSheetException extends IngestException {

  public NoSuchSheetException(String message) {
    super(message);
  }
}
