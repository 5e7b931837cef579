package io.verbatim.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

  private static final LocalDate START = LocalDate.of(2026, 9, 7);
  private static final int DAYS = 75;
  private static final Pattern SUGGESTION = Pattern.compile(
      "(?i)\\b(you should|please|could you|can you|i wish|wish|would be (great|nice|ideal|so much"
          + " better)|why not|suggest|how about|need to|bring back|add |make |fix |let |give )");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)(lost|crash|rude|never arrived|charged twice|filthy|cancelled|delayed|on hold|"
          + "waiting for|broken|ridiculous|awful|terrible|disappointed|useless|hidden fees)");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)(lovely|fantastic|brilliant|delicious|excellent|impressed|thank you|keep it up|"
          + "worth every penny|a breeze|spotless)");

  @TempDir
  Path dir;

  private static SampleGenerator generator(long seed) {
    return new SampleGenerator(seed, START, DAYS);
  }

  @Test
  void sameSeedWritesIdenticalFiles() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    generator(42).writeCsv(a, 500);
    generator(42).writeCsv(b, 500);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

    Path ja = dir.resolve("a.jsonl");
    Path jb = dir.resolve("b.jsonl");
    generator(42).writeJsonl(ja, 500);
    generator(42).writeJsonl(jb, 500);
    assertArrayEquals(Files.readAllBytes(ja), Files.readAllBytes(jb));
  }

  @Test
  void differentSeedWritesDifferentComments() {
    List<String> a = texts(generator(1).comments(200).toList());
    List<String> b = texts(generator(2).comments(200).toList());
    assertNotEquals(a, b);
    long same = 0;
    for (int i = 0; i < a.size(); i++) {
      same += a.get(i).equals(b.get(i)) ? 1 : 0;
    }
    assertTrue(same < 20, "too many identical rows across seeds: " + same);
  }

  @Test
  void rowsDoNotDependOnStreamOrder() {
    List<SampleComment> sequential = generator(9).comments(300).toList();
    List<SampleComment> parallel = generator(9).comments(300).parallel().toList();
    assertEquals(sequential, parallel);
    assertEquals(sequential.get(123), generator(9).comment(123, 300));
  }

  @Test
  void csvHasHeaderAndRequestedRowsAndParsesBack() throws IOException {
    Path file = dir.resolve("nested/folder/comments.csv");
    generator(42).writeCsv(file, 1000);

    String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    assertEquals("id,created_at,channel,product,region,score,text", header);

    List<Map<String, String>> rows = readCsv(file);
    assertEquals(1000, rows.size());
    Set<String> ids = new HashSet<>();
    for (Map<String, String> row : rows) {
      assertEquals(SampleComment.COLUMNS, List.copyOf(row.keySet()));
      assertTrue(ids.add(row.get("id")), "duplicate id " + row.get("id"));
      assertTrue(row.get("id").startsWith("NW-"));
      Instant.parse(row.get("created_at"));
      assertTrue(Channels.ALL.contains(row.get("channel")), row.get("channel"));
      assertTrue(Channels.PRODUCTS.contains(row.get("product")), row.get("product"));
      assertTrue(Slots.REGIONS.contains(row.get("region")), row.get("region"));
      int score = Integer.parseInt(row.get("score"));
      assertTrue(score >= 0 && score <= 10);
      assertFalse(row.get("text").isBlank());
    }
    // Emails with line breaks must survive the round trip inside quoted fields.
    assertTrue(rows.stream().anyMatch(r -> r.get("text").contains("\n")));
  }

  @Test
  void csvRoundTripsExactly() throws IOException {
    Path file = dir.resolve("c.csv");
    SampleGenerator gen = generator(5);
    gen.writeCsv(file, 300);
    List<Map<String, String>> rows = readCsv(file);
    List<SampleComment> expected = gen.comments(300).toList();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).text(), rows.get(i).get("text"));
      assertEquals(expected.get(i).createdAtText(), rows.get(i).get("created_at"));
    }
  }

  @Test
  void jsonlHasOneObjectPerLine() throws IOException {
    Path file = dir.resolve("c.jsonl");
    SampleGenerator gen = generator(5);
    gen.writeJsonl(file, 400);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(400, lines.size());
    ObjectMapper json = new ObjectMapper();
    List<SampleComment> expected = gen.comments(400).toList();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode node = json.readTree(lines.get(i));
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertEquals(SampleComment.COLUMNS, fields);
      assertTrue(node.get("score").isInt());
      assertEquals(expected.get(i).text(), node.get("text").asText());
      assertEquals(expected.get(i).id(), node.get("id").asText());
    }
  }

  @Test
  void datesStayInsideTheWindowInIdOrder() {
    Instant from = START.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = START.plusDays(DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<SampleComment> comments = generator(3).comments(5000).toList();
    Instant previous = from;
    for (SampleComment c : comments) {
      assertFalse(c.createdAt().isBefore(from), c.createdAtText());
      assertTrue(c.createdAt().isBefore(to), c.createdAtText());
      assertFalse(c.createdAt().isBefore(previous), "not in time order at " + c.id());
      assertEquals(0, c.createdAt().getEpochSecond() % 60, "minute precision");
      previous = c.createdAt();
    }
    // Every day of the window has comments.
    long days = comments.stream()
        .map(c -> c.createdAt().atZone(ZoneOffset.UTC).toLocalDate()).distinct().count();
    assertEquals(DAYS, days);
    assertEquals(START.plusDays(DAYS - 1), generator(3).end());
  }

  @Test
  void scoresInRangeAndFollowTheText() {
    List<SampleComment> comments = generator(11).comments(5000).toList();
    double positive = 0;
    int nPositive = 0;
    double negative = 0;
    int nNegative = 0;
    for (SampleComment c : comments) {
      assertTrue(c.score() >= 0 && c.score() <= 10, "score " + c.score());
      boolean pos = POSITIVE.matcher(c.text()).find();
      boolean neg = NEGATIVE.matcher(c.text()).find();
      if (pos && !neg) {
        positive += c.score();
        nPositive++;
      } else if (neg && !pos) {
        negative += c.score();
        nNegative++;
      }
    }
    assertTrue(nPositive > 200 && nNegative > 500, nPositive + " / " + nNegative);
    double gap = positive / nPositive - negative / nNegative;
    assertTrue(gap > 3, "praise should score well above complaints, gap " + gap);
  }

  @Test
  void textsAreVaried() {
    List<String> texts = texts(generator(42).comments(1000).toList());
    long distinct = texts.stream().distinct().count();
    assertTrue(distinct >= 800, "only " + distinct + " distinct texts in 1000");

    List<Integer> words = texts.stream().map(t -> t.split("\\s+").length).toList();
    assertTrue(words.stream().allMatch(n -> n >= 3), "every comment has at least 3 words");
    assertTrue(words.stream().anyMatch(n -> n <= 4), "some comments are terse");
    assertTrue(words.stream().anyMatch(n -> n >= 40), "some comments are long");

    Set<String> channels = generator(42).comments(1000).map(SampleComment::channel)
        .collect(Collectors.toSet());
    assertEquals(Set.copyOf(Channels.ALL), channels);
  }

  @Test
  void suggestionsAndComplaintsBothPresent() {
    List<String> texts = texts(generator(8).comments(2000).toList());
    long suggestions = texts.stream().filter(t -> SUGGESTION.matcher(t).find()).count();
    long complaints = texts.stream().filter(t -> NEGATIVE.matcher(t).find()).count();
    assertTrue(suggestions > 300, "suggestions: " + suggestions);
    assertTrue(complaints > 250, "complaints: " + complaints);
    // A few of the documented surface forms.
    for (String form : List.of("You should ", "Please ", "I wish ", "It would be great if ",
        "Could you ", "Bring back free snacks")) {
      assertTrue(texts.stream().anyMatch(t -> t.contains(form)), "no '" + form + "'");
    }
  }

  @Test
  void noTemplateSyntaxLeaksIntoTexts() {
    Pattern leak = Pattern.compile("[\\[\\]{}|]|\\s[,.!?]|,,|\\.\\.(?!\\.)");
    generator(13).comments(20_000).forEach(c ->
        assertFalse(leak.matcher(c.text()).find(), c.id() + ": " + c.text()));
  }

  @Test
  void appCrashComplaintsRiseInTheLastWeeks() {
    Pattern crash = Pattern.compile("(?i)crash|freez|froze|won't open|white screen");
    List<SampleComment> comments = generator(21).comments(20_000).toList();
    LocalDate recent = START.plusDays(DAYS - 14);
    LocalDate early = START.plusDays(28);
    double recentShare = share(comments, crash, d -> !d.isBefore(recent));
    double earlyShare = share(comments, crash, d -> d.isBefore(early));
    assertTrue(recentShare > 2 * earlyShare, recentShare + " vs " + earlyShare);

    Pattern baggage = Pattern.compile("(?i)\\b(bag|bags|suitcase|luggage)\\b");
    double bagRecent = share(comments, baggage, d -> !d.isBefore(recent));
    double bagEarly = share(comments, baggage, d -> d.isBefore(early));
    assertTrue(Math.abs(bagRecent - bagEarly) < 0.35 * bagEarly, bagRecent + " vs " + bagEarly);
  }

  @Test
  void idPrefixAndFormats() {
    SampleComment c = generator(1).withIdPrefix("EXTRA-").comment(41, 100);
    assertEquals("EXTRA-000042", c.id());
    assertEquals("NW-0000042", generator(1).comment(41, 1_000_000).id());
    assertEquals(SampleGenerator.Format.JSONL, SampleGenerator.Format.of("JSONL"));
    assertEquals(SampleGenerator.Format.CSV, SampleGenerator.Format.of("csv"));
    assertEquals(SampleGenerator.Format.JSONL, SampleGenerator.Format.forFile(Path.of("x.jsonl")));
    assertEquals(SampleGenerator.Format.CSV, SampleGenerator.Format.forFile(Path.of("x.txt")));
    assertThrows(IllegalArgumentException.class, () -> SampleGenerator.Format.of("xml"));
    assertThrows(IllegalArgumentException.class, () -> new SampleGenerator(1, START, 0));
    assertEquals(LocalDate.of(2026, 9, 7), SampleGenerator.withDefaults(1).start());
  }

  private static double share(List<SampleComment> comments, Pattern p,
                              java.util.function.Predicate<LocalDate> when) {
    List<SampleComment> in = comments.stream()
        .filter(c -> when.test(c.createdAt().atZone(ZoneOffset.UTC).toLocalDate())).toList();
    return (double) in.stream().filter(c -> p.matcher(c.text()).find()).count() / in.size();
  }

  private static List<String> texts(List<SampleComment> comments) {
    return comments.stream().map(SampleComment::text).toList();
  }

  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    CsvMapper csv = new CsvMapper();
    csv.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> it =
             csv.readerForMapOf(String.class).with(schema).readValues(in)) {
      return it.readAll();
    }
  }
}
