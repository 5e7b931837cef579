package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.jobs.SparkSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every date form the README lists, read through {@code verbatim run} and checked in the
 * committed comments table: one file per way of deciding slash dates, plus a run that says the
 * order with {@code --date-order}.
 */
class DateFormsIT {

  private static final String FEB_18 = "2015-02-18T07:18:49Z";

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static final Map<String, Instant> created = new HashMap<>();
  private static final Map<String, Instant> configured = new HashMap<>();
  private static List<String> reasons;

  @BeforeAll
  static void run() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    write(in.resolve("forms.csv"), "id,created_at,text",
        "f1,2015-02-17 23:18:49 -0800,The crew were lovely.",
        "f2,2015-02-17 23:18:49 -08:00,My bag was lost on the way.",
        "f3,\"Tue, 17 Feb 2015 23:18:49 -0800\",The seats were too narrow.",
        "f4,Wed Feb 18 07:18:49 +0000 2015,Please add wifi on the planes.",
        "f5,1424243929,The food was cold.",
        "f6,1424243929000,Check-in took an hour.",
        "f7,2015-02-17,The lounge was quiet.",
        "f8,2015-02-17 23:18,Boarding was chaotic.",
        "f9,Feb 17 2015 at 11:18 PM,The app crashed twice.");
    write(in.resolve("dayfirst.csv"), "id,created_at,text",
        "d1,13/02/2015,Friendly staff at the gate.",
        "d2,03/04/2015,The refund never arrived.");
    write(in.resolve("monthfirst.csv"), "id,created_at,text",
        "m1,02/13/15,The toilets were dirty.",
        "m2,03/04/15 2:05 PM,The flight left on time.");
    write(in.resolve("undecided.csv"), "id,created_at,text",
        "u1,03/04/2015,Nobody answered the phone.",
        "u2,2015-03-01,The blanket was warm.",
        "u3,2015-03-02,The pilot kept us informed.",
        "u4,2015-03-03,Great coffee on board.");
    Path out = dir.resolve("out");
    CliRuns.Outcome o = CliRuns.run("run", "--input", in.toString(), "--out", out.toString(),
        "--time-format", "MMM d uuuu 'at' h:mm a");
    assertEquals(0, o.code(), o.err());
    Path out2 = dir.resolve("out2");
    CliRuns.Outcome o2 = CliRuns.run("run", "--input", in.resolve("undecided.csv").toString(),
        "--out", out2.toString(), "--date-order", "mdy");
    assertEquals(0, o2.code(), o2.err());
    spark = SparkSessions.create("local[1]", "date-forms-it");
    read(out, created);
    read(out2, configured);
    reasons = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
        .map(r -> r.<String>getAs("reason")).toList();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static void read(Path out, Map<String, Instant> into) {
    for (Row r : spark.read().parquet(out.resolve("comments").toString()).collectAsList()) {
      into.put(r.getAs("comment_id"), r.getAs("created_at"));
    }
  }

  @Test
  void everyUnambiguousFormIsTheSameInstant() {
    for (String id : List.of("f1", "f2", "f3", "f4", "f5", "f6")) {
      assertEquals(Instant.parse(FEB_18), created.get(id), id);
    }
    assertEquals(Instant.parse("2015-02-17T00:00:00Z"), created.get("f7"));
    assertEquals(Instant.parse("2015-02-17T23:18:00Z"), created.get("f8"));
  }

  @Test
  void aTimeFormatReadsTheRest() {
    assertEquals(Instant.parse("2015-02-17T23:18:00Z"), created.get("f9"));
  }

  @Test
  void eachFileDecidesItsSlashDatesByItsOwnValues() {
    assertEquals(Instant.parse("2015-02-13T00:00:00Z"), created.get("d1"));
    assertEquals(Instant.parse("2015-04-03T00:00:00Z"), created.get("d2"));
    assertEquals(Instant.parse("2015-02-13T00:00:00Z"), created.get("m1"));
    assertEquals(Instant.parse("2015-03-04T14:05:00Z"), created.get("m2"));
  }

  @Test
  void whatNothingDecidesIsRejectedUntilTheOrderIsGiven() {
    assertTrue(!created.containsKey("u1") && created.containsKey("u2"), created.toString());
    assertEquals(1, reasons.size(), reasons.toString());
    assertTrue(reasons.get(0).startsWith("ambiguous date '03/04/2015'"), reasons.toString());
    assertEquals(Instant.parse("2015-03-04T00:00:00Z"), configured.get("u1"));
  }
}
