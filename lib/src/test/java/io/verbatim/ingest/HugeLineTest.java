package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line of 1 GB without a newline (a pasted log, a broken export) is rejected without being held
 * in memory, and the records around it still come through. The gigabyte is generated as it is
 * read, so the test needs no disk and far less heap than the line.
 */
class HugeLineTest {

  private static final long GIGABYTE = 1L << 30;
  private static final VerbatimConfig.Input CONFIG = ConfigLoader.defaults().input();

  /** {@code n} bytes of 'x', made on the fly. */
  private static InputStream xs(long n) {
    return new InputStream() {
      private long left = n;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) 'x');
        left -= k;
        return k;
      }
    };
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static List<IngestResult> read(InputFormat format, InputStream in) {
    ColumnMapping mapping = ColumnMapping.resolve(List.of("id", "text"), CONFIG);
    return Ingest.read("huge", in, format, CONFIG, mapping).toList();
  }

  @Test
  void csvGigabyteLineIsOneRejectAndTheNextRecordSurvives() {
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        text("id,text\n1,before\n2,"), xs(GIGABYTE), text("\n3,after\n"))));
    List<IngestResult> results = read(InputFormat.CSV, in);
    assertEquals(3, results.size(), results.toString().substring(0, 300));
    assertTrue(results.get(0) instanceof IngestResult.Accepted);
    IngestResult.Rejected huge = (IngestResult.Rejected) results.get(1);
    assertTrue(huge.reject().raw().length() <= 10_000, "raw is cut, not kept whole");
    assertTrue(results.get(2) instanceof IngestResult.Accepted);
  }

  @Test
  void jsonLinesGigabyteLineIsOneRejectAndTheNextRecordSurvives() {
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        text("{\"id\":\"1\",\"text\":\"before\"}\n{\"id\":\"2\",\"text\":\""), xs(GIGABYTE),
        text("\"}\n{\"id\":\"3\",\"text\":\"after\"}\n"))));
    List<IngestResult> results = read(InputFormat.JSONL, in);
    assertEquals(3, results.size());
    assertTrue(results.get(1) instanceof IngestResult.Rejected);
    assertTrue(results.get(2) instanceof IngestResult.Accepted);
  }
}
