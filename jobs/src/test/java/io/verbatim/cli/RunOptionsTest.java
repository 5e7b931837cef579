package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The run flags land on their configuration keys. */
class RunOptionsTest {

  @Test
  void adaptFromScoreIsOffUnlessAsked() {
    assertFalse(parse().load().annotation().adaptFromScore());
    assertTrue(parse("--adapt-from-score").load().annotation().adaptFromScore());
  }

  private static RunOptions parse(String... args) {
    RunOptions options = new RunOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
