package io.verbatim.jobs;

/** Another run is working on the same output folder; the message says which process. */
public final class RunLockedException extends RuntimeException {

  public RunLockedException(String message) {
    super(message);
  }
}
