package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IngestTest {

  private final VerbatimConfig.Input cfg = ConfigLoader.defaults().input();

  private static final String MIXED_CSV = "comment_id,Feedback,Rating,submitted_at,channel\n"
      + "a1,\"Checkout is slow, please fix\",3,2026-09-01,web\n"
      + "a2,\"Love the new\ndashboard\",9,2026-09-02 08:00,app\n"
      + "a3,,5,2026-09-03,web\n"                       // empty text
      + "a4,too few columns\n"                         // wrong column count
      + "a5,Great,11,2026-09-04,web\n"                 // score out of range
      + "a6,Fine,7,last week,app\n"                    // bad date
      + "a7,\"Broken \"quote,7,2026-09-05,web\n"       // malformed quoting
      + "\n"
      + ",No id here,8,,\n"                            // derived id, no time
      + "a9,Search is good,not a number,,web\n"        // bad score
      + "a10,\"Unterminated,7,2026-09-06,app\n";       // unbalanced quote at the end

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<IngestResult> ingest(String source, String text, InputFormat format) {
    ColumnMapping mapping = Ingest.mapping(utf8(text), format, cfg);
    try (Stream<IngestResult> results = Ingest.read(source, utf8(text), format, cfg, mapping)) {
      return results.collect(Collectors.toList());
    }
  }

  private static List<Comment> comments(List<IngestResult> results) {
    return results.stream().filter(IngestResult.Accepted.class::isInstance)
        .map(r -> ((IngestResult.Accepted) r).comment()).collect(Collectors.toList());
  }

  private static List<Reject> rejects(List<IngestResult> results) {
    return results.stream().filter(IngestResult.Rejected.class::isInstance)
        .map(r -> ((IngestResult.Rejected) r).reject()).collect(Collectors.toList());
  }

  @Test
  void mixedCsvReconciles() {
    List<IngestResult> results = ingest("mixed.csv", MIXED_CSV, InputFormat.CSV);
    List<Comment> comments = comments(results);
    List<Reject> rejects = rejects(results);

    assertEquals(10, results.size(), "records read");
    assertEquals(results.size(), comments.size() + rejects.size());
    // Every position from 1 to the number read appears exactly once.
    Set<Long> positions = results.stream()
        .map(r -> r instanceof IngestResult.Accepted a ? a.comment().position()
            : ((IngestResult.Rejected) r).reject().position())
        .collect(Collectors.toSet());
    assertEquals(10, positions.size());
    assertEquals(10L, positions.stream().mapToLong(Long::longValue).max().orElse(0));

    assertEquals(List.of("a1", "a2", CommentIds.derive("mixed.csv", 8)),
        comments.stream().map(Comment::id).collect(Collectors.toList()));
    assertEquals("Love the new\ndashboard", comments.get(1).text());
    assertEquals(Map.of("channel", "app"), comments.get(1).metadata());

    List<String> reasons = rejects.stream().map(Reject::reason).collect(Collectors.toList());
    assertEquals("empty text", reasons.get(0));
    assertEquals("expected 5 columns, found 2 (line 6)", reasons.get(1));
    assertEquals("score 11 is outside the range 0 to 10", reasons.get(2));
    assertEquals("unparseable date 'last week'", reasons.get(3));
    assertTrue(reasons.get(4).startsWith("not valid CSV: "), reasons.get(4));
    assertEquals("unparseable score 'not a number'", reasons.get(5));
    assertEquals("quoted value never closed (line 13)", reasons.get(6));
  }

  @Test
  void jsonLinesReconcileAndMissingKeysAreEmpty() {
    String jsonl = "{\"id\":\"j1\",\"text\":\"Good\",\"score\":8,\"extra\":{\"a\":1}}\n"
        + "{\"id\":\"j2\",\"Text\":\"Key spelt differently\"}\n"
        + "{\"id\":\"j3\"}\n"
        + "\n"
        + "{oops\n"
        + "42\n";
    List<IngestResult> results = ingest("in.jsonl", jsonl, InputFormat.JSONL);

    assertEquals(5, results.size());
    List<Comment> comments = comments(results);
    assertEquals(List.of("j1", "j2"),
        comments.stream().map(Comment::id).collect(Collectors.toList()));
    assertEquals("{\"a\":1}", comments.get(0).metadata().get("extra"));
    assertNull(comments.get(1).score());
    assertEquals(List.of("empty text", "not valid JSON", "expected a JSON object, found a number"),
        rejects(results).stream().map(r -> r.reason().replaceAll("[:(].*", "").trim())
            .collect(Collectors.toList()));
  }

  @Test
  void sameInputGivesSameIdsOnEveryRun() {
    String csv = "text\none\ntwo\n";
    List<String> first = comments(ingest("s.csv", csv, InputFormat.CSV)).stream()
        .map(Comment::id).collect(Collectors.toList());
    List<String> second = comments(ingest("s.csv", csv, InputFormat.CSV)).stream()
        .map(Comment::id).collect(Collectors.toList());
    assertEquals(first, second);
    assertEquals(2, Set.copyOf(first).size());
  }

  @Test
  void readingToTheEndClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream("text\na\n".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    ColumnMapping mapping = new ColumnMapping("text", null, null, null);
    Iterator<IngestResult> it = Ingest.read("x.csv", in, InputFormat.CSV, cfg, mapping).iterator();
    assertTrue(it.next() instanceof IngestResult.Accepted);
    assertTrue(!it.hasNext());
    assertTrue(closed.get());
  }
}
