package io.verbatim.ingest;

import static io.verbatim.ingest.Inputs.readAll;
import static io.verbatim.ingest.Inputs.records;
import static io.verbatim.ingest.Inputs.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Reject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLinesRecordReaderTest {

  private final JsonLinesRecordReader reader = new JsonLinesRecordReader();

  @Test
  void readsObjectsWithValuesAsText() {
    String jsonl = "{\"id\":\"a\",\"text\":\"Great\\napp\",\"score\":7,\"ok\":true,"
        + "\"tags\":[\"x\",\"y\"],\"meta\":{\"k\":1},\"gone\":null}\n";
    RawRecord record = records(readAll(reader, jsonl)).get(0);

    assertEquals("Great\napp", record.fields().get("text"));
    assertEquals("7", record.fields().get("score"));
    assertEquals("true", record.fields().get("ok"));
    assertEquals("[\"x\",\"y\"]", record.fields().get("tags"));
    assertEquals("{\"k\":1}", record.fields().get("meta"));
    assertEquals(List.of("id", "text", "score", "ok", "tags", "meta"),
        List.copyOf(record.fields().keySet()));
    assertEquals(1L, record.position());
  }

  @Test
  void brokenAndNonObjectLinesAreRejectedAndBlankLinesSkipped() {
    String jsonl = "{\"text\":\"one\"}\n"
        + "\n"
        + "{\"text\": \"broken\"\n"
        + "   \n"
        + "[1,2]\n"
        + "\"just a string\"\n"
        + "{\"text\":\"two\"} trailing\n"
        + "{\"text\":\"three\"}\r\n";
    List<ReadResult> results = readAll(reader, jsonl);
    List<Reject> rejects = rejects(results);

    assertEquals(6, results.size());
    assertEquals(List.of("one", "three"),
        records(results).stream().map(r -> r.fields().get("text")).collect(Collectors.toList()));
    assertEquals(List.of(1L, 6L),
        records(results).stream().map(RawRecord::position).collect(Collectors.toList()));
    assertEquals(List.of(1L, 8L),
        records(results).stream().map(RawRecord::line).collect(Collectors.toList()));

    assertTrue(rejects.get(0).reason().startsWith("not valid JSON: "), rejects.get(0).reason());
    assertTrue(rejects.get(0).reason().endsWith("(line 3)"), rejects.get(0).reason());
    assertEquals("{\"text\": \"broken\"", rejects.get(0).raw());
    assertEquals(2L, rejects.get(0).position());
    assertEquals("expected a JSON object, found an array (line 5)", rejects.get(1).reason());
    assertEquals("expected a JSON object, found a string (line 6)", rejects.get(2).reason());
    assertTrue(rejects.get(3).reason().startsWith("not valid JSON: "), rejects.get(3).reason());
    assertTrue(rejects.stream().noneMatch(r -> r.reason().contains("\n")));
  }

  @Test
  void invalidUtf8IsReplacedNotThrown() {
    byte[] bytes = {'{', '"', 't', '"', ':', '"', 'a', (byte) 0xE2, (byte) 0x28, '"', '}', '\n',
        (byte) 0xC0, (byte) 0xAF, '\n'};
    List<ReadResult> results = reader.read("x.jsonl", new ByteArrayInputStream(bytes))
        .collect(Collectors.toList());

    assertTrue(records(results).get(0).fields().get("t").startsWith("a\uFFFD"));
    assertEquals(1, rejects(results).size());
  }

  @Test
  void overlongLineIsRejected() {
    List<ReadResult> results = readAll(new JsonLinesRecordReader(20),
        "{\"text\":\"" + "z".repeat(100) + "\"}\n{\"text\":\"ok\"}\n");
    assertEquals("record longer than 20 characters (line 1)", rejects(results).get(0).reason());
    assertEquals("ok", records(results).get(0).fields().get("text"));
  }

  @Test
  void headerIsTheUnionOfKeysIgnoringCaseAndBrokenLines() {
    String jsonl = "\uFEFF{\"id\":1,\"text\":\"a\"}\nnot json\n{\"TEXT\":\"b\",\"score\":3}\n";
    assertEquals(List.of("id", "text", "score"), reader.header(Inputs.utf8(jsonl)));
  }
}
