package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * annotation.adaptFromScore through {@code run}: customers who scored 1-2 call the product
 * "flimpish" and those who scored 4-5 call it "zorbly", words no general model knows. Adapted,
 * the run learns them from the scores and reads unscored comments with them; not adapted, or
 * without a score column, the run cannot tell the two apart.
 */
class ScoreAdaptationIT {

  private static final String PRAISE = "The gizmo was zorbly.";
  private static final String COMPLAINT = "The gizmo was flimpish.";

  private static SparkSession spark;
  @TempDir
  static Path dir;
  private static final Map<String, String> LOGS = new HashMap<>();

  @BeforeAll
  static void runThreeWays() throws IOException {
    spark = SparkSessions.create("local[2]", "verbatim-adapt-it");
    Path scored = dir.resolve("scored");
    Path unscored = dir.resolve("unscored");
    Files.createDirectories(scored);
    Files.createDirectories(unscored);
    Files.writeString(scored.resolve("c.csv"), csv(true), StandardCharsets.UTF_8);
    Files.writeString(unscored.resolve("c.csv"), csv(false), StandardCharsets.UTF_8);
    run(scored, "plain", false);
    run(scored, "adapted", true);
    run(unscored, "unscored", true);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void adaptedRunsLearnTheDomainsWordsFromTheScores() {
    assertEquals("positive", label("adapted", PRAISE));
    assertEquals("negative", label("adapted", COMPLAINT));
    assertTrue(LOGS.get("adapted").contains("Sentiment adapted to scores"), LOGS.get("adapted"));
  }

  @Test
  void withoutAdaptationTheUnknownWordsSayNothing() {
    // The general model reads both probes alike, whatever it makes of "The gizmo was ...".
    assertEquals(label("plain", COMPLAINT), label("plain", PRAISE));
    assertTrue(!LOGS.get("plain").contains("adapted to scores"), LOGS.get("plain"));
  }

  @Test
  void withoutScoresTheRunSaysWhyNothingWasAdapted() {
    assertEquals(label("plain", PRAISE), label("unscored", PRAISE));
    assertEquals(label("plain", COMPLAINT), label("unscored", COMPLAINT));
    assertTrue(LOGS.get("unscored").contains("not adapted to scores: no analysed comment has a"
        + " score"), LOGS.get("unscored"));
  }

  private static String label(String out, String text) {
    Row r = spark.read().parquet(dir.resolve(out).resolve("comments").toString())
        .where("text = '" + text + "'").collectAsList().get(0);
    return r.getAs("sentiment_label");
  }

  private static void run(Path input, String out, boolean adapt) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new RunJob(spark, log).run(new RunRequest(input.toString(), dir.resolve(out).toString(),
        // Made-up words would read as some other language: every comment is taken as English.
        ConfigLoader.load(null, Map.of("annotation.adaptFromScore", adapt,
            "language.detect", false))));
    LOGS.put(out, bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * At each end of 1-5, 60 comments with the end's word and 40 plain ones (scores are noisy), and
   * 120 plain ones in the middle; the two probes carry no score.
   */
  private static String csv(boolean scores) {
    String[] things = {"The gizmo", "My new gizmo", "This gizmo", "The second gizmo", "It"};
    String[] when = {"today", "again", "all week", "after the update", "on arrival", "twice"};
    StringBuilder b = new StringBuilder(scores ? "id,score,text\n" : "id,text\n");
    for (int i = 0; i < 60; i++) {
      row(b, scores, "l" + i, i % 2 == 0 ? "1" : "2",
          things[i % things.length] + " was flimpish " + when[i % when.length] + ".");
      row(b, scores, "h" + i, i % 2 == 0 ? "5" : "4",
          things[i % things.length] + " was zorbly " + when[i % when.length] + ".");
    }
    for (int i = 0; i < 200; i++) {
      String score = i < 40 ? "1" : i < 80 ? "5" : "3";
      row(b, scores, "m" + i, score, things[i % things.length] + " came in a box "
          + when[i % when.length] + ".");
    }
    row(b, scores, "praise", "", PRAISE);
    row(b, scores, "complaint", "", COMPLAINT);
    return b.toString();
  }

  private static void row(StringBuilder b, boolean scores, String id, String score, String text) {
    b.append(id).append(',');
    if (scores) {
      b.append(score).append(',');
    }
    b.append('"').append(text).append("\"\n");
  }
}
