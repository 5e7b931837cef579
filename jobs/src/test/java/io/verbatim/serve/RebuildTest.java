package io.verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt index is served without a restart, and nothing stale is answered from a cache. */
class RebuildTest {

  @TempDir
  Path out;

  @Test
  void theServerAnswersFromTheRebuiltIndex() throws Exception {
    TestIndex.build(out, List.of());
    try (SearchService service = LuceneSearchService.open(out, TestIndex.CONFIG.index());
         WebServer server = WebServer.start(service, new ServeSettings("127.0.0.1", 0, null),
             1000)) {
      Http http = new Http(server.port());
      assertEquals(0, total(http, "turbulence"));
      assertEquals(TestIndex.sentenceCount(), total(http, ""));

      TestIndex.build(out, List.of(TestIndex.doc("c10", 0, "The turbulence scared my kids.",
          "2026-03-25", "negative", -0.6, List.of(), false, null, 3.0, "app", "North")));

      long deadline = System.nanoTime() + 15_000_000_000L;
      while (total(http, "turbulence") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals(1, total(http, "turbulence"));
      assertEquals(TestIndex.sentenceCount() + 1, total(http, ""));
    }
  }

  private static long total(Http http, String q) {
    Http.Response r = http.get("/api/search?q=" + q);
    assertEquals(200, r.status(), r.body());
    return r.json().get("total").asLong();
  }
}
