package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.digest.Digest;
import io.verbatim.digest.DigestIdea;
import io.verbatim.digest.DigestJson;
import io.verbatim.samples.SampleGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty nights, a file a day, with a new theme from day 25: the digest flags it as emerging on
 * day 25 or 26 and not before; ids stay stable; re-running or killing a night changes nothing.
 */
class NightlyIT {

  private static final LocalDate DAY_ONE = LocalDate.of(2026, 10, 1);
  private static final int NIGHTS = 30;
  private static final int NEW_THEME_DAY = 25;
  private static final String[] TABLET = {
      "The seat-back tablet froze for the whole flight.",
      "My seat-back tablet would not switch on.",
      "The tablet screen kept rebooting, so no films for me.",
      "Half the tablets in row 12 were dead.",
      "The new tablet system is slow and crashes constantly.",
      "Tablet froze again, very annoying on a long flight.",
  };

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static final Map<Integer, Digest> digests = new HashMap<>();
  private static final Map<Integer, Map<String, String>> ideaIdsByTitle = new HashMap<>();

  @BeforeAll
  static void thirtyNights() throws IOException {
    spark = SparkSessions.create("local[2]", "nightly-it");
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop);
    VerbatimConfig config = ConfigLoader.defaults();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    for (int n = 1; n <= NIGHTS; n++) {
      LocalDate night = DAY_ONE.plusDays(n - 1L);
      writeDay(drop, n, night);
      // The night writes its own digest, inside its lock.
      DigestJob.Written d = new NightlyJob(spark, quiet).run(new NightlyJob.Request(
          drop.toString(), dir.resolve("out"), night, config)).digest();
      digests.put(n, DigestJson.read(Files.readString(d.json())));
      Map<String, String> ids = new HashMap<>();
      for (DigestIdea i : d.digest().topIdeas()) {
        ids.put(i.title(), i.id());
      }
      ideaIdsByTitle.put(n, ids);
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static void writeDay(Path drop, int n, LocalDate night) throws IOException {
    Path file = drop.resolve("feedback-" + night + ".csv");
    SampleGenerator.endingOn(100 + n, night, 1).withIdPrefix("N" + n + "-").writeCsv(file, 80);
    if (n >= NEW_THEME_DAY) {
      StringBuilder extra = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        extra.append("T").append(n).append('-').append(i).append(',').append(night)
            .append("T1").append(i).append(":00:00Z,survey,flights,UK,2,\"")
            .append(TABLET[(n + i) % TABLET.length]).append("\"\n");
      }
      Files.writeString(file, extra.toString(), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static boolean emergingTablet(int night) {
    return digests.get(night).emerging().stream()
        .anyMatch(t -> t.theme().label().toLowerCase().contains("tablet"));
  }

  @Test
  void newThemeIsFlaggedEmergingOnItsFirstNightsAndNotBefore() {
    for (int n = 1; n < NEW_THEME_DAY; n++) {
      assertFalse(emergingTablet(n), "flagged before it existed, night " + n);
    }
    assertTrue(emergingTablet(NEW_THEME_DAY) || emergingTablet(NEW_THEME_DAY + 1),
        "not flagged on night 25 or 26: " + digests.get(NEW_THEME_DAY).emerging());
  }

  @Test
  void ideaIdsAreStableFromNightToNight() {
    int compared = 0;
    for (int n = 2; n <= NIGHTS; n++) {
      Map<String, String> before = ideaIdsByTitle.get(n - 1);
      for (Map.Entry<String, String> e : ideaIdsByTitle.get(n).entrySet()) {
        if (before.containsKey(e.getKey())) {
          assertEquals(before.get(e.getKey()), e.getValue(), e.getKey());
          compared++;
        }
      }
    }
    assertTrue(compared > 20, "ideas recur across nights: " + compared);
  }

  @Test
  void rerunningANightAddsNothingAndAKilledNightIsFinishedByTheNext() throws Exception {
    Path out = dir.resolve("out");
    List<String> before = Snapshot.of(out);
    String state = Files.readString(NightlyState.file(out));
    long batches = countBatches(out);

    // The same night again: nothing new, nothing duplicated.
    LocalDate last = DAY_ONE.plusDays(NIGHTS - 1L);
    new NightlyJob(spark, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).run(new NightlyJob.Request(dir.resolve("drop").toString(), out,
        last, ConfigLoader.defaults()));
    assertEquals(before, Snapshot.of(out));
    assertEquals(state, Files.readString(NightlyState.file(out)));
    assertEquals(batches, countBatches(out));

    // A new night killed while it annotates, then run again: same as without the kill.
    Path drop = dir.resolve("drop");
    LocalDate next = last.plusDays(1);
    writeDay(drop, NIGHTS + 1, next);
    Path copy = dir.resolve("out-copy");
    copyTree(out, copy);
    String[] args = {"nightly", "--input", drop.toString(), "--out", copy.toString(), "--date",
        next.toString(), "--master", "local[2]"};
    assertEquals(ChildRun.KILLED, ChildRun.run("Read ", args));
    assertEquals(before, Snapshot.of(copy), "the killed night changed nothing readers see");
    assertEquals(0, ChildRun.run(null, args));
    assertEquals(0, ChildRun.run(null, "nightly", "--input", drop.toString(), "--out",
        out.toString(), "--date", next.toString(), "--master", "local[2]"));
    assertEquals(Snapshot.of(out), Snapshot.of(copy));
  }

  private static long countBatches(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out.resolve("store"), 2)) {
      return s.filter(p -> p.getParent().getFileName().toString().startsWith("night=")).count();
    }
  }

  /** Copies a folder, links as links, as an operator's backup would. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
