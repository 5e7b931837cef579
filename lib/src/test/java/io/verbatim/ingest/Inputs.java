package io.verbatim.ingest;

import io.verbatim.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helpers: inputs from strings, results split by kind. */
final class Inputs {

  private Inputs() {
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<ReadResult> readAll(RecordReader reader, String text) {
    try (Stream<ReadResult> results = reader.read("in/test.file", utf8(text))) {
      return results.collect(Collectors.toList());
    }
  }

  static List<RawRecord> records(List<ReadResult> results) {
    return results.stream().filter(RawRecord.class::isInstance).map(RawRecord.class::cast)
        .collect(Collectors.toList());
  }

  static List<Reject> rejects(List<ReadResult> results) {
    return results.stream().filter(ReadResult.Unreadable.class::isInstance)
        .map(r -> ((ReadResult.Unreadable) r).reject()).collect(Collectors.toList());
  }
}
