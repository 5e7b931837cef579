package io.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.VerbatimConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  @TempDir
  Path out;

  private static SentenceDoc sentence(String comment, String text) {
    return IndexFixtures.doc(comment, 0, text, "2026-09-01T10:00:00Z", "neutral", 0.0, List.of(),
        false, null, Map.of("channel", "email"));
  }

  private List<Path> builds() throws IOException {
    try (Stream<Path> s = Files.list(out.resolve(IndexLayout.BUILDS))) {
      return s.filter(Files::isDirectory).toList();
    }
  }

  @Test
  void commitSwitchesTheLinkToACompleteBuild() throws IOException {
    IndexFixtures.build(out);
    Path link = out.resolve("index");
    assertTrue(Files.isSymbolicLink(link));
    Path target = Files.readSymbolicLink(link);
    assertFalse(target.isAbsolute(), "relative, so the run folder can move");
    assertTrue(Files.isDirectory(link.resolve(Schema.SENTENCES)));
    assertTrue(Files.isDirectory(link.resolve(Schema.CATALOG)));
    assertEquals(1, builds().size());
    // No temporary link is left behind.
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of("index", "index-builds"), s.map(p -> p.getFileName().toString())
          .sorted().toList());
    }
  }

  @Test
  void aRebuildIsPickedUpByAnOpenServiceAndOldBuildsAreDeleted() throws IOException {
    IndexFixtures.build(out);
    try (SearchService service = LuceneSearchService.open(out, IndexFixtures.CONFIG)) {
      assertEquals(1, service.search(SearchRequest.of("madrid")).total());
      assertEquals(0, service.search(SearchRequest.of("giraffe")).total());

      IndexFixtures.build(out, List.of(sentence("n1", "A giraffe ate my boarding pass.")));
      assertEquals(1, service.search(SearchRequest.of("giraffe")).total());
      assertEquals(0, service.search(SearchRequest.of("madrid")).total());
      assertEquals(1, service.search(SearchRequest.of("")).total());
      // The replaced build is kept for readers that resolved the link just before the switch.
      assertEquals(2, builds().size());

      IndexFixtures.build(out, List.of(sentence("n2", "An elephant sat in 12C.")));
      assertEquals(1, service.search(SearchRequest.of("elephant")).total());
      assertEquals(2, builds().size(), "the oldest build is gone");
    }
  }

  @Test
  void aFailedBuildLeavesThePreviousIndexServing() throws IOException {
    IndexFixtures.build(out);
    Path before = Files.readSymbolicLink(out.resolve("index"));
    try (SearchService service = LuceneSearchService.open(out, IndexFixtures.CONFIG)) {
      RuntimeException boom = assertThrows(RuntimeException.class, () -> {
        try (IndexBuilder b = IndexBuilder.create(out, IndexFixtures.CONFIG)) {
          IndexFixtures.THEMES.forEach(b::addTheme);
          b.addSentence(sentence("x1", "A giraffe ate my boarding pass."));
          throw new RuntimeException("the run failed half-way");
        }
      });
      assertEquals("the run failed half-way", boom.getMessage());
      assertEquals(before, Files.readSymbolicLink(out.resolve("index")));
      assertEquals(1, builds().size(), "the half-built folder is deleted");
      assertEquals(0, service.search(SearchRequest.of("giraffe")).total());
      assertEquals(1, service.search(SearchRequest.of("madrid")).total());
    }
    // A later build still works: the lock was released.
    IndexFixtures.build(out, List.of(sentence("n1", "A giraffe again.")));
    assertNotEquals(before, Files.readSymbolicLink(out.resolve("index")));
  }

  @Test
  void searchesDuringRebuildsNeverFail() throws Exception {
    IndexFixtures.build(out);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SearchService service = LuceneSearchService.open(out, IndexFixtures.CONFIG)) {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(pool.submit(() -> {
          int n = 0;
          while (!stop.get()) {
            SearchResult r = service.search(SearchRequest.of(""));
            // Every build has exactly one or eight sentences: never a half-built index.
            assertTrue(r.total() == 8 || r.total() == 1, "total " + r.total());
            n++;
          }
          return n;
        }));
      }
      for (int i = 0; i < 6; i++) {
        if (i % 2 == 0) {
          IndexFixtures.build(out, List.of(sentence("n" + i, "Rebuild number " + i + ".")));
        } else {
          IndexFixtures.build(out);
        }
      }
      stop.set(true);
      for (Future<Integer> f : readers) {
        assertTrue(f.get(30, TimeUnit.SECONDS) > 0);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(builds().size() <= 2);
  }

  @Test
  void aSearchPastItsTimeAnswersWithWhatItFound() throws IOException {
    List<SentenceDoc> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(IndexFixtures.doc("m" + i, 0, "Sentence " + i + " about a delayed bag.",
          "2026-09-01T10:00:00Z", "neutral", 0.0, List.of("t-bag"), false, null,
          Map.of("channel", i % 2 == 0 ? "email" : "chat")));
    }
    IndexFixtures.build(out, many);
    try (SearchService service = LuceneSearchService.open(out,
        new VerbatimConfig.Index("default", 200, 0))) {
      SearchResult plain = service.search(SearchRequest.of("delayed bag"));
      assertTrue(plain.partial());
      assertTrue(plain.total() < 3000);
      SearchResult filtered = service.search(new SearchRequest("delayed",
          Map.of("channel", List.of("email")), null, null, 1, 20));
      assertTrue(filtered.partial());
      assertTrue(filtered.total() < 1500, "total " + filtered.total());
    }
    try (SearchService service = LuceneSearchService.open(out, IndexFixtures.CONFIG)) {
      SearchResult filtered = service.search(new SearchRequest("delayed",
          Map.of("channel", List.of("email")), null, null, 1, 20));
      assertFalse(filtered.partial());
      assertEquals(1500, filtered.total());
    }
  }

  @Test
  void oneBuilderPerFolder() throws IOException {
    IndexBuilder first = IndexBuilder.create(out, IndexFixtures.CONFIG);
    try {
      IOException e = assertThrows(IOException.class,
          () -> IndexBuilder.create(out, IndexFixtures.CONFIG));
      assertTrue(e.getMessage().contains("Another index build is running"), e.getMessage());
    } finally {
      first.close();
    }
    IndexFixtures.build(out);
  }

  @Test
  void themesMustComeBeforeSentences() throws IOException {
    try (IndexBuilder b = IndexBuilder.create(out, IndexFixtures.CONFIG)) {
      b.addTheme(IndexFixtures.THEMES.get(0));
      assertThrows(IllegalArgumentException.class, () -> b.addTheme(IndexFixtures.THEMES.get(0)));
      b.addSentence(sentence("c1", "Hello."));
      assertThrows(IllegalStateException.class, () -> b.addTheme(IndexFixtures.THEMES.get(1)));
    }
    assertFalse(Files.exists(out.resolve("index")));
  }

  @Test
  void anEmptyIndexServes() throws IOException {
    try (IndexBuilder b = IndexBuilder.create(out, IndexFixtures.CONFIG)) {
      b.commit();
    }
    try (SearchService service = LuceneSearchService.open(out, IndexFixtures.CONFIG)) {
      SearchResult r = service.search(SearchRequest.of(""));
      assertEquals(0, r.total());
      assertEquals(0, service.search(SearchRequest.of("bag")).total());
      assertTrue(service.themes(Views.ThemeOrder.VOLUME).isEmpty());
      assertEquals(List.of("theme", "owner", "sentiment", "suggestion", "date"),
          service.facetNames());
      assertTrue(r.facets().stream().allMatch(f -> f.values().isEmpty()));
    }
  }

  @Test
  void openingWithoutAnIndexSaysSo() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> LuceneSearchService.open(out, IndexFixtures.CONFIG));
    assertTrue(e.getMessage().contains("no search index"), e.getMessage());
  }

  @Test
  void synonymsSettingIsHonoured() throws IOException {
    IndexFixtures.build(out);
    try (SearchService none = LuceneSearchService.open(out,
        new VerbatimConfig.Index("none", 200, 2000))) {
      // Only the two sentences that say "luggage"; "bags" and "Baggage" need the synonyms.
      assertEquals(2, none.search(SearchRequest.of("luggage")).total());
    }
    Path file = out.resolve("my-synonyms.txt");
    Files.writeString(file, "# ours\ngiraffe, madrid\n");
    try (SearchService own = LuceneSearchService.open(out,
        new VerbatimConfig.Index(file.toString(), 200, 2000))) {
      assertEquals(1, own.search(SearchRequest.of("giraffe")).total());
      assertEquals(2, own.search(SearchRequest.of("luggage")).total());
    }
    Files.writeString(file, "bag, baggage\nlate, on time\n");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> LuceneSearchService.open(out, new VerbatimConfig.Index(file.toString(), 200, 2000)));
    assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains("'on'"),
        bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LuceneSearchService.open(out,
        new VerbatimConfig.Index(out.resolve("missing.txt").toString(), 200, 2000)));
  }
}
