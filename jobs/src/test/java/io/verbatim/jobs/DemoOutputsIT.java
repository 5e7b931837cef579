package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.verbatim.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's outputs, row by row, against the committed record of them
 * ({@code src/test/resources/golden/demo-outputs.txt}): every table's rows with their ids and
 * figures, and the manifest's counts. A refactoring must leave this file untouched; a change
 * meant to alter the analysis rewrites it, so the review shows exactly which ids and figures
 * moved. To rewrite it after such a change:
 * {@code mvn verify -pl lib,jobs -am -Dtest=none -Dit.test=DemoOutputsIT -Dverbatim.golden.update=true}.
 */
class DemoOutputsIT {

  private static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden",
      "demo-outputs.txt");
  /** Sums of doubles may differ in their last bits with the order Spark adds them in. */
  private static final int DIGITS = 6;

  @TempDir
  Path dir;

  @Test
  void demoOutputsEqualTheCommittedRecord() throws IOException {
    SparkSession spark = SparkSessions.create("local[2]", "verbatim-demo-golden");
    Path out = dir.resolve("demo");
    List<String> actual;
    try {
      PrintStream log = new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8);
      new RunJob(spark, log).run(new RunRequest(DemoInput.of(SAMPLES), out.toString(),
          ConfigLoader.defaults()));
      // One line per row on disk too: texts and the manifest hold line breaks.
      actual = Snapshot.rounded(Snapshot.of(out), DIGITS).stream()
          .map(l -> l.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"))
          .toList();
    } finally {
      spark.stop();
    }
    if (Boolean.getBoolean("verbatim.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(GOLDEN), GOLDEN + " is missing; write it with "
        + "-Dverbatim.golden.update=true");
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path written = Path.of("target", "demo-outputs.actual.txt");
      Files.write(written, actual, StandardCharsets.UTF_8);
      fail("The demo's outputs changed (" + written + " holds them now):\n"
          + differences(expected, actual));
    }
  }

  /** The lines only one side has, at most 20 of each, so the failure says what moved. */
  private static String differences(List<String> expected, List<String> actual) {
    Set<String> was = new HashSet<>(expected);
    Set<String> now = new HashSet<>(actual);
    List<String> lines = new ArrayList<>();
    expected.stream().filter(l -> !now.contains(l)).limit(20).forEach(l -> lines.add("- " + l));
    actual.stream().filter(l -> !was.contains(l)).limit(20).forEach(l -> lines.add("+ " + l));
    return String.join("\n", lines);
  }
}
