package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in a child JVM, optionally SIGKILLing it at a given moment. */
final class ChildRun {

  /** Exit code reported for a run this helper killed. */
  static final int KILLED = -9;

  private ChildRun() {
  }

  /**
   * Runs {@code verbatim ARGS}; with {@code killAfter} set, SIGKILLs the child three seconds after
   * it prints a line starting with that text.
   */
  static int run(String killAfter, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx3g");
    cmd.addAll(List.of(System.getProperty("verbatim.test.jvmOpens", "").split(" ")));
    cmd.removeIf(String::isBlank);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.verbatim.cli.Verbatim"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (killAfter != null && line.startsWith(killAfter)) {
          Thread.sleep(3_000);
          p.destroyForcibly();
          p.waitFor(30, TimeUnit.SECONDS);
          return KILLED;
        }
      }
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    return p.exitValue();
  }
}
