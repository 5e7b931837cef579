package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose records are all rejected for one reason stops {@code run} and {@code nightly}
 * with exit code 4 and one sentence, before anything is committed; {@code --allow-rejects}
 * overrides, and the next night retries the file.
 */
class RejectShareIT {

  private static final String BAD_DATES = "id,created_at,text\n"
      + "1,Feb 17th 2015,The crew were lovely.\n"
      + "2,Feb 18th 2015,My bag was lost.\n"
      + "3,Feb 19th 2015,Please add wifi.\n";

  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void anAllRejectedFileStopsTheRunAndLeavesThePreviousOutputs() throws IOException {
    Path good = file("good.csv", "id,text\n1,The crew were lovely.\n2,My bag was lost.\n");
    Path out = dir.resolve("out");
    assertEquals(0, CliRuns.run("run", "--input", good.toString(), "--out", out.toString())
        .code());
    String manifest = Files.readString(out.resolve("manifest.json"));
    Path current = Files.readSymbolicLink(out.resolve("current"));

    Path bad = file("posts.csv", BAD_DATES);
    CliRuns.Outcome o = CliRuns.run("run", "--input", bad.toString(), "--out", out.toString());
    assertEquals(4, o.code(), o.err());
    assertEquals("verbatim: All 3 records of posts.csv were rejected for the same reason,"
        + " unparseable date, e.g. 'Feb 17th 2015' in column 'created_at'; give the dates' form"
        + " with --time-format PATTERN (a java.time pattern, e.g. 'dd.MM.yyyy HH:mm') or name"
        + " the date column with --time-column, or pass --allow-rejects to keep the other"
        + " records. Nothing was committed.", o.sentence());
    assertFalse(o.err().contains("\tat "), o.err());
    assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
    assertEquals(current, Files.readSymbolicLink(out.resolve("current")));

    CliRuns.Outcome allowed = CliRuns.run("run", "--input", bad.toString(), "--out",
        out.toString(), "--allow-rejects");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"rejected\" : 3"));
  }

  @Test
  void nightlyCommitsNothingThatNightAndRetriesTheFileTheNext() throws IOException {
    Path drop = dir.resolve("drop");
    file("drop/posts.csv", BAD_DATES);
    Path out = dir.resolve("nightly");
    CliRuns.Outcome first = CliRuns.run("nightly", "--input", drop.toString(), "--out",
        out.toString(), "--date", "2015-02-19");
    assertEquals(4, first.code(), first.err());
    assertTrue(first.sentence().contains("posts.csv"), first.sentence());
    assertFalse(Files.exists(out.resolve("state").resolve("processed.json")));
    assertFalse(Files.exists(out.resolve("manifest.json")));

    CliRuns.Outcome next = CliRuns.run("nightly", "--input", drop.toString(), "--out",
        out.toString(), "--date", "2015-02-20", "--time-format", "MMM d'th' uuuu");
    assertEquals(0, next.code(), next.err());
    assertTrue(Files.readString(out.resolve("state").resolve("processed.json"))
        .contains("posts.csv"));
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"accepted\" : 3"));
  }
}
