package io.verbatim.digest;

import static io.verbatim.digest.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DailySeriesTest {

  @Test
  void windowsSumDaysAndWeightSentimentBySentences() {
    DailySeries s = DailySeries.builder(new DateRange(day(1), day(5)))
        .add(day(1), 2, 4, 0.5)
        .add(day(2), 1, 1, -1.0)
        .add(day(2), 1, 1, 0.0)
        .add(day(9), 100, 100, 1.0) // outside the range: ignored
        .build();
    assertEquals(4, s.comments(new DateRange(day(1), day(5))));
    assertEquals(2, s.comments(day(2)));
    assertEquals(0, s.comments(day(9)));
    assertArrayEquals(new long[] {0, 2, 2, 0}, s.daily(new DateRange(day(0), day(3))));
    DailySeries.SentimentWindow w = s.sentiment(new DateRange(day(1), day(2)));
    assertEquals(6, w.sentences());
    assertEquals((4 * 0.5 - 1.0) / 6, w.mean(), 1e-12);
    assertNull(s.sentiment(new DateRange(day(3), day(5))).mean());
    assertEquals(2, s.coveredDays(new DateRange(day(4), day(8))));
  }

  @Test
  void windowsOfADigest() {
    DigestWindows w = DigestWindows.of(day(30), 2, 28);
    assertEquals(new DateRange(day(29), day(30)), w.recent());
    assertEquals(new DateRange(day(1), day(28)), w.baseline());
    assertEquals(30, w.span().days());
  }
}
