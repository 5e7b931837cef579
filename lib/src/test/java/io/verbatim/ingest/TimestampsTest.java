package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-09-14T10:32:00Z             | 2026-09-14T10:32:00Z",
      "2026-09-14T10:32:00.250Z         | 2026-09-14T10:32:00.250Z",
      "2026-09-14T12:32:00+02:00        | 2026-09-14T10:32:00Z",
      "2026-09-14T12:32+02:00[Europe/Paris] | 2026-09-14T10:32:00Z",
      "2026-09-14T10:32:00              | 2026-09-14T10:32:00Z",
      "2026-09-14T10:32                 | 2026-09-14T10:32:00Z",
      "2026-09-14                       | 2026-09-14T00:00:00Z",
      "2026-09-14 10:32                 | 2026-09-14T10:32:00Z",
      "2026-09-14 10:32:07              | 2026-09-14T10:32:07Z",
      "2026-09-14 12:32:07+02:00        | 2026-09-14T10:32:07Z",
      "' 2026-09-14 '                   | 2026-09-14T00:00:00Z",
  })
  void parsesTheSupportedForms(String value, String expected) {
    assertEquals(Instant.parse(expected), Timestamps.parse(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "14/09/2026", "09/14/2026", "2026-13-01", "2026-09-31",
      "2026-09-14T25:00", "1757845920", "2026-09-14  10:32"})
  void refusesEverythingElse(String value) {
    assertThrows(DateTimeException.class, () -> Timestamps.parse(value));
  }
}
