package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.verbatim.config.ConfigException;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
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
      "2015-02-17 23:18:49 -0800        | 2015-02-18T07:18:49Z",
      "2015-02-17 23:18:49 -08:00       | 2015-02-18T07:18:49Z",
      "2015-02-17T23:18:49-0800         | 2015-02-18T07:18:49Z",
      "2015-02-17 23:18:49+05           | 2015-02-17T18:18:49Z",
      "2015-02-17 23:18:49 UTC          | 2015-02-17T23:18:49Z",
      "2015-02-17 23:18:49,5 Z          | 2015-02-17T23:18:49.500Z",
      "'Tue, 17 Feb 2015 23:18:49 -0800' | 2015-02-18T07:18:49Z",
      "17 Feb 2015 23:18:49 GMT         | 2015-02-17T23:18:49Z",
      "Wed Feb 18 07:18:49 +0000 2015   | 2015-02-18T07:18:49Z",
      "1424243929                       | 2015-02-18T07:18:49Z",
      "1424243929000                    | 2015-02-18T07:18:49Z",
      "14/09/2026                       | 2026-09-14T00:00:00Z",
      "09/14/2026                       | 2026-09-14T00:00:00Z",
      "9/14/26 2:05 PM                  | 2026-09-14T14:05:00Z",
      "14.09.2026 10:32                 | 2026-09-14T10:32:00Z",
      "05/05/2015                       | 2015-05-05T00:00:00Z",
  })
  void parsesTheSupportedForms(String value, String expected) {
    assertEquals(Instant.parse(expected), Timestamps.parse(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "13/14/2026", "2026-13-01", "2026-09-31",
      "2026-09-14T25:00", "17579", "2026-09-14  10:32", "Tue, 18 Feb 2015 23:18:49 -0800",
      "13/09/2026 13:00 PM", "20260914"})
  void refusesEverythingElse(String value) {
    assertThrows(DateTimeException.class, () -> Timestamps.parse(value));
  }

  @Test
  void slashDatesThatReadTwoWaysNeedAnOrder() {
    assertThrows(AmbiguousDateException.class, () -> Timestamps.parse("03/04/2015"));
    VerbatimConfig.Input defaults = ConfigLoader.defaults().input();
    Timestamps undecided = Timestamps.of(defaults);
    assertEquals(Instant.parse("2015-04-03T00:00:00Z"),
        undecided.orDecidedBy(DateOrder.DMY).read("03/04/2015"));
    assertEquals(Instant.parse("2015-03-04T00:00:00Z"),
        undecided.orDecidedBy(DateOrder.MDY).read("03/04/15"));
    Timestamps configured = Timestamps.of(withDates(defaults, "mdy", null));
    // A configured order wins over the column's, and a value contradicting it is refused.
    assertEquals(Instant.parse("2015-03-04T00:00:00Z"),
        configured.orDecidedBy(DateOrder.DMY).read("03/04/2015"));
    assertThrows(DateTimeException.class, () -> configured.read("13/04/2015"));
  }

  @Test
  void theColumnDecidesOnlyWhenItSpeaksWithOneVoice() {
    DateOrderEvidence none = DateOrderEvidence.NONE.with("03/04/2015").with(null).with("x");
    assertNull(none.decided());
    assertEquals(DateOrder.DMY, none.with("13/04/2015").decided());
    assertEquals(DateOrder.MDY, none.with("4/13/15 10:00").decided());
    assertNull(none.with("13/04/2015").merge(none.with("4/13/15")).decided());
  }

  @Test
  void aTimeFormatReadsWhatNothingElseDoes() {
    Timestamps t = Timestamps.of(withDates(ConfigLoader.defaults().input(), null,
        "dd MMM yyyy 'at' HH'h'mm"));
    assertEquals(Instant.parse("2015-02-17T23:18:00Z"), t.read("17 feb 2015 at 23h18"));
    assertEquals(Instant.parse("2015-02-17T00:00:00Z"), t.read("2015-02-17"));
    assertThrows(ConfigException.class, () -> Timestamps.of(
        withDates(ConfigLoader.defaults().input(), null, "dd.MM.yyyy {")));
    assertThrows(ConfigException.class, () -> Timestamps.of(
        withDates(ConfigLoader.defaults().input(), "ymd", null)));
  }

  static VerbatimConfig.Input withDates(VerbatimConfig.Input i, String order, String format) {
    return ConfigLoader.load(null, java.util.Map.of("input.dateOrder",
        order == null ? "" : order, "input.timeFormat", format == null ? "" : format)).input();
  }
}
