package io.verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over real HTTP, against a real index built from hand-made records. */
class ServerApiTest {

  @TempDir
  static Path out;

  static SearchService service;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    TestIndex.build(out, List.of());
    service = LuceneSearchService.open(out, TestIndex.CONFIG.index());
    server = WebServer.start(service, new ServeSettings("127.0.0.1", 0, null),
        TestIndex.CONFIG.index().maxQueryChars());
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (service != null) {
      service.close();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode ok(String pathAndQuery) {
    Http.Response r = http.get(pathAndQuery);
    assertEquals(200, r.status(), pathAndQuery + " -> " + r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    assertEquals("no-store", r.header("Cache-Control"));
    return r.json();
  }

  private static JsonNode facet(JsonNode result, String name) {
    for (JsonNode f : result.get("facets")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no facet " + name + " in " + result.get("facets"));
  }

  private static long count(JsonNode facet, String value) {
    for (JsonNode v : facet.get("values")) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ search

  @Test
  void searchFindsAndHighlightsMatches() {
    JsonNode r = ok("/api/search?q=wifi");
    assertEquals(3, r.get("total").asLong(), r.toString());
    assertEquals(1, r.get("page").asInt());
    for (JsonNode hit : r.get("hits")) {
      assertTrue(hit.get("text").asText().toLowerCase().contains("wifi"), hit.toString());
      assertTrue(hit.get("highlighted").asText().contains("<mark>"), hit.toString());
      // Dates are ISO-8601 strings, not numbers.
      assertTrue(hit.get("createdAt").isTextual(), hit.toString());
      Instant.parse(hit.get("createdAt").asText());
      assertEquals("app", hit.get("metadata").get("channel").asText());
      assertEquals(TestIndex.WIFI, hit.get("themes").get(0).get("id").asText());
      assertEquals("Wifi", hit.get("themes").get(0).get("label").asText());
    }
  }

  @Test
  void blankQueryFindsEverySentenceWithFacets() {
    JsonNode r = ok("/api/search");
    assertEquals(TestIndex.sentenceCount(), r.get("total").asLong());
    assertEquals(20, r.get("pageSize").asInt());
    Set<String> names = new HashSet<>();
    r.get("facets").forEach(f -> names.add(f.get("name").asText()));
    assertTrue(names.containsAll(List.of("theme", "owner", "sentiment", "suggestion", "channel")),
        names.toString());
    assertEquals(4, count(facet(r, "channel"), "email"));
    assertEquals(5, count(facet(r, "sentiment"), "negative"));
    assertEquals(3, count(facet(r, "suggestion"), "yes"));
  }

  @Test
  void themeFacetNestsSubThemesUnderTheirParent() {
    JsonNode theme = facet(ok("/api/search"), "theme");
    JsonNode baggage = null;
    for (JsonNode v : theme.get("values")) {
      if (v.get("value").asText().equals(TestIndex.BAGGAGE)) {
        baggage = v;
      }
    }
    assertNotNull(baggage, theme.toString());
    assertEquals("Baggage", baggage.get("label").asText());
    assertEquals(TestIndex.LOST_BAGGAGE, baggage.get("children").get(0).get("value").asText());
    assertEquals(2, baggage.get("children").get(0).get("count").asLong());
  }

  @Test
  void drillDownOnFacetsNarrowsTheHits() {
    JsonNode email = ok("/api/search?f.channel=email");
    assertEquals(4, email.get("total").asLong());
    email.get("hits").forEach(
        h -> assertEquals("email", h.get("metadata").get("channel").asText()));

    JsonNode both = ok("/api/search?f.channel=email&f.sentiment=negative");
    assertEquals(3, both.get("total").asLong(), both.toString());

    JsonNode lost = ok("/api/search?f.theme=" + TestIndex.LOST_BAGGAGE);
    assertEquals(2, lost.get("total").asLong());
    // A parent theme includes its sub-themes.
    JsonNode parent = ok("/api/search?f.theme=" + TestIndex.BAGGAGE);
    assertTrue(parent.get("total").asLong() >= 5, parent.toString());

    JsonNode suggestions = ok("/api/search?q=wifi&f.suggestion=yes");
    assertEquals(2, suggestions.get("total").asLong());
  }

  @Test
  void dateRangeAndPagingWork() {
    JsonNode march = ok("/api/search?from=2026-03-01&to=2026-03-31");
    assertEquals(5, march.get("total").asLong(), march.toString());
    march.get("hits").forEach(h -> assertTrue(
        h.get("createdAt").asText().compareTo("2026-03-01") >= 0, h.toString()));

    JsonNode p1 = ok("/api/search?size=4");
    JsonNode p3 = ok("/api/search?size=4&page=3");
    assertEquals(4, p1.get("hits").size());
    assertEquals(TestIndex.sentenceCount() - 8, p3.get("hits").size());
    assertEquals(3, p3.get("page").asInt());
    Set<String> seen = new HashSet<>();
    for (String page : List.of("1", "2", "3")) {
      ok("/api/search?size=4&page=" + page).get("hits").forEach(
          h -> assertTrue(seen.add(h.get("commentId").asText() + "/" + h.get("sentenceIndex")),
              "a hit on two pages: " + h));
    }
    assertEquals(TestIndex.sentenceCount(), seen.size());
  }

  @Test
  void facetsEndpointCountsWithoutHits() {
    JsonNode all = ok("/api/facets");
    assertEquals(TestIndex.sentenceCount(), all.get("total").asLong());
    assertTrue(all.get("names").toString().contains("channel"), all.toString());
    assertEquals(4, count(facet(all, "channel"), "email"));
    JsonNode filtered = ok("/api/facets?q=wifi");
    assertEquals(3, filtered.get("total").asLong());
    assertEquals(3, count(facet(filtered, "channel"), "app"));
  }

  @Test
  void markupInCommentsComesBackEscapedInHighlights() {
    JsonNode r = ok("/api/search?q=" + enc("alert"));
    assertEquals(1, r.get("total").asLong(), r.toString());
    JsonNode hit = r.get("hits").get(0);
    assertEquals(TestIndex.SCRIPT_TEXT, hit.get("text").asText());
    String html = hit.get("highlighted").asText();
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  // ------------------------------------------------------------------ themes, ideas, theme page

  @Test
  void themesInEachOrder() {
    JsonNode volume = ok("/api/themes?order=volume");
    assertEquals(4, volume.size());
    assertEquals(TestIndex.BAGGAGE, volume.get(0).get("summary").get("theme").get("id").asText());
    assertTrue(volume.get(0).get("weekly").isArray());
    assertTrue(volume.get(0).get("weekly").size() >= 2, volume.get(0).toString());

    JsonNode negative = ok("/api/themes?order=negative");
    assertEquals(TestIndex.LOST_BAGGAGE,
        negative.get(0).get("summary").get("theme").get("id").asText());

    JsonNode impact = ok("/api/themes?order=impact");
    assertEquals(TestIndex.LOST_BAGGAGE,
        impact.get(0).get("summary").get("theme").get("id").asText(), impact.toString());

    assertEquals(volume, ok("/api/themes"));
  }

  @Test
  void ideasRankedAndByOwner() {
    JsonNode all = ok("/api/ideas");
    assertEquals(3, all.size());
    assertEquals(1, all.get(0).get("idea").get("rank").asInt());
    assertEquals("make the wifi free", all.get(0).get("idea").get("title").asText());
    assertEquals("Wifi", all.get(0).get("themeLabel").asText());
    assertTrue(all.get(0).get("idea").get("examples").size() > 0);
    assertTrue(all.get(2).get("idea").get("trend").isNull());

    JsonNode logistics = ok("/api/ideas?owner=Logistics");
    assertEquals(2, logistics.size());
    logistics.forEach(i -> assertEquals("Logistics", i.get("idea").get("owner").asText()));
    assertEquals(0, ok("/api/ideas?owner=Nobody").size());
  }

  @Test
  void themePageHasSubThemesIdeasTimelineAndQuotes() {
    JsonNode page = ok("/api/themes/" + TestIndex.BAGGAGE);
    assertEquals("Baggage", page.get("theme").get("summary").get("theme").get("label").asText());
    assertTrue(page.get("parent").isNull());
    assertEquals(TestIndex.LOST_BAGGAGE,
        page.get("children").get(0).get("summary").get("theme").get("id").asText());
    assertTrue(page.get("ideas").size() >= 1, page.get("ideas").toString());
    JsonNode overTime = page.get("overTime");
    assertTrue(overTime.size() >= 2, overTime.toString());
    // Weeks are plain ISO days.
    assertTrue(overTime.get(0).get("week").asText().matches("\\d{4}-\\d{2}-\\d{2}"),
        overTime.toString());
    assertTrue(page.get("quotes").size() >= 1);

    JsonNode child = ok("/api/themes/" + TestIndex.LOST_BAGGAGE);
    assertEquals(TestIndex.BAGGAGE,
        child.get("parent").get("summary").get("theme").get("id").asText());
  }

  @Test
  void unknownThemeIsA404WithAMessage() {
    Http.Response r = http.get("/api/themes/t-nope");
    assertEquals(404, r.status());
    assertOneSentenceError(r);
  }

  // ------------------------------------------------------------------ bad input

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/search?q=%22unbalanced",
      "/api/search?q=*",
      "/api/search?page=abc",
      "/api/search?page=0",
      "/api/search?page=-3",
      "/api/search?page=99999999999999",
      "/api/search?size=0",
      "/api/search?size=1000",
      "/api/search?page=5000&size=100",
      "/api/search?from=2026-13-45",
      "/api/search?to=yesterday",
      "/api/search?from=2026-03-10&to=2026-03-01",
      "/api/search?f.nope=x",
      "/api/search?f.date=yesterday",
      "/api/search?q=a&q=b",
      "/api/facets?f.colour=red",
      "/api/themes?order=alphabetical",
  })
  void badInputIsA400WithOneSentence(String pathAndQuery) {
    Http.Response r = http.get(pathAndQuery);
    assertEquals(400, r.status(), pathAndQuery + " -> " + r.body());
    assertOneSentenceError(r);
  }

  @Test
  void brokenUrlEncodingIsA400() {
    for (String target : List.of("/api/search?q=%zz", "/api/search?f.channel=%2", "/?q=%")) {
      String r = http.raw(target);
      assertEquals(400, Http.status(r), target + " -> " + r);
      assertTrue(r.contains("{\"error\":"), r);
    }
  }

  @Test
  void aHundredKilobyteQueryIsA400() {
    String q = "baggage ".repeat(100 * 1024 / 8);
    Http.Response r = http.get("/api/search?q=" + enc(q));
    assertEquals(400, r.status(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
    assertOneSentenceError(r);
    assertTrue(r.body().length() < 300, "the query is not echoed back: " + r.body().length());
  }

  @Test
  void unknownPathsAre404AndOtherMethods405() {
    for (String path : List.of("/nope", "/api/nope", "/api", "/api/themes/a/b", "/index.htm",
        "/web/app.js", "/io/verbatim/serve/web/app.js")) {
      Http.Response r = http.get(path);
      assertEquals(404, r.status(), path + " -> " + r.body());
      assertOneSentenceError(r);
    }
    Http.Response post = http.post("/api/search");
    assertEquals(405, post.status(), post.body());
    assertOneSentenceError(post);
  }

  @Test
  void pathTraversalNeverReachesTheFileSystem() {
    List<String> attempts = new ArrayList<>(List.of(
        "/../pom.xml", "/../../pom.xml", "/../../../pom.xml",
        "/%2e%2e/pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/%2e%2e/%2e%2e/%2e%2e/pom.xml",
        "/%2E%2E%2Fpom.xml", "/..%2f..%2fpom.xml", "/..%2F..%2F..%2Fpom.xml",
        "/app.js/../../pom.xml", "/app.js/..%2f..%2fpom.xml", "/api/themes/..%2f..%2fpom.xml",
        "/api/themes/%2e%2e%2f%2e%2e%2f%2e%2e%2fpom.xml", "/%252e%252e/pom.xml",
        "/..;/pom.xml", "/.%2e/.%2e/pom.xml", "/..\\..\\pom.xml", "/%5c..%5c..%5cpom.xml",
        "/pom.xml", "/jobs/pom.xml", "/README.md", "/etc/passwd", "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/file:/etc/passwd",
        "/index", "/index/", "/app.css/..", "/./app.css/../index.html%00.txt",
        "/io/verbatim/serve/web/index.html", "/WEB-INF/web.xml",
        "/" + out.toAbsolutePath().toString().substring(1) + "/index"));
    for (String target : attempts) {
      String response = http.raw(target);
      int status = Http.status(response);
      String lower = response.toLowerCase();
      assertFalse(lower.contains("<modelversion>") || lower.contains("root:x:0:0")
          || lower.contains("# verbatim") || lower.contains("segments_"),
          target + " leaked a file: " + response);
      if (status == 200) {
        // Only the page itself may come back (some paths normalise to it).
        assertTrue(response.contains("<title>Verbatim</title>") || response.contains("'use strict'")
            || response.contains(":root"), target + " -> " + response);
      } else {
        assertTrue(status == 400 || status == 404, target + " -> " + response);
      }
    }
  }

  // ------------------------------------------------------------------ page, headers, hosts

  @Test
  void pageAndAssetsComeFromTheClasspathWithSafeHeaders() {
    Http.Response page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"));
    assertTrue(page.body().contains("<title>Verbatim</title>"));
    assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    assertEquals("no-referrer", page.header("Referrer-Policy"));
    for (String asset : List.of("/app.js", "/app.css", "/favicon.svg")) {
      Http.Response r = http.get(asset);
      assertEquals(200, r.status(), asset);
      assertTrue(r.body().length() > 100, asset);
    }
    assertTrue(http.get("/app.js").header("Content-Type").startsWith("text/javascript"));
    assertTrue(http.get("/app.css").header("Content-Type").startsWith("text/css"));
  }

  @Test
  void withoutATokenOnlyLoopbackHostNamesAreAnswered() {
    String evil = http.raw("/api/themes", "rebind.attacker.example:" + server.port());
    assertEquals(403, Http.status(evil), evil);
    assertTrue(evil.contains("\"error\""), evil);
    assertEquals(200, Http.status(http.raw("/api/themes", "localhost:" + server.port())));
    assertEquals(200, Http.status(http.raw("/api/themes", "127.0.0.1")));
    assertEquals(200, Http.status(http.raw("/api/themes", "[::1]:" + server.port())));
  }

  @Test
  void unexpectedFailuresAre500WithoutDetails() {
    SearchService broken = new StubSearchService() {
      @Override
      public java.util.List<String> facetNames() {
        throw new IllegalStateException("secret internal detail /var/lib/x");
      }
    };
    try (WebServer s = WebServer.start(broken, new ServeSettings("127.0.0.1", 0, null), 1000)) {
      Http.Response r = new Http(s.port()).get("/api/search?q=x");
      assertEquals(500, r.status());
      assertFalse(r.body().contains("secret"), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
      assertEquals(WebServer.INTERNAL_ERROR, r.json().get("error").asText());
    }
  }

  static void assertOneSentenceError(Http.Response r) {
    assertTrue(r.header("Content-Type").startsWith("application/json"),
        r.status() + " " + r.header("Content-Type") + " " + r.body());
    JsonNode json = r.json();
    assertEquals(1, json.size(), r.body());
    String error = json.get("error").asText();
    assertFalse(error.isBlank());
    assertTrue(error.endsWith(".") || error.endsWith("?"), error);
    assertFalse(error.contains("\n"), error);
    assertFalse(error.contains("Exception") || error.contains("\tat "), error);
    assertNotEquals(WebServer.INTERNAL_ERROR, error);
  }
}
