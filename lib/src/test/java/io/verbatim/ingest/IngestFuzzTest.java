package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated garbage through the whole of ingest (reader, mapper, sanitizer), for a bounded time
 * with a fixed seed: random bytes, huge lines, deep JSON nesting, mixed encodings, control
 * characters. Invariants: nothing throws, every record becomes exactly one comment or one reject,
 * and a planted e-mail address never survives into a comment or a reject.
 */
class IngestFuzzTest {

  private static final VerbatimConfig CONFIG = ConfigLoader.defaults();
  private static final String SECRET = "fuzz.victim@example.com";
  private static final long BUDGET_MS = 20_000;

  @Test
  void garbageInNeverBreaksIngestOrLeaks() {
    Random random = new Random(20261124);
    Sanitizer sanitizer = new Sanitizer(CONFIG);
    long deadline = System.currentTimeMillis() + BUDGET_MS;
    int files = 0;
    while (System.currentTimeMillis() < deadline && files < 400) {
      boolean csv = random.nextBoolean();
      byte[] content = csv ? csvFile(random) : jsonFile(random);
      InputFormat format = csv ? InputFormat.CSV : InputFormat.JSONL;
      ColumnMapping mapping;
      try {
        mapping = Ingest.mapping(new ByteArrayInputStream(content), format, CONFIG.input());
      } catch (IngestException e) {
        // A file without a readable header or text column stops before reading: fine.
        files++;
        continue;
      }
      List<IngestResult> results = Ingest.read("fuzz" + files, new ByteArrayInputStream(content),
          format, CONFIG.input(), mapping).map(sanitizer::apply).toList();
      long positions = results.stream().mapToLong(r -> r instanceof IngestResult.Accepted a
          ? a.comment().position() : ((IngestResult.Rejected) r).reject().position()).distinct()
          .count();
      assertEquals(results.size(), positions, "one result per record");
      for (IngestResult r : results) {
        String text = r instanceof IngestResult.Accepted a
            ? a.comment().text() + a.comment().analysisText() + a.comment().metadata()
            : ((IngestResult.Rejected) r).reject().raw() + ((IngestResult.Rejected) r).reject()
                .reason();
        assertFalse(text.contains(SECRET), "leaked: " + text.substring(0,
            Math.min(200, text.length())));
        if (r instanceof IngestResult.Accepted a) {
          assertFalse(a.comment().text().isBlank());
        }
      }
      files++;
    }
    assertTrue(files >= 20, "fuzzed only " + files + " files");
  }

  private static byte[] csvFile(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "id,created_at,score,text,channel\n");
    int rows = 1 + r.nextInt(30);
    for (int i = 0; i < rows; i++) {
      switch (r.nextInt(8)) {
        case 0 -> out.writeBytes(randomBytes(r, r.nextInt(300)));
        case 1 -> write(out, i + ",2026-11-01,5,\"unbalanced " + SECRET + "\n");
        case 2 -> write(out, i + ",2026-11-01,5,\"" + "x".repeat(50_000 + r.nextInt(1_500_000))
            + "\",web\n");
        case 3 -> write(out, i + ",2026-11-01,5,\"<b>hi</b> &amp; " + controlChars(r) + " "
            + SECRET + "\",web\n");
        case 4 -> out.writeBytes((i + ",2026-11-01,5,\"caf\u00e9 \u00fcber " + SECRET
            + "\",web\n").getBytes(StandardCharsets.ISO_8859_1));
        case 5 -> write(out, i + ",not a date,eleven,\"" + SECRET + "\"\n");
        case 6 -> write(out, ",,,,,,,,\n");
        default -> write(out, i + ",2026-11-01,7,\"Fine flight, mail " + SECRET
            + " \uD83D\uDE00\",social\n");
      }
    }
    return out.toByteArray();
  }

  private static byte[] jsonFile(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rows = 1 + r.nextInt(30);
    for (int i = 0; i < rows; i++) {
      switch (r.nextInt(7)) {
        case 0 -> out.writeBytes(randomBytes(r, r.nextInt(300)));
        case 1 -> write(out, "[".repeat(2_000 + r.nextInt(20_000)) + "\n");
        case 2 -> write(out, "{\"text\": " + "{\"a\":".repeat(500 + r.nextInt(3_000)) + "1"
            + "}".repeat(10) + "\n");
        case 3 -> write(out, "{\"text\": \"" + controlChars(r) + SECRET + "\", \"meta\": \""
            + SECRET + "\"}\n");
        case 4 -> write(out, "{\"text\": \"" + "y".repeat(100_000 + r.nextInt(1_200_000))
            + "\"}\n");
        case 5 -> write(out, "{\"text\": 42, \"created_at\": [1,2]}\n");
        default -> write(out, "{\"id\": \"" + i + "\", \"text\": \"Lost bag, write to " + SECRET
            + "\"}\n");
      }
    }
    return out.toByteArray();
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static String controlChars(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append((char) r.nextInt(32));
    }
    return b.toString().replace("\"", "").replace("\\", "");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
