package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.samples.SampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of its work leaves the previous outputs whole, and the
 * next run produces exactly what an uninterrupted run produces.
 */
class KilledRunIT {

  @TempDir
  static Path dir;

  @Test
  void killedRunLeavesPreviousOutputsAndRerunMatchesUninterruptedRun() throws Exception {
    Path small = dir.resolve("small.csv");
    Path large = dir.resolve("large.csv");
    SampleGenerator generator = SampleGenerator.endingOn(7, LocalDate.of(2026, 11, 20), 60);
    generator.writeCsv(small, 200);
    generator.writeCsv(large, 2_500);
    Path out = dir.resolve("out");
    Path reference = dir.resolve("reference");

    assertEquals(0, run(small, out, false), "first run");
    List<String> before = Snapshot.of(out);
    assertTrue(before.size() > 200);

    assertEquals(ChildRun.KILLED, run(large, out, true), "the second run is killed midway");
    assertEquals(before, Snapshot.of(out), "the killed run changed nothing readers see");

    assertEquals(0, run(large, out, false), "re-run after the kill");
    assertEquals(0, run(large, reference, false), "uninterrupted run");
    List<String> rerun = Snapshot.of(out);
    assertEquals(Snapshot.of(reference), rerun);
    assertFalse(rerun.equals(before));
    try (Stream<Path> runs = Files.list(out.resolve(".runs"))) {
      assertTrue(runs.count() <= 2, "generations of killed runs are cleaned up");
    }
  }

  private static int run(Path input, Path out, boolean kill) throws Exception {
    return ChildRun.run(kill ? "Read " : null, "run", "--input", input.toString(), "--out",
        out.toString(), "--master", "local[2]");
  }
}
