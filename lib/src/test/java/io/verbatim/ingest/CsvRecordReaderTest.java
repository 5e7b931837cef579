package io.verbatim.ingest;

import static io.verbatim.ingest.Inputs.readAll;
import static io.verbatim.ingest.Inputs.records;
import static io.verbatim.ingest.Inputs.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private final CsvRecordReader reader = new CsvRecordReader();

  @Test
  void readsQuotedCommasQuotesAndLineBreaks() {
    String csv = "id,text,score\r\n"
        + "1,\"Slow, very slow\",3\r\n"
        + "2,\"He said \"\"meh\"\"\",5\r\n"
        + "3,\"first line\nsecond line\",7\r\n"
        + "4,plain,\r\n";
    List<ReadResult> results = readAll(reader, csv);
    List<RawRecord> records = records(results);

    assertEquals(4, records.size(), () -> results.toString());
    assertEquals(Map.of("id", "1", "text", "Slow, very slow", "score", "3"),
        records.get(0).fields());
    assertEquals("He said \"meh\"", records.get(1).fields().get("text"));
    assertEquals("first line\nsecond line", records.get(2).fields().get("text"));
    assertEquals("", records.get(3).fields().get("score"));
    assertEquals(List.of("id", "text", "score"), List.copyOf(records.get(0).fields().keySet()));
    assertEquals(List.of(1L, 2L, 3L, 4L),
        records.stream().map(RawRecord::position).collect(Collectors.toList()));
    assertEquals(List.of(2L, 3L, 4L, 6L),
        records.stream().map(RawRecord::line).collect(Collectors.toList()));
    assertEquals("3,\"first line\nsecond line\",7", records.get(2).raw());
    assertEquals("in/test.file", records.get(0).source());
  }

  @Test
  void blankLinesAreNotRecordsAndNoTrailingNewlineIsFine() {
    List<RawRecord> records = records(readAll(reader, "\nid,text\n\n1,a\n   \n2,b"));
    assertEquals(2, records.size());
    assertEquals(2L, records.get(1).position());
    assertEquals("b", records.get(1).fields().get("text"));
  }

  @Test
  void wrongColumnCountIsRejectedAndLaterRowsSurvive() {
    String csv = "a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n";
    List<ReadResult> results = readAll(reader, csv);
    List<Reject> rejects = rejects(results);

    assertEquals(2, rejects.size());
    assertEquals("expected 3 columns, found 2 (line 3)", rejects.get(0).reason());
    assertEquals("1,2", rejects.get(0).raw());
    assertEquals(2L, rejects.get(0).position());
    assertEquals("expected 3 columns, found 4 (line 4)", rejects.get(1).reason());
    assertEquals(List.of("1", "7"),
        records(results).stream().map(r -> r.fields().get("a")).collect(Collectors.toList()));
  }

  @Test
  void malformedQuotingIsRejectedAndTheNextLineIsRead() {
    String csv = "id,text\n1,\"closed\"early\n2,fine\n";
    List<ReadResult> results = readAll(reader, csv);

    assertEquals(1, rejects(results).size());
    assertTrue(rejects(results).get(0).reason().startsWith("not valid CSV: "),
        rejects(results).get(0).reason());
    assertEquals(List.of("2"),
        records(results).stream().map(r -> r.fields().get("id")).collect(Collectors.toList()));
  }

  @Test
  void strayQuoteDoesNotSwallowTheRowsBehindIt() {
    // The quote opened on line 2 "closes" on line 4, which Jackson then refuses.
    String csv = "id,text\n1,\"oops\n2,fine\n3,\"quoted\"\n4,also fine\n";
    List<ReadResult> results = readAll(reader, csv);

    assertEquals(1, rejects(results).size(), results::toString);
    Reject reject = rejects(results).get(0);
    assertEquals("1,\"oops", reject.raw());
    assertTrue(reject.reason().endsWith("(line 2)"), reject.reason());
    assertEquals(List.of("2", "3", "4"),
        records(results).stream().map(r -> r.fields().get("id")).collect(Collectors.toList()));
    assertEquals(List.of(2L, 3L, 4L),
        records(results).stream().map(RawRecord::position).collect(Collectors.toList()));
  }

  @Test
  void unbalancedQuoteAtTheEndIsRejected() {
    String csv = "id,text\n1,good\n2,\"never closed, and\nthe file ends";
    List<ReadResult> results = readAll(reader, csv);

    assertEquals(List.of("1"),
        records(results).stream().map(r -> r.fields().get("id")).collect(Collectors.toList()));
    Reject reject = rejects(results).get(0);
    assertEquals("quoted value never closed (line 3)", reject.reason());
    assertEquals("2,\"never closed, and", reject.raw());
    // The line after it is read on its own, and has too few columns.
    assertEquals("expected 2 columns, found 1 (line 4)", rejects(results).get(1).reason());
    assertEquals(3, results.size());
  }

  @Test
  void overlongRecordIsRejectedWithoutHoldingIt() {
    CsvRecordReader small = new CsvRecordReader(50);
    String csv = "id,text\n1," + "x".repeat(200) + "\n2,short\n";
    List<ReadResult> results = readAll(small, csv);

    assertEquals("record longer than 50 characters (line 2)", rejects(results).get(0).reason());
    assertEquals(50, rejects(results).get(0).raw().length());
    assertEquals("short", records(results).get(0).fields().get("text"));
  }

  @Test
  void rejectRawTextIsCut() {
    String csv = "a,b\n" + "y".repeat(20_000) + "\n";
    Reject reject = rejects(readAll(reader, csv)).get(0);
    assertEquals(Rejects.MAX_RAW_CHARS, reject.raw().length());
  }

  @Test
  void invalidUtf8IsReplacedNotThrown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id,text\n1,caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // a lead byte without its continuation
    bytes.writeBytes("\n2,ok\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    List<ReadResult> results = reader.read("x.csv", new ByteArrayInputStream(bytes.toByteArray()))
        .collect(Collectors.toList());

    assertEquals("caf\uFFFD", records(results).get(0).fields().get("text"));
    assertEquals("ok", records(results).get(1).fields().get("text"));
    assertEquals(1, rejects(results).size()); // the lone replaced byte on the last line
  }

  @Test
  void headerIsTrimmedDeduplicatedAndLosesTheByteOrderMark() {
    List<String> header = reader.header(Inputs.utf8("\uFEFFid, Text ,,id,ID\n1,2,3,4,5\n"));
    assertEquals(List.of("id", "Text", "column_3", "id_2", "ID_3"), header);
  }

  @Test
  void headerOfAnEmptyFileIsEmptyAndAnEmptyFileHasNoRecords() {
    assertEquals(List.of(), reader.header(Inputs.utf8("")));
    assertEquals(List.of(), readAll(reader, "\n\n"));
  }

  @Test
  void unreadableHeaderFailsTheFile() {
    IngestException e = assertThrows(IngestException.class,
        () -> reader.header(Inputs.utf8("id,\"text\n1,2\n")));
    assertTrue(e.getMessage().startsWith("The header row of the input cannot be read"),
        e.getMessage());
  }
}
