package io.verbatim.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 10 MB of adversarial text per case: runs of what every finder starts on, without the end it
 * needs. Each takes 0.1 to 3 s on a laptop; a regular expression with catastrophic backtracking
 * would take hours. The limit is generous for slow CI machines.
 */
class RedactorPerformanceTest {

  private static final int SIZE = 10_000_000;
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(SIZE + unit.length());
    while (sb.length() < SIZE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 ", "0612345678 ", "a.a@", "a@", "4111 ", "DE89 ", "http://a@",
      "?token=", "=a", "00 ", "+1 (", "order 1 ", "1-", "1.", "))((", "www.a ",
      "http://a:b@c ", "a=b&"})
  void adversarialInputIsLinear(String unit) {
    String text = repeat(unit);
    assertTimeoutPreemptively(LIMIT, () -> Redactor.defaults().redact(text));
  }

  @Test
  void tenMegabytesOfRealisticTextWithValues() {
    String unit = "Flight NW 1234 on 15.03.2024 at 10:30 cost €1,299.00, order 12345. Call "
        + "+44 7700 900123 or mail john.smith@example.com, card 4111 1111 1111 1111, IBAN "
        + "GB82 WEST 1234 5698 7654 32, link https://x.example.com/r?token=abc&lang=en.\n";
    String text = repeat(unit);
    int copies = text.length() / unit.length();
    Redaction r = assertTimeoutPreemptively(LIMIT, () -> Redactor.defaults().redact(text));
    assertEquals(copies, r.count(Redactor.Category.EMAIL));
    assertEquals(copies, r.count(Redactor.Category.CARD));
    assertEquals(copies, r.count(Redactor.Category.IBAN));
    assertEquals(copies, r.count(Redactor.Category.URL_SECRET));
    assertEquals(copies, r.count(Redactor.Category.PHONE));
  }
}
