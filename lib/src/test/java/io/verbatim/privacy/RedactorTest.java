package io.verbatim.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.privacy.Redactor.Category;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  private final Redactor redactor = Redactor.defaults();

  private String redact(String text) {
    return redactor.redact(text).text();
  }

  /** Asserts the text comes back unchanged: nothing in it is personal data. */
  private void untouched(String text) {
    Redaction r = redactor.redact(text);
    assertEquals(text, r.text(), () -> "changed: " + r.counts());
    assertFalse(r.redacted());
  }

  // ---------------------------------------------------------------- e-mail

  @ParameterizedTest
  @ValueSource(strings = {"john.smith@example.com", "JANE_doe+tag@mail.example.co.uk",
      "a@b.io", "first.last-name@sub.domain.travel", "jürgen.müller@beispiel.de",
      "obrien99@example.ie", "x%y@example.org"})
  void emails(String email) {
    assertEquals("Write to [EMAIL] please.", redact("Write to " + email + " please."));
    assertEquals("<[EMAIL]>", redact("<" + email + ">"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thanks @NorthwindAir for the help", "meet me @ the gate",
      "user@localhost has no domain", "a@b.c is too short a domain",
      "email me at john at x dot com",
      "price was 3@5 each", "me@home tonight"})
  void notEmails(String text) {
    untouched(text);
  }

  @Test
  void emailAtSentenceEndKeepsTheFullStop() {
    assertEquals("Contact: [EMAIL].", redact("Contact: john@example.com."));
  }

  // ---------------------------------------------------------------- phone

  @ParameterizedTest
  @ValueSource(strings = {
      "+44 20 7946 0958", "+44 (0)20 7946 0958", "+44 7700 900123", "+447700900123",
      "+1 202 555 0143", "+1-202-555-0143", "+33 6 12 34 56 78", "+33612345678",
      "+49 (30) 1234567", "+49 30 12345678", "+31 6 12345678", "+34 612 345 678",
      "0044 20 7946 0958", "0033 6 12 34 56 78",
      "020 7946 0958", "07700 900123", "07700900123", "01632 960001",
      "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678", "06-12345678",
      "030 1234567", "(030) 1234567", "030/12345678", "0171 1234567", "0171/1234567",
      "02 123 45 67", "044 668 18 00",
      "(202) 555-0143", "202-555-0143", "202.555.0143", "202 555 0143", "1-800-555-0199",
      "1 800 555 0199"})
  void phones(String phone) {
    assertEquals("Reach me on [PHONE] after six.", redact("Reach me on " + phone + " after six."));
    assertEquals("[PHONE]", redact(phone));
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me on 612 345 678", "tel 20 12 34 56", "my number is 612345678",
      "WhatsApp: 612345678", "mobile 4155552671", "rufen Sie mich an: 1234 56789"})
  void phonesWithoutPrefixNeedAPhoneWord(String text) {
    String redacted = redact(text);
    assertTrue(redacted.endsWith("[PHONE]"), redacted);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // flight, order and booking numbers
      "Flight NW 1234 was delayed", "flight NW1234 from LHR", "My flights NW 1234 and NW 5678",
      "order 12345 never arrived", "order number 0612345678 was wrong",
      "Order no. 0612345678", "booking ref: 0123 456 789", "Ticket #0612345678",
      "ticket number 0612 345 678 was cancelled", "invoice 2024001234 is wrong",
      "tracking number 0031 2345 6789 0123", "my account 0123456789 was charged",
      "membership 0612345678 expired", "reference 0612-345-678",
      // dates and times
      "on 15.03.2024 at 10:30", "on 2024-03-15 at 10.30", "from 15/03/2024 to 20/03/2024",
      "15.03.2024-20.03.2024", "15.03.2024 - 20.03.2024", "2024-03-15 2024-03-20",
      "between 10:30 and 11:45", "times 08.00 09.30 10.45 11.15", "20240315", "in 2019 2020 2021",
      "between 2019-2023",
      // prices and amounts
      "it cost €1,299.00", "£45.99 for a sandwich", "USD 1 234 567", "EUR 0612345678",
      "$ 202 555 0143", "1.299,00 €", "paid 0612345678,50 in total", "12 345 678 miles",
      // other numbers
      "seats 12 14 16 18 20 were empty", "pi is 3.14159265", "0.123456789 of a second",
      "IP 192.168.100.200", "version 10.0.19045.3803", "waited 123 456 789 minutes",
      "code ABC0612345678", "0612345678abc", "60%", "serial 0612345678",
      "1234 5678 9012", "12345678", "4 out of 10 1 2 3 4 5"})
  void notPhones(String text) {
    untouched(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "il mio numero è 333 1234567        | il mio numero è [PHONE]",
      "mi número es 612 345 678           | mi número es [PHONE]",
      "ligue 912 345 678                  | ligue [PHONE]",
      "07700 900123                       | [PHONE]",
      "Ruf an unter 0171 1234567 bitte    | Ruf an unter [PHONE] bitte",
      "appelez le 06 12 34 56 78 svp      | appelez le [PHONE] svp"})
  void nationalNumbersWithoutAPhoneWordAreFoundByTheirRegion(String text, String expected) {
    assertEquals(expected, redact(text));
  }

  @Test
  void regionsAreConfigurable() {
    Redactor british = Redactor.of(List.of("all"), null, List.of("gb"));
    assertEquals("mi número es 612 345 678", british.redactText("mi número es 612 345 678"));
    assertThrows(IllegalArgumentException.class,
        () -> Redactor.of(List.of("all"), null, List.of("XX")));
  }

  @Test
  void twoPhoneNumbersInARow() {
    assertEquals("[PHONE] [PHONE]", redact("0612345678 0698765432"));
    assertEquals("[PHONE] or [PHONE]", redact("0612345678 or +44 20 7946 0958"));
    assertEquals("[PHONE] / [PHONE]", redact("020 7946 0958 / 020 7946 0959"));
  }

  @Test
  void phoneAfterASentenceAboutAnOrder() {
    assertEquals("Order 12345 was late. Call me: [PHONE].",
        redact("Order 12345 was late. Call me: 07700 900123."));
  }

  @Test
  void phoneDigitsInAUrlAreLeftToTheUrl() {
    untouched("see https://shop.example.com/orders/0612345678/status");
  }

  // ---------------------------------------------------------------- card

  @ParameterizedTest
  @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
      "5555 5555 5555 4444", "5105105105105100", "2223 0000 4841 0010", "3782 822463 10005",
      "378282246310005", "3056 930902 5904", "6011 1111 1111 1117", "3530 1113 3330 0000",
      "6200 0000 0000 0005", "4000 0566 5566 5556", "4222222222222",
      "6759649826438453"})
  void cards(String card) {
    assertEquals("paid with [CARD] yesterday", redact("paid with " + card + " yesterday"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234 5678 9012 3456", "4111 1111 1111 1112", "4111111111111112",
      "0000 0000 0000 0000", "4444 4444 4444 4444", "4111 **** **** 1111",
      "1234 5678 9012 3456 7890", "4111 1111 1111 1111 1111", "41111111111111111111",
      "4111-1111 1111-1111", "9111 1111 1111 1118", "x4111111111111111", "4111111111111111.50",
      "4111 1111 1111"})
  void notCards(String text) {
    String redacted = redact("ref " + text + " ok");
    assertFalse(redacted.contains("[CARD]"), redacted);
  }

  @Test
  void cardFollowedByItsExpiryDate() {
    assertEquals("card [CARD] exp 12/27", redact("card 4111 1111 1111 1111 exp 12/27"));
    assertEquals("card [CARD] 12/27", redact("card 4111 1111 1111 1111 12/27"));
  }

  @Test
  void luhn() {
    assertTrue(CardFinder.luhn("79927398713"));
    assertFalse(CardFinder.luhn("79927398710"));
  }

  // ---------------------------------------------------------------- IBAN

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "DE89370400440532013000",
      "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb82 west 1234 5698 7654 32",
      "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00",
      "BE68 5390 0754 7034", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
      "CH93 0076 2011 6238 5295 7", "NO93 8601 1117 947"})
  void ibans(String iban) {
    assertEquals("refund to [IBAN] please", redact("refund to " + iban + " please"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB83 WEST 1234 5698 7654 32", "DE88 3704 0044 0532 0130 00",
      "DE89 3704 0044 0532 0130 001", "DE89 3704 0044 0532 0130", "XX89 3704 0044 0532 0130 00",
      "NL00ABNA0417164300", "DE89", "AB12 CD34"})
  void notIbans(String text) {
    String redacted = redact("refund to " + text + " please");
    assertFalse(redacted.contains("[IBAN]"), redacted);
  }

  @Test
  void ibanCheck() {
    assertTrue(IbanFinder.valid("GB82WEST12345698765432", 0, 22));
    assertFalse(IbanFinder.valid("GB82WEST12345698765433", 0, 22));
  }

  // ---------------------------------------------------------------- URL secrets

  @Test
  void secretQueryParametersLoseTheirValueOnly() {
    assertEquals("reset via https://example.com/reset?token=[SECRET]&lang=en now",
        redact("reset via https://example.com/reset?token=abc123XYZ&lang=en now"));
    assertEquals("https://api.example.com/v1?api_key=[SECRET]&page=2&apikey=[SECRET]",
        redact("https://api.example.com/v1?api_key=sk_live_51Hx&page=2&apikey=AKIA123"));
    assertEquals("https://x.example.com/cb#access_token=[SECRET]&state=xyz",
        redact("https://x.example.com/cb#access_token=eyJhbGciOi.eyJzdWIi.SflKx&state=xyz"));
    assertEquals("https://b.example.net/f.pdf?sv=2020-08-04&sig=[SECRET]&se=2026",
        redact("https://b.example.net/f.pdf?sv=2020-08-04&sig=Ab%2Fcd%3D&se=2026"));
    assertEquals("https://s3.example.com/k?X-Amz-Credential=[SECRET]&X-Amz-Signature=[SECRET]",
        redact("https://s3.example.com/k?X-Amz-Credential=AKIA/2026&X-Amz-Signature=9f8e7d"));
    assertEquals("https://app.example.com/login?code=[SECRET]&session=[SECRET]&sid=[SECRET]",
        redact("https://app.example.com/login?code=4/0AX4&session=s3ss&sid=77aa"));
    assertEquals("https://example.com/?secret=[SECRET]&password=[SECRET]&pwd=[SECRET]&auth=[SECRET]"
            + "&key=[SECRET]&signature=[SECRET]",
        redact("https://example.com/?secret=s&password=p&pwd=w&auth=a&key=k&signature=g"));
  }

  @Test
  void userInfoInTheAuthority() {
    assertEquals("ftp://[SECRET]@files.example.com/report.csv",
        redact("ftp://bob:hunter2@files.example.com/report.csv"));
    assertEquals("https://[SECRET]@github.com/org/repo.git",
        redact("https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git"));
  }

  @Test
  void urlsWithoutSecretsStayAsTheyAre() {
    untouched("see https://www.example.com/faq?lang=en&page=2#section-3");
    untouched("search www.example.com/search?q=lost+bag&keyword=baggage");
    untouched("https://example.com/path/to/item-0612345678.html");
  }

  @Test
  void urlEndsBeforeClosingPunctuation() {
    assertEquals("(link: https://e.example.com/r?token=[SECRET]).",
        redact("(link: https://e.example.com/r?token=abc).", redactor));
  }

  @Test
  void credentialsPastedInProse() {
    assertEquals("my password=[SECRET] and api_key = [SECRET]",
        redact("my password=hunter2 and api_key = sk_test_123"));
    // Loose names count only in URLs: "code=" in prose is a promo code, kept.
    untouched("use promo code=SUMMER25 at checkout");
    untouched("the key=value pairs and sort=asc");
  }

  private static String redact(String text, Redactor r) {
    return r.redact(text).text();
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void onlyTheChosenCategoriesAreReplaced() {
    Redactor emailsOnly = new Redactor(Set.of(Category.EMAIL), Redactor.DEFAULT_REPLACEMENT);
    Redaction r = emailsOnly.redact("mail john@example.com or call 020 7946 0958");
    assertEquals("mail [EMAIL] or call 020 7946 0958", r.text());
    assertEquals(Map.of(Category.EMAIL, 1), r.counts());
  }

  @Test
  void aDisabledCategoryStillShieldsItsDigitsFromThePhoneFinder() {
    Redactor phonesOnly = new Redactor(Set.of(Category.PHONE), Redactor.DEFAULT_REPLACEMENT);
    untouched("card 4111 1111 1111 1111", phonesOnly);
    untouched("IBAN DE89 3704 0044 0532 0130 00", phonesOnly);
  }

  private static void untouched(String text, Redactor r) {
    assertEquals(text, r.redact(text).text());
  }

  @Test
  void replacementPattern() {
    Redactor angle = new Redactor(EnumSet.allOf(Category.class), "<{category} removed>");
    assertEquals("<EMAIL removed>, https://x.example.com/?token=<SECRET removed>",
        angle.redact("a@example.com, https://x.example.com/?token=t").text());
    Redactor delete = new Redactor(EnumSet.allOf(Category.class), "");
    assertEquals("call  now", delete.redact("call 020 7946 0958 now").text());
    Redactor fixed = new Redactor(EnumSet.allOf(Category.class), "***");
    assertEquals("*** and ***", fixed.redact("a@example.com and 4111 1111 1111 1111").text());
    assertEquals("[SECRET]", Redactor.defaults().replacement(Category.URL_SECRET));
  }

  @Test
  void fromConfigurationValues() {
    assertEquals(EnumSet.allOf(Category.class), Redactor.of(List.of("all"), null).categories());
    assertEquals(EnumSet.of(Category.EMAIL, Category.URL_SECRET, Category.IBAN),
        Redactor.of(List.of("email", "url-secret", "IBAN"), "[x]").categories());
    assertEquals(Category.URL_SECRET, Category.parse("secret"));
    assertEquals(Category.URL_SECRET, Category.parse(" Url_Secret "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Category.parse("passport"));
    assertTrue(e.getMessage().contains("passport") && e.getMessage().contains("email"));
    assertEquals("hello 0612345678", Redactor.of(List.of(), null).redact("hello 0612345678")
        .text());
  }

  @Test
  void nullAndEmptyAndPlainText() {
    assertEquals("", redactor.redact(null).text());
    assertEquals("", redactor.redact("").text());
    Redaction plain = redactor.redact("The crew were lovely, thank you!");
    assertEquals("The crew were lovely, thank you!", plain.text());
    assertEquals(0, plain.total());
    assertTrue(plain.counts().isEmpty());
  }

  // ---------------------------------------------------------------- realistic text

  @Test
  void plantedValuesInALongRealisticComment() {
    String comment = """
        Flight NW 1234 from London Heathrow (LHR T5) to Malaga on 15.03.2024 was delayed from \
        10:30 to 14:05, and my bag (tag NW 482913) only arrived on 2024-03-18. I paid £45.99 \
        for a sandwich and €1,299.00 for the trip, booking ref 0123 456 789, order 12345.
        I called customer service 3 times (0800 123 4567 is useless) and they told me to write \
        to claims@northwind-air.example. Please call me back on +44 7700 900123 or on my \
        French mobile 06 12 34 56 78 between 9.00 and 17.30.
        For the refund, my IBAN is GB82 WEST 1234 5698 7654 32 (not the card 4111 1111 1111 \
        1111 I paid with). Seats 12 14 16 were broken, 3 of 10 screens too.
        The app link https://app.northwind.example/refund?claim=88231&token=8f14e45fceea167a \
        kept failing. In 2019 2020 2021 it was fine. Rating: 2/10.
        John Smith, john.smith@example.co.uk
        """;
    String expected = """
        Flight NW 1234 from London Heathrow (LHR T5) to Malaga on 15.03.2024 was delayed from \
        10:30 to 14:05, and my bag (tag NW 482913) only arrived on 2024-03-18. I paid £45.99 \
        for a sandwich and €1,299.00 for the trip, booking ref 0123 456 789, order 12345.
        I called customer service 3 times ([PHONE] is useless) and they told me to write \
        to [EMAIL]. Please call me back on [PHONE] or on my \
        French mobile [PHONE] between 9.00 and 17.30.
        For the refund, my IBAN is [IBAN] (not the card [CARD] I paid with). Seats 12 14 16 \
        were broken, 3 of 10 screens too.
        The app link https://app.northwind.example/refund?claim=88231&token=[SECRET] \
        kept failing. In 2019 2020 2021 it was fine. Rating: 2/10.
        John Smith, [EMAIL]
        """;
    Redaction r = redactor.redact(comment);
    assertEquals(expected, r.text());
    assertEquals(Map.of(Category.EMAIL, 2, Category.PHONE, 3, Category.IBAN, 1, Category.CARD, 1,
        Category.URL_SECRET, 1), r.counts());
    assertEquals(8, r.total());
  }

  // ---------------------------------------------------------------- counts, threads, ser.

  @Test
  void countsAddUpAcrossTextsAndPartitions() {
    RedactionCounts a = new RedactionCounts();
    a.add(redactor.redact("a@example.com and b@example.com"));
    a.add(redactor.redact("nothing here"));
    RedactionCounts b = new RedactionCounts();
    b.add(redactor.redact("call 020 7946 0958 or mail c@example.com"));
    a.merge(b);
    assertEquals(3, a.count(Category.EMAIL));
    assertEquals(1, a.count(Category.PHONE));
    assertEquals(0, a.count(Category.CARD));
    assertEquals(2, a.texts());
    assertEquals(Map.of("url_secret", 0L, "email", 3L, "iban", 0L, "card", 0L, "phone", 1L,
        "texts", 2L), a.toMap());
    assertEquals(List.of("url_secret", "email", "iban", "card", "phone", "texts"),
        new ArrayList<>(a.toMap().keySet()));
  }

  @Test
  void threadSafe() {
    List<String> texts = IntStream.range(0, 2000)
        .mapToObj(i -> "c" + i + " mail u" + i + "@example.com, call 07700 9" + String.format(
            "%05d", i) + ", card 4111 1111 1111 1111, flight NW " + i)
        .collect(Collectors.toList());
    List<String> sequential = texts.stream().map(this::redact).collect(Collectors.toList());
    List<String> parallel = texts.parallelStream().map(this::redact).collect(Collectors.toList());
    assertEquals(sequential, parallel);
    assertEquals("c7 mail [EMAIL], call [PHONE], card [CARD], flight NW 7", sequential.get(7));
  }

  @Test
  void serialisable() throws Exception {
    Redactor custom = new Redactor(EnumSet.of(Category.EMAIL, Category.CARD), "<{category}>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(custom);
      out.writeObject(custom.redact("x@example.com"));
      out.writeObject(new RedactionCounts().add(custom.redact("x@example.com")));
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      Redactor copy = (Redactor) in.readObject();
      assertEquals("<EMAIL> 020 7946 0958", copy.redact("a@example.com 020 7946 0958").text());
      assertEquals("<EMAIL>", ((Redaction) in.readObject()).text());
      assertEquals(1, ((RedactionCounts) in.readObject()).count(Category.EMAIL));
    }
    assertSame(Redactor.defaults(), Redactor.defaults());
  }
}
