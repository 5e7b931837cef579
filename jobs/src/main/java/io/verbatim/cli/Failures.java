package io.verbatim.cli;

import io.verbatim.config.ConfigException;
import io.verbatim.index.QueryException;
import io.verbatim.ingest.IngestException;
import io.verbatim.ingest.TooManyRejectsException;
import io.verbatim.jobs.RunLockedException;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns a failure into the one sentence the user reads. Problems the user can fix (arguments,
 * configuration, input) and failures with a known cause (disk full, out of memory, a corrupt
 * file) are named; anything else is reported by its innermost message.
 */
final class Failures {

  /** Exit code for a failure during the run. */
  static final int RUN_FAILED = 1;
  /** Exit code when another run holds the output folder. */
  static final int LOCKED = 3;
  /** Exit code when most of a file's records were rejected for one reason. */
  static final int TOO_MANY_REJECTS = 4;

  private Failures() {
  }

  static boolean isUsage(Throwable e) {
    return e instanceof ConfigException || e instanceof IngestException
        || e instanceof QueryException;
  }

  static int exitCode(Throwable e) {
    if (e instanceof RunLockedException) {
      return LOCKED;
    }
    if (e instanceof TooManyRejectsException) {
      return TOO_MANY_REJECTS;
    }
    return isUsage(e) ? Verbatim.USAGE_ERROR : RUN_FAILED;
  }

  static String explain(Throwable e) {
    if (isUsage(e) || e instanceof RunLockedException || e instanceof TooManyRejectsException) {
      return e.getMessage();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return "Ran out of memory; give it more heap (VERBATIM_HEAP=12g) or more partitions"
            + " (spark.partitions). The previous outputs are unchanged.";
      }
      String message = String.valueOf(t.getMessage());
      String lower = message.toLowerCase(Locale.ROOT);
      if (t instanceof IOException && lower.contains("no space left")) {
        return "The disk is full: " + message + ". The previous outputs are unchanged.";
      }
      if (lower.contains("is not a parquet file") || lower.contains("corrupt")
          || lower.contains("can not read value at")) {
        return "An input file is corrupt: " + firstLine(message)
            + ". The previous outputs are unchanged.";
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return "The run failed: " + firstLine(root.getClass().getSimpleName() + ": "
        + root.getMessage()) + ". The previous outputs are unchanged.";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
