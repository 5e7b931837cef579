package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void detectsFromExtension() {
    assertEquals(Optional.of(InputFormat.CSV), InputFormat.fromFileName("a/b/Survey.CSV"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromFileName("x.jsonl"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromFileName("x.ndjson"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromFileName("x.json"));
    assertEquals(Optional.of(InputFormat.PARQUET), InputFormat.fromFileName("part-0.parquet"));
    assertEquals(Optional.empty(), InputFormat.fromFileName("x.tsv"));
    assertEquals(Optional.empty(), InputFormat.fromFileName("x.csv.gz"));
  }

  @Test
  void configuredFormatOverridesTheExtension() {
    assertEquals(InputFormat.CSV, InputFormat.of("auto", "x.csv"));
    assertEquals(InputFormat.JSONL, InputFormat.of(null, "x.json"));
    assertEquals(InputFormat.CSV, InputFormat.of("CSV", "export.txt"));
    assertEquals(InputFormat.JSONL, InputFormat.of("jsonl", "x.csv"));
    assertEquals(InputFormat.PARQUET, InputFormat.of("parquet", "x"));
    assertEquals(InputFormat.XLSX, InputFormat.of(null, "Survey Results.XLSX"));
  }

  @Test
  void unknownFormatsAreClearErrors() {
    IngestException e = assertThrows(IngestException.class, () -> InputFormat.of("auto", "x.txt"));
    assertEquals("Cannot tell the format of 'x.txt' from its extension; use .csv, .jsonl, .ndjson,"
        + " .json, .parquet or .xlsx, or set input.format to csv, jsonl, parquet or xlsx.",
        e.getMessage());
    assertThrows(IngestException.class, () -> InputFormat.of("xml", "x.csv"));
    assertThrows(IngestException.class, () -> RecordReader.of(InputFormat.PARQUET));
  }
}
