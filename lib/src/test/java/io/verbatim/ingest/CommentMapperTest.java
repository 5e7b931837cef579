package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentMapperTest {

  private final VerbatimConfig.Input cfg = ConfigLoader.defaults().input();
  private final CommentMapper mapper =
      new CommentMapper(cfg, new ColumnMapping("text", "id", "created_at", "score"));

  private static RawRecord record(long position, String... keysAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new RawRecord("2026/survey.csv", position, position + 1, fields, "raw text");
  }

  private Comment accepted(RawRecord record) {
    IngestResult result = mapper.map(record);
    assertTrue(result instanceof IngestResult.Accepted, result::toString);
    return ((IngestResult.Accepted) result).comment();
  }

  private Reject rejected(RawRecord record) {
    IngestResult result = mapper.map(record);
    assertTrue(result instanceof IngestResult.Rejected, result::toString);
    return ((IngestResult.Rejected) result).reject();
  }

  @Test
  void mapsAllColumnsAndKeepsTheRestAsMetadataInOrder() {
    Comment comment = accepted(record(4, "region", " EU ", "id", " r-9 ", "text", "  Love it  ",
        "created_at", "2026-09-14T10:32:00Z", "score", " 9 ", "empty", "  ", "channel", "app"));

    assertEquals("r-9", comment.id());
    assertEquals("Love it", comment.text());
    assertEquals(Instant.parse("2026-09-14T10:32:00Z"), comment.createdAt());
    assertEquals(9.0, comment.score());
    assertEquals(List.of("region", "channel"), List.copyOf(comment.metadata().keySet()));
    assertEquals("EU", comment.metadata().get("region"));
    assertEquals("2026/survey.csv", comment.source());
    assertEquals(4L, comment.position());
  }

  @Test
  void missingOptionalColumnsGiveNulls() {
    Comment comment = accepted(record(1, "text", "ok", "score", "", "created_at", ""));
    assertNull(comment.createdAt());
    assertNull(comment.score());
    assertTrue(comment.metadata().isEmpty());
  }

  @Test
  void derivedIdsAreStableAndDistinctPerPosition() {
    String first = accepted(record(1, "text", "a", "id", "")).id();
    assertEquals(first, accepted(record(1, "text", "different text")).id());
    assertEquals(first, CommentIds.derive("2026/survey.csv", 1));
    assertNotEquals(first, accepted(record(2, "text", "a")).id());
    assertNotEquals(first, CommentIds.derive("2026/other.csv", 1));
    assertTrue(first.matches("c-[0-9a-f]{16}"), first);
    // Pinned: changing the scheme would re-key every comment stored from earlier runs.
    assertEquals("c-425a01ffa25d2bf4", CommentIds.derive("a.csv", 7));
  }

  @Test
  void emptyOrMissingTextIsRejected() {
    assertEquals("empty text", rejected(record(1, "text", " \t ")).reason());
    assertEquals("empty text", rejected(record(1, "id", "7")).reason());
    Reject reject = rejected(record(3, "text", ""));
    assertEquals("raw text", reject.raw());
    assertEquals("2026/survey.csv", reject.source());
    assertEquals(3L, reject.position());
  }

  @Test
  void overlongTextIsRejected() {
    String text = "w".repeat(cfg.maxTextChars() + 1);
    assertEquals("text is 20001 characters long, more than input.maxTextChars (20000)",
        rejected(record(1, "text", text)).reason());
    accepted(record(1, "text", " " + "w".repeat(cfg.maxTextChars()) + " "));
  }

  @Test
  void unparseableDateIsRejected() {
    assertEquals("unparseable date 'yesterday'",
        rejected(record(1, "text", "a", "created_at", "yesterday")).reason());
    assertEquals("ambiguous date '03/09/2026': day or month first? Nothing in the column"
        + " decides", rejected(record(1, "text", "a", "created_at", "03/09/2026")).reason());
    assertEquals(Instant.parse("2026-09-03T00:00:00Z"), new CommentMapper(cfg,
        new ColumnMapping("text", "id", "created_at", "score"), DateOrder.DMY)
        .map(record(1, "text", "a", "created_at", "03/09/2026")) instanceof IngestResult.Accepted a
        ? a.comment().createdAt() : null);
  }

  @Test
  void scoresAreParsedAndRangeChecked() {
    assertEquals(7.0, accepted(record(1, "text", "a", "score", "7")).score());
    assertEquals(7.0, accepted(record(1, "text", "a", "score", "7.0")).score());
    assertEquals(7.0, accepted(record(1, "text", "a", "score", " 7 ")).score());
    assertEquals(0.0, accepted(record(1, "text", "a", "score", "0")).score());
    assertEquals(10.0, accepted(record(1, "text", "a", "score", "10")).score());
    assertEquals(2.5, accepted(record(1, "text", "a", "score", ".25e1")).score());

    assertEquals("score 11 is outside the range 0 to 10",
        rejected(record(1, "text", "a", "score", "11")).reason());
    assertEquals("score -0.5 is outside the range 0 to 10",
        rejected(record(1, "text", "a", "score", "-0.5")).reason());
    for (String bad : List.of("seven", "7,5", "NaN", "Infinity", "7d", "0x1p3")) {
      assertEquals("unparseable score '" + bad + "'",
          rejected(record(1, "text", "a", "score", bad)).reason());
    }
  }

  @Test
  void firstProblemIsTheReason() {
    assertEquals("empty text",
        rejected(record(1, "text", "", "score", "99", "created_at", "never")).reason());
  }
}
