package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchResult;
import io.verbatim.index.SearchService;
import io.verbatim.jobs.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey example in data-samples/survey (a Qualtrics-style export: question wordings in the
 * second row, import ids in the third) run end to end with two open-ended questions.
 */
class SurveyExportIT {

  private static final Path EXPORT =
      Path.of("..", "data-samples", "survey", "northwind-survey.csv");

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path out;
  private static Map<String, Row> comments;

  @BeforeAll
  static void run() {
    out = dir.resolve("out");
    CliRuns.Outcome o = CliRuns.run("run", "--input", EXPORT.toString(), "--out",
        out.toString(), "--text-column", "Q2,Q3", "--id-column", "ResponseId",
        "--time-column", "EndDate", "--score-column", "Q1");
    assertEquals(0, o.code(), o.err());
    spark = SparkSessions.create("local[1]", "survey-it");
    comments = spark.read().parquet(out.resolve("comments").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("comment_id"), r -> r));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void eachAnswerIsACommentWithItsQuestion() {
    assertEquals(15, comments.size(), comments.keySet().toString());
    Row liked = comments.get("R_1a2b3c4d5e6f7g1:Q2");
    Row improve = comments.get("R_1a2b3c4d5e6f7g1:Q3");
    assertEquals("Q2", liked.getAs("question"));
    assertEquals("What did you like most about your trip?", liked.getAs("question_text"));
    assertEquals("Please add more vegetarian meals on short flights.", improve.getAs("text"));
    assertEquals("What one thing should we improve?", improve.getAs("question_text"));
    assertEquals(9.0, (Double) improve.getAs("score"));
    assertEquals("email", improve.getAs("Channel"));
    assertNull(comments.get("R_1a2b3c4d5e6f7g2:Q2"), "an empty answer is no comment");
    assertTrue(comments.containsKey("R_1a2b3c4d5e6f7g2:Q3"));
  }

  @Test
  void theExtraHeaderRowsAreNotComments() throws IOException {
    for (Row r : comments.values()) {
      String text = r.getAs("text");
      assertFalse(text.contains("ImportId") || text.startsWith("What "), text);
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"read\" : 16"), manifest);
    List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
    assertEquals(1, rejects.size());
    assertEquals("empty text: no answer in Q2, Q3", rejects.get(0).getAs("reason"));
  }

  @Test
  void sentencesAndTheIndexCanBeSplitByQuestion() throws Exception {
    List<Row> sentences = spark.read().parquet(out.resolve("sentences").toString())
        .collectAsList();
    assertTrue(sentences.stream().allMatch(r -> List.of("Q2", "Q3")
        .contains(r.<String>getAs("question"))));
    try (SearchService search = LuceneSearchService.open(out, ConfigLoader.defaults().index())) {
      SearchResult all = search.search(SearchRequest.of(""));
      SearchResult.Facet question = all.facets().stream()
          .filter(f -> f.name().equals("question")).findFirst()
          .orElseThrow(() -> new AssertionError("no question facet: " + all.facets()));
      assertEquals(List.of("Q2", "Q3"), question.values().stream()
          .map(SearchResult.FacetValue::value).sorted().toList());
      long improve = search.search(new SearchRequest("", Map.of("question", List.of("Q3")),
          null, null, 1, 10)).total();
      assertTrue(improve > 0 && improve < all.total(), improve + " of " + all.total());
    }
  }
}
