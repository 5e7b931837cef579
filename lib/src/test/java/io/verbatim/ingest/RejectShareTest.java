package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RejectShareTest {

  private static final ColumnMapping COLUMNS =
      new ColumnMapping("body", "id", "posted", "stars");

  @Test
  void theSameReasonWithDifferentValuesIsOneKind() {
    assertEquals(RejectKind.of("unparseable date 'soon'").key(),
        RejectKind.of("unparseable date '2015-02-17 23:18:49 -0800'").key());
    assertEquals(RejectKind.of("expected 7 columns, found 5 (line 12)").key(),
        RejectKind.of("expected 7 columns, found 3 (line 99)").key());
    assertEquals("time", RejectKind.of("ambiguous date '03/04/15': day or month").role());
  }

  @Test
  void halfAFilesRecordsRejectedForOneReasonStopsTheRunWithOneSentence() {
    Map<RejectShare.FileKind, RejectShare.Tally> tallies = Map.of(
        new RejectShare.FileKind("posts.csv", "unparseable date"),
        new RejectShare.Tally(5, "unparseable date 'Feb 17th'", "1,Feb 17th,hi", 2));
    Optional<String> verdict = RejectShare.verdict(Map.of("posts.csv", 10L), tallies,
        Map.of("posts.csv", COLUMNS), 0.5);
    assertEquals("5 of 10 records (50%) of posts.csv were rejected for the same reason,"
        + " unparseable date, e.g. 'Feb 17th' in column 'posted'; give the dates' form with"
        + " --time-format PATTERN (a java.time pattern, e.g. 'dd.MM.yyyy HH:mm') or name the date"
        + " column with --time-column, or pass --allow-rejects to keep the other records."
        + " Nothing was committed.", verdict.orElseThrow());
    assertTrue(RejectShare.verdict(Map.of("posts.csv", 11L), tallies,
        Map.of("posts.csv", COLUMNS), 0.5).isEmpty(), "5 of 11 is under half");
  }

  @Test
  void aReasonWithoutAValueQuotesTheRecord() {
    String sentence = RejectShare.sentence("a.csv", 3,
        new RejectShare.Tally(3, "empty text", "7,,", 1), COLUMNS);
    assertTrue(sentence.startsWith("All 3 records of a.csv were rejected for the same reason,"
        + " empty text, e.g. record 1 '7,,' in column 'body'; name the text column with"
        + " --text-column"), sentence);
  }
}
