package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.verbatim.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} and {@code digest} take the lock {@code nightly} takes on an output folder. */
class LocksIT {

  @TempDir
  static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[1]", "locks-it");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void runAndDigestWaitForTheirTurn() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "id,text\n1,The crew were lovely.\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (RunLock held = RunLock.acquire(out)) {
      assertThrows(RunLockedException.class, () -> new RunJob(spark, quiet).run(
          new RunRequest(in.toString(), out.toString(), ConfigLoader.defaults())));
      assertThrows(RunLockedException.class, () -> DigestJob.write(spark, out,
          LocalDate.of(2026, 1, 1), ConfigLoader.defaults().digest(), false));
    }
  }
}
