package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchService;
import io.verbatim.output.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data planted in comments, metadata and rejected rows appears nowhere under the output
 * folder afterwards: not in any table, the index, the digest or the manifest. Markup is stripped
 * and comments in other languages are kept, tagged, and not analysed.
 */
class PrivacyIT {

  private static final List<String> PLANTED = List.of("jane.doe@example.com",
      "7946 0958", "4111 1111 1111 1111", "4111111111111111", "DE89 3704 0044 0532 0130 00",
      "s3cr3tT0ken123", "bob.smith@example.org", "rejected.person@example.net",
      "hunter2pass", "333 1234567", "612 345 678", "912 345 678", "07700 900123");

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path out;
  private static Manifest manifest;

  @BeforeAll
  static void run() throws IOException {
    spark = SparkSessions.create("local[2]", "privacy-it");
    Path in = dir.resolve("in.csv");
    Files.writeString(in, String.join("\n",
        "id,created_at,channel,contact,score,text",
        "1,2026-11-01,email,bob.smith@example.org,2,\"Please call me on +44 20 7946 0958 or "
            + "mail jane.doe@example.com about my refund.\"",
        "2,2026-11-02,chat,il mio numero è 333 1234567,1,\"You charged my card "
            + "4111 1111 1111 1111 twice! Refund to DE89 3704 0044 0532 0130 00 please.\"",
        "3,2026-11-03,web,mi número es 612 345 678,3,\"The reset link "
            + "https://example.com/reset?token=s3cr3tT0ken123 and "
            + "https://bob:hunter2pass@example.com/x both fail. Ring me on 07700 900123.\"",
        "4,2026-11-04,web,ligue 912 345 678,8,\"<p><b>Great</b> service &amp; fast boarding</p>\"",
        "5,2026-11-05,web,,4,\"Le personnel était très désagréable et le vol avait trois heures"
            + " de retard.\"",
        "6,2026-11-06,web,,5,\"<br><br>\"",
        "7,last tuesday,web,,2,\"Write to rejected.person@example.net, nobody answers.\"",
        ""), StandardCharsets.UTF_8);
    out = dir.resolve("out");
    VerbatimConfig config = ConfigLoader.defaults();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    manifest = new RunJob(spark, quiet).run(new RunRequest(in.toString(), out.toString(),
        config)).manifest();
    DigestJob.write(spark, out, LocalDate.of(2026, 11, 6), config.digest(), false);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void plantedValuesAreInNoTable() {
    for (String table : OutputFolder.TABLES) {
      for (Row r : spark.read().parquet(out.resolve(table).toString()).collectAsList()) {
        String row = r.mkString("|");
        for (String secret : PLANTED) {
          assertFalse(row.contains(secret), table + " holds " + secret + ": " + row);
        }
      }
    }
  }

  @Test
  void plantedValuesAreInNoFileAndNotInTheIndex() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String secret : PLANTED) {
          assertFalse(bytes.contains(secret), f + " holds " + secret);
        }
      }
    }
    try (SearchService search = LuceneSearchService.open(out, ConfigLoader.defaults().index())) {
      for (String word : List.of("jane", "doe", "s3cr3tT0ken123", "hunter2pass", "bob", "4111")) {
        assertEquals(0, search.search(SearchRequest.of(word)).total(), word);
      }
      assertTrue(search.search(SearchRequest.of("refund")).total() > 0);
    }
  }

  @Test
  void redactionIsCountedAndMarkupStrippedAndOtherLanguagesTagged() {
    assertTrue(manifest.textFlags().get("redacted_email") >= 1, manifest.textFlags().toString());
    assertTrue(manifest.textFlags().get("redacted_card") >= 1);
    assertEquals(manifest.counts().read(), manifest.counts().accepted()
        + manifest.counts().rejected());
    assertEquals(2, manifest.counts().rejected(), "bad date and empty-after-markup");
    assertEquals(1, manifest.counts().notAnalysed());

    List<Row> comments = spark.read().parquet(out.resolve("comments").toString())
        .orderBy("comment_id").collectAsList();
    Row shown = comments.stream().filter(r -> r.getAs("comment_id").equals("4")).findFirst()
        .orElseThrow();
    assertEquals("Great service & fast boarding", shown.getAs("text"));
    Row french = comments.stream().filter(r -> r.getAs("comment_id").equals("5")).findFirst()
        .orElseThrow();
    assertEquals("fr", french.getAs("language"));
    assertNull(french.getAs("sentiment_label"));
    Row first = comments.get(0);
    String text = first.getAs("text");
    assertTrue(text.contains("[EMAIL]"), text);
    assertTrue(text.contains("[PHONE]"), text);
  }
}
