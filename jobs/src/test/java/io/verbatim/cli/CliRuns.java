package io.verbatim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM, capturing what it says on standard error. */
final class CliRuns {

  /** An exit code and standard error. */
  record Outcome(int code, String err) {

    /** The one {@code verbatim: } line a failure prints. */
    String sentence() {
      return err.lines().filter(l -> l.startsWith("verbatim: ")).findFirst()
          .orElseThrow(() -> new AssertionError("no verbatim: line in " + err));
    }
  }

  private CliRuns() {
  }

  static Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Outcome(Verbatim.execute(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
