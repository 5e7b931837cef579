package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.output.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through embedded Spark on a small input, read back from Parquet.
 */
class RunJobIT {

  private static final String[] SUGGESTIONS = {
      "You should add wifi on the planes.",
      "Please extend the opening hours of the service desk.",
      "It would be great if refunds were processed faster.",
      "I wish the app showed my boarding pass offline.",
  };
  private static final String[] NOT_SUGGESTIONS = {
      "The flight left on time and the crew were lovely.",
      "My bag was lost on the way to Madrid.",
      "I flew to Berlin last week.",
  };
  private static final String NEGATIVE =
      "The staff were rude and the service was terrible. Worst airline I have ever used.";

  private static SparkSession spark;
  @TempDir
  static Path dir;
  private static Path input;
  private static Manifest first;
  private static Manifest second;

  @BeforeAll
  static void runTwice() throws IOException {
    spark = SparkSessions.create("local[2]", "verbatim-it");
    input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(input.resolve("comments.csv"), csv(), StandardCharsets.UTF_8);
    Files.writeString(input.resolve("more.jsonl"),
        "{\"id\":\"j1\",\"created_at\":\"2026-11-18\",\"channel\":\"chat\",\"score\":3,"
            + "\"text\":\"Lost baggage again, nobody answers the phone.\"}\n"
            + "{not json}\n", StandardCharsets.UTF_8);
    first = run("out1");
    second = run("out2");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Manifest run(String out) {
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // more.jsonl is half broken on purpose, which would stop the run (RejectShareIT).
    return new RunJob(spark, log).run(new RunRequest(input.toString(),
        dir.resolve(out).toString(), ConfigLoader.load(null, Map.of("input.allowRejects", true))))
        .manifest();
  }

  private static String csv() {
    StringBuilder b = new StringBuilder("id,created_at,channel,product,score,text\n");
    int n = 0;
    String[][] groups = {SUGGESTIONS, NOT_SUGGESTIONS};
    for (int round = 0; round < 3; round++) {
      for (String[] group : groups) {
        for (String text : group) {
          n++;
          b.append("c").append(n).append(",2026-11-").append(String.format("%02d", 1 + n % 19))
              .append(",survey,flights,").append(group == SUGGESTIONS ? 6 : 7).append(",\"")
              .append(text).append("\"\n");
        }
      }
      n++;
      b.append("c").append(n).append(",2026-10-").append(String.format("%02d", 1 + n % 27))
          .append(",email,service desk,1,\"").append(NEGATIVE).append("\"\n");
    }
    b.append("bad1,2026-11-02,survey,flights,5\n");            // too few columns
    b.append("bad2,yesterday,survey,flights,5,\"Fine.\"\n");     // unparseable date
    b.append("bad3,2026-11-02,survey,flights,42,\"Fine.\"\n");   // score out of range
    b.append("bad4,2026-11-02,survey,flights,5,\"   \"\n");      // empty text
    b.append("c1,2026-11-03,survey,flights,5,\"Sent twice.\"\n");  // duplicate id
    return b.toString();
  }

  private static Dataset<Row> table(String out, String name) {
    return spark.read().parquet(dir.resolve(out).resolve(name).toString());
  }

  @Test
  void countsReconcileAndRejectsKeepTheirReason() {
    Manifest.Counts c = first.counts();
    assertEquals(c.read(), c.accepted() + c.rejected());
    assertEquals(3 * (SUGGESTIONS.length + NOT_SUGGESTIONS.length + 1) + 1, c.accepted());
    assertEquals(6, c.rejected());
    assertEquals(1, c.duplicateIds());
    // Every text in the fixture is written three times under different ids: kept, counted.
    assertEquals(2L * (SUGGESTIONS.length + NOT_SUGGESTIONS.length + 1), c.duplicateTexts());
    assertEquals(c.accepted(), table("out1", "comments").count());
    List<Row> rejects = table("out1", "rejects").collectAsList();
    assertEquals(6, rejects.size());
    Set<String> reasons = rejects.stream().map(r -> r.<String>getAs("reason"))
        .collect(Collectors.toSet());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("yesterday")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.contains("JSON")), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("duplicate id 'c1'")),
        reasons.toString());
    assertTrue(Files.exists(dir.resolve("out1").resolve("manifest.json")));
  }

  /** The manifest's counts are gathered beside other passes; they must still match the tables. */
  @Test
  void manifestCountsAgreeWithTheTables() {
    Manifest.Counts c = first.counts();
    Dataset<Row> sentences = table("out1", "sentences");
    assertEquals(c.sentences(), sentences.count());
    assertEquals(c.suggestions(), sentences.filter("is_suggestion").count());
    assertEquals(c.notAnalysed(),
        table("out1", "comments").filter("sentiment_label is null").count());
    assertEquals(c.accepted(),
        first.languages().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void rejectsAreListedInInputOrder() {
    List<Row> rejects = table("out1", "rejects").collectAsList();
    List<String> order = rejects.stream()
        .map(r -> r.<String>getAs("source") + "#" + r.<Long>getAs("position")).toList();
    List<String> sorted = rejects.stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.<String>getAs("source"))
            .thenComparing(r -> r.<Long>getAs("position")))
        .map(r -> r.<String>getAs("source") + "#" + r.<Long>getAs("position")).toList();
    assertEquals(6, order.size());
    assertEquals(sorted, order);
  }

  @Test
  void tablesHaveTheDocumentedColumns() {
    assertEquals(List.of("comment_id", "created_at", "text", "channel", "product", "score",
            "language", "flags", "sentiment_label", "sentiment_score", "theme_ids",
            "is_suggestion", "idea_ids"),
        List.of(table("out1", "comments").columns()));
    assertEquals(List.of("comment_id", "sentence_index", "text", "sentiment_label",
        "sentiment_score", "theme_ids", "theme_sentiments", "is_suggestion", "action",
        "suggestion_kind", "suggestion_score", "question"),
        List.of(table("out1", "sentences").columns()));
    assertEquals(List.of("theme_id", "label", "parent_id", "owner", "comments", "share",
        "sentiment_mean", "negative_share", "trend", "score_impact", "members", "question"),
        List.of(table("out1", "themes").columns()));
    assertTrue(List.of(table("out1", "ideas").columns()).containsAll(List.of("idea_id", "rank",
        "title", "theme_id", "owner", "implied", "reach", "sentiment_mean", "score_impact",
        "trend", "score", "examples", "question")));
    assertEquals(List.of("raw", "source", "position", "reason"),
        List.of(table("out1", "rejects").columns()));
  }

  @Test
  void clearSuggestionsAreFlaggedAndOthersAreNot() {
    Map<String, Boolean> flagged = table("out1", "sentences").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("text"), r -> r.<Boolean>getAs("is_suggestion"),
            (a, b) -> a && b));
    for (String s : SUGGESTIONS) {
      assertTrue(flagged.get(s), "should be a suggestion: " + s);
    }
    for (String s : NOT_SUGGESTIONS) {
      assertFalse(flagged.get(s), "should not be a suggestion: " + s);
    }
  }

  @Test
  void suggestionsCarryTheirKindAndScore() {
    List<Row> rows = table("out1", "sentences").collectAsList();
    for (Row r : rows) {
      String kind = r.getAs("suggestion_kind");
      double score = r.<Double>getAs("suggestion_score");
      assertTrue(score >= 0 && score <= 1, "score " + score);
      assertEquals(r.<Boolean>getAs("is_suggestion"), "change".equals(kind), r.toString());
      if (List.of(SUGGESTIONS).contains(r.<String>getAs("text"))) {
        assertEquals("change", kind, r.toString());
      }
      if (List.of(NOT_SUGGESTIONS).contains(r.<String>getAs("text"))) {
        assertEquals(null, kind, r.toString());
      }
    }
  }

  @Test
  void clearlyNegativeCommentsComeOutNegative() {
    List<Row> rows = table("out1", "comments").where("text = '" + NEGATIVE.replace("'", "''") + "'")
        .collectAsList();
    assertEquals(3, rows.size());
    for (Row r : rows) {
      assertEquals("negative", r.getAs("sentiment_label"));
    }
  }

  @Test
  void sameInputGivesSameThemeAndIdeaIds() {
    assertEquals(ids("out1", "themes", "theme_id"), ids("out2", "themes", "theme_id"));
    assertEquals(ids("out1", "ideas", "idea_id"), ids("out2", "ideas", "idea_id"));
    assertFalse(ids("out1", "ideas", "idea_id").isEmpty());
    assertEquals(first.counts(), second.counts());
  }

  private static Set<String> ids(String out, String table, String column) {
    return new HashSet<>(table(out, table).select(column).as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }
}
