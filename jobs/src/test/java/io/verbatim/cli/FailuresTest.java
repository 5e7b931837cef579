package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void namesTheCausesItKnowsHoweverDeepTheyAre() {
    String oom = Failures.explain(new RuntimeException("Job aborted",
        new RuntimeException("task failed", new OutOfMemoryError("Java heap space"))));
    assertTrue(oom.startsWith("Ran out of memory"), oom);

    String disk = Failures.explain(new RuntimeException("write failed",
        new IOException("No space left on device")));
    assertTrue(disk.startsWith("The disk is full"), disk);

    String corrupt = Failures.explain(new RuntimeException(
        "file:/x/a.parquet is not a Parquet file. Expected magic number\nat tail"));
    assertTrue(corrupt.startsWith("An input file is corrupt: file:/x/a.parquet"), corrupt);
    assertFalse(corrupt.contains("\n"));
  }

  @Test
  void userProblemsAreUsageErrorsAndKeepTheirMessage() {
    ConfigException e = new ConfigException("Output folder x is not writable.");
    assertTrue(Failures.isUsage(e));
    assertTrue(Failures.explain(e).equals("Output folder x is not writable."));
  }

  @Test
  void aLockedFolderHasItsOwnExitCode() {
    var locked = new io.verbatim.jobs.RunLockedException("Another run is working on x.");
    assertTrue(Failures.exitCode(locked) == 3);
    assertTrue(Failures.explain(locked).equals("Another run is working on x."));
    assertTrue(Failures.exitCode(new ConfigException("bad")) == 2);
    assertTrue(Failures.exitCode(new IllegalStateException("boom")) == 1);
    var rejects = new io.verbatim.ingest.TooManyRejectsException("All 3 records of x.csv ...");
    assertTrue(Failures.exitCode(rejects) == 4);
    assertTrue(Failures.explain(rejects).equals("All 3 records of x.csv ..."));
  }

  @Test
  void anythingElseIsReportedByItsInnermostMessageInOneLine() {
    String s = Failures.explain(new RuntimeException("outer",
        new IllegalStateException("inner detail\nmore")));
    assertTrue(s.startsWith("The run failed: IllegalStateException: inner detail"), s);
    assertFalse(s.contains("more"));
  }
}
