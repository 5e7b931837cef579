package io.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchServiceTest {

  @TempDir
  static Path out;
  static SearchService service;

  @BeforeAll
  static void build() throws IOException {
    IndexStats stats = IndexFixtures.build(out);
    assertEquals(8, stats.sentences());
    assertEquals(4, stats.themes());
    assertEquals(2, stats.ideas());
    service = LuceneSearchService.open(out, IndexFixtures.CONFIG);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static SearchResult search(String q) {
    return service.search(SearchRequest.of(q));
  }

  private static SearchResult search(String q, Map<String, List<String>> filters) {
    return service.search(new SearchRequest(q, filters, null, null, 1, 20));
  }

  /** Hits as "comment/sentence" keys. */
  private static Set<String> keys(SearchResult r) {
    return r.hits().stream().map(h -> h.commentId() + "/" + h.sentenceIndex())
        .collect(Collectors.toSet());
  }

  private static SearchResult.Facet facet(SearchResult r, String name) {
    return r.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static long count(SearchResult.Facet f, String value) {
    return f.values().stream().filter(v -> v.value().equals(value)).mapToLong(
        SearchResult.FacetValue::count).findFirst().orElse(0);
  }

  // ---------------------------------------------------------------- query syntax

  @Test
  void wordsAreStemmedAndAllRequired() {
    assertEquals(Set.of("c1/1"), keys(search("helpful")));
    assertEquals(Set.of("c1/1"), keys(search("Staff HELPFUL")));
    assertEquals(Set.of("c4/0", "c6/0"), keys(search("delay")));
    assertEquals(Set.of(), keys(search("staff wifi")));
  }

  @Test
  void synonymsExpandQueries() {
    // "luggage" finds "bags" and "Baggage" through the shipped group bag, baggage, luggage.
    assertEquals(Set.of("c1/0", "c3/0", "c4/0", "c5/0"), keys(search("luggage")));
    assertEquals(keys(search("luggage")), keys(search("suitcases")));
  }

  @Test
  void phrasesKeepWordOrder() {
    assertEquals(Set.of("c5/0"), keys(search("\"lost luggage\"")));
    // Same words, other order: only as words, not as a phrase.
    assertEquals(Set.of("c1/0", "c5/0"), keys(search("lost bags")));
    assertEquals(Set.of("c1/0"), keys(search("\"bags were lost\"")));
  }

  @Test
  void booleanOperators() {
    assertEquals(Set.of("c4/0"), keys(search("delayed AND NOT flight")));
    assertEquals(Set.of("c4/0"), keys(search("delayed -flight")));
    assertEquals(Set.of("c1/1", "c2/0"), keys(search("wifi OR helpful")));
    assertEquals(Set.of("c1/1", "c2/0"), keys(search("(wifi OR helpful) NOT madrid")));
    assertEquals(6, search("NOT delay").total());
    // Lower-case "not" is a word: "not" is kept by the analysis, so it must occur.
    assertEquals(0, search("not helpful").total());
  }

  @Test
  void prefixesUseTheWordsAsWritten() {
    assertEquals(Set.of("c4/0", "c6/0"), keys(search("delay*")));
    // "delayed" is stemmed to "delay" in the index too, but prefixes see the surface form.
    assertEquals(Set.of("c4/0", "c6/0"), keys(search("delayed*")));
    assertEquals(Set.of("c3/0"), keys(search("bagg*")));
    assertEquals(Set.of("c3/0"), keys(search("BAGG*")));
    assertEquals(Set.of(), keys(search("zzz*")));
  }

  @Test
  void stopWordsAloneAreRefusedButIgnoredInsideAQuery() {
    assertEquals(Set.of("c1/1"), keys(search("the staff")));
    assertThrows(QueryException.class, () -> search("the"));
  }

  // ---------------------------------------------------------------- order, pages, dates

  @Test
  void blankQueryListsEverythingNewestFirstWithPages() {
    SearchResult p1 = service.search(new SearchRequest("", Map.of(), null, null, 1, 3));
    assertEquals(8, p1.total());
    assertEquals(List.of("c6", "c4", "c3"), p1.hits().stream().map(SearchResult.Hit::commentId)
        .toList());
    SearchResult p3 = service.search(new SearchRequest("  ", Map.of(), null, null, 3, 3));
    // The sentence without a date comes last.
    assertEquals(List.of("c5", "c7"), p3.hits().stream().map(SearchResult.Hit::commentId)
        .toList());
    assertNull(p3.hits().get(1).createdAt());
    SearchResult p4 = service.search(new SearchRequest("", Map.of(), null, null, 4, 3));
    assertEquals(8, p4.total());
    assertTrue(p4.hits().isEmpty());
  }

  @Test
  void relevancePagesAreConsistent() {
    SearchResult all = service.search(new SearchRequest("luggage", Map.of(), null, null, 1, 10));
    SearchResult p1 = service.search(new SearchRequest("luggage", Map.of(), null, null, 1, 2));
    SearchResult p2 = service.search(new SearchRequest("luggage", Map.of(), null, null, 2, 2));
    assertEquals(4, p1.total());
    assertEquals(all.hits().subList(0, 2), p1.hits());
    assertEquals(all.hits().subList(2, 4), p2.hits());
  }

  @Test
  void dateRangeIsInclusiveWholeDays() {
    SearchResult r = service.search(new SearchRequest("", Map.of(), LocalDate.of(2026, 9, 10),
        LocalDate.of(2026, 9, 15), 1, 20));
    assertEquals(Set.of("c2/0", "c3/0"), keys(r));
    SearchResult open = service.search(new SearchRequest("", Map.of(), LocalDate.of(2026, 9, 20),
        null, 1, 20));
    assertEquals(Set.of("c4/0", "c6/0"), keys(open));
  }

  // ---------------------------------------------------------------- facets

  @Test
  void facetCountsOverAllHits() {
    SearchResult r = search("");
    assertEquals(List.of("theme", "owner", "sentiment", "suggestion", "date", "channel", "region"),
        r.facets().stream().map(SearchResult.Facet::name).toList());
    SearchResult.Facet theme = facet(r, "theme");
    assertEquals(4, count(theme, "t-bag"));
    assertEquals(2, count(theme, "t-staff"));
    assertEquals(1, count(theme, "t-wifi"));
    SearchResult.FacetValue bag = theme.values().stream().filter(v -> v.value().equals("t-bag"))
        .findFirst().orElseThrow();
    assertEquals("Baggage", bag.label());
    assertEquals(1, bag.children().size());
    assertEquals("t-lost", bag.children().get(0).value());
    assertEquals("Lost baggage", bag.children().get(0).label());
    assertEquals(2, bag.children().get(0).count());

    assertEquals(4, count(facet(r, "owner"), "Logistics"));
    assertEquals(2, count(facet(r, "owner"), "Customer Service"));
    assertEquals(4, count(facet(r, "sentiment"), "negative"));
    assertEquals(3, count(facet(r, "sentiment"), "neutral"));
    assertEquals(1, count(facet(r, "suggestion"), "yes"));
    assertEquals(7, count(facet(r, "suggestion"), "no"));
    assertEquals(3, count(facet(r, "channel"), "survey"));
    assertEquals(4, count(facet(r, "region"), "UK"));

    // Relative to the newest sentence (2026-09-21): 7 days back reaches 2026-09-15.
    SearchResult.Facet date = facet(r, "date");
    assertEquals(List.of("7d", "30d", "90d", "older"), date.values().stream()
        .map(SearchResult.FacetValue::value).toList());
    assertEquals("Last 7 days", date.values().get(0).label());
    assertEquals(3, count(date, "7d"));
    assertEquals(6, count(date, "30d"));
    assertEquals(6, count(date, "90d"));
    assertEquals(1, count(date, "older"));

    // Counts follow the query.
    SearchResult luggage = search("luggage");
    assertEquals(4, count(facet(luggage, "theme"), "t-bag"));
    assertEquals(1, count(facet(luggage, "theme"), "t-staff"));
    assertEquals(0, count(facet(luggage, "theme"), "t-wifi"));
  }

  @Test
  void drillDownThroughTheThemeHierarchy() {
    assertEquals(Set.of("c1/0", "c3/0", "c4/0", "c5/0"),
        keys(search("", Map.of("theme", List.of("t-bag")))));
    assertEquals(Set.of("c1/0", "c5/0"), keys(search("", Map.of("theme", List.of("t-lost")))));
    assertEquals(Set.of("c1/0", "c5/0", "c2/0"),
        keys(search("", Map.of("theme", List.of("t-lost", "t-wifi")))));
    assertEquals(Set.of(), keys(search("", Map.of("theme", List.of("no-such-theme")))));
    assertEquals(Set.of("c1/1", "c5/0"),
        keys(search("", Map.of("owner", List.of("Customer Service")))));
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAnded() {
    assertEquals(Set.of("c1/0", "c1/1", "c2/0"),
        keys(search("", Map.of("channel", List.of("email", "chat")))));
    assertEquals(Set.of("c3/0", "c6/0"),
        keys(search("", Map.of("channel", List.of("survey"), "region", List.of("UK")))));
    assertEquals(Set.of("c3/0"), keys(search("fees",
        Map.of("channel", List.of("survey"), "sentiment", List.of("negative")))));
    assertEquals(Set.of("c2/0"), keys(search("", Map.of("suggestion", List.of("yes")))));
    assertEquals(Set.of("c3/0", "c4/0", "c6/0"), keys(search("", Map.of("date", List.of("7d")))));
    assertEquals(Set.of("c5/0"), keys(search("", Map.of("date", List.of("older")))));
  }

  @Test
  void aFilteredFacetIsCountedSideways() {
    SearchResult r = search("", Map.of("channel", List.of("email")));
    assertEquals(2, r.total());
    // The channel facet still offers the other channels with their counts...
    assertEquals(3, count(facet(r, "channel"), "survey"));
    assertEquals(2, count(facet(r, "channel"), "email"));
    // ...while every other facet counts the filtered hits only.
    assertEquals(2, count(facet(r, "region"), "Spain"));
    assertEquals(0, count(facet(r, "region"), "UK"));
  }

  // ---------------------------------------------------------------- hits

  @Test
  void hitsCarryTheirFieldsAndThemeLabels() {
    SearchResult.Hit h = search("crew").hits().get(0);
    assertEquals("c5", h.commentId());
    assertEquals(0, h.sentenceIndex());
    assertEquals("negative", h.sentimentLabel());
    assertEquals(-0.3, h.sentimentScore(), 1e-9);
    assertEquals(List.of(new SearchResult.ThemeRef("t-lost", "Lost baggage"),
        new SearchResult.ThemeRef("t-staff", "Staff")), h.themes());
    assertEquals(Map.of("channel", "app", "region", "UK"), h.metadata());
    assertEquals("2026-06-01T12:00:00Z", h.createdAt().toString());
    SearchResult.Hit wifi = search("wifi").hits().get(0);
    assertTrue(wifi.suggestion());
    assertEquals("add free wifi", wifi.action());
  }

  @Test
  void highlightsAreEscapedWithMarks() {
    assertEquals("My <mark>bags</mark> were lost in Madrid.",
        search("bags madrid").hits().get(0).highlighted().replace("<mark>Madrid</mark>",
            "Madrid"));
    // Matched through a synonym: the word as written is marked.
    assertEquals("My <mark>bags</mark> were lost in Madrid.",
        search("suitcase madrid").hits().get(0).highlighted().replace("<mark>Madrid</mark>",
            "Madrid"));
    String h = search("crew").hits().get(0).highlighted();
    assertEquals("Nice <mark>crew</mark>, lost luggage though &lt;script&gt;alert(1)&lt;/script&gt;"
        + " &amp; more", h);
    assertEquals("<mark>Delayed</mark> flight and <mark>delays</mark> at boarding.",
        search("delay*").hits().stream().filter(x -> x.commentId().equals("c6")).findFirst()
            .orElseThrow().highlighted());
    assertEquals("Nice crew, <mark>lost luggage</mark> though &lt;script&gt;alert(1)&lt;/script&gt;"
        + " &amp; more", search("\"lost luggage\"").hits().get(0).highlighted());
    // No query: escaped, nothing marked.
    SearchResult all = service.search(new SearchRequest("", Map.of("theme", List.of("t-lost")),
        null, null, 1, 20));
    assertTrue(all.hits().stream().anyMatch(x -> x.highlighted().equals(
        "Nice crew, lost luggage though &lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
    // A pure negation marks nothing but still escapes.
    assertTrue(search("NOT delay").hits().stream().noneMatch(x -> x.highlighted().contains("<s")));
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void badInputIsAQueryExceptionWithOneSentence() {
    List<Runnable> bad = List.of(
        () -> search("\"lost luggage"),
        () -> search("*"),
        () -> search("* *"),
        () -> search("*bag"),
        () -> search("ba*g"),
        () -> search("x".repeat(201)),
        () -> search("AND"),
        () -> search("bag AND"),
        () -> search("OR bag"),
        () -> search("NOT"),
        () -> search("(bag"),
        () -> search("bag)"),
        () -> search("()"),
        () -> search("(".repeat(30) + "bag" + ")".repeat(30)),
        () -> search("a* b* c* d* e* f* g* h* i* j* k*"),
        () -> search("", Map.of("colour", List.of("red"))),
        () -> search("", Map.of("date", List.of("5d"))),
        () -> service.search(new SearchRequest("bag", Map.of(), null, null, 0, 20)),
        () -> service.search(new SearchRequest("bag", Map.of(), null, null, 1, 0)),
        () -> service.search(new SearchRequest("bag", Map.of(), null, null, 1, 101)),
        () -> service.search(new SearchRequest("bag", Map.of(), null, null, 101, 100)),
        () -> service.search(new SearchRequest("bag", Map.of(), LocalDate.of(2026, 9, 2),
            LocalDate.of(2026, 9, 1), 1, 20)),
        () -> service.theme("no-such-theme"),
        () -> service.theme(null));
    for (Runnable r : bad) {
      QueryException e = assertThrows(QueryException.class, r::run);
      String m = e.getMessage();
      assertTrue(m.endsWith(".") && !m.isBlank() && !m.contains("\n"), m);
      assertFalse(m.contains("Exception"), m);
    }
    // Punctuation that other parsers treat as syntax is just text here.
    assertEquals(Set.of("c4/0"), keys(search("belt: [delayed] ~hour^ {for} +")));
  }

  // ---------------------------------------------------------------- themes, ideas, pages

  @Test
  void themesWithWeeklySeries() {
    List<Views.ThemeView> themes = service.themes(Views.ThemeOrder.VOLUME);
    assertEquals(List.of("t-bag", "t-lost", "t-staff", "t-wifi"),
        themes.stream().map(t -> t.summary().theme().id()).toList());
    // 2026-06-01 and 2026-09-21 are Mondays: 17 weeks, the same for every theme.
    themes.forEach(t -> assertEquals(17, t.weekly().size()));
    Views.ThemeView bag = themes.get(0);
    // Distinct comments per week; a parent counts its sub-themes' sentences.
    assertEquals(1L, bag.weekly().get(0));
    assertEquals(4L, bag.weekly().stream().mapToLong(Long::longValue).sum());
    assertEquals(2L, bag.weekly().get(15));
    assertEquals("Logistics", bag.summary().theme().owner());
    assertEquals(-2.0, bag.summary().scoreImpact());

    assertEquals(List.of("t-lost", "t-bag", "t-staff", "t-wifi"),
        service.themes(Views.ThemeOrder.SCORE_IMPACT).stream()
            .map(t -> t.summary().theme().id()).toList());
    assertEquals("t-bag", service.themes(Views.ThemeOrder.NEGATIVE_SHARE).get(0).summary()
        .theme().id());
  }

  @Test
  void ideasInRankOrderByOwner() {
    List<Views.IdeaView> all = service.ideas(null);
    assertEquals(List.of("i-wifi", "i-lost"), all.stream().map(i -> i.idea().id()).toList());
    assertEquals("Wifi", all.get(0).themeLabel());
    assertEquals(IndexFixtures.ADD_WIFI, all.get(0).idea());
    assertEquals(List.of("i-lost"), service.ideas("logistics").stream()
        .map(i -> i.idea().id()).toList());
    assertTrue(service.ideas("Nobody").isEmpty());
  }

  @Test
  void themePage() {
    Views.ThemePage page = service.theme("t-bag");
    assertEquals("t-bag", page.theme().summary().theme().id());
    assertNull(page.parent());
    assertEquals(List.of("t-lost"), page.children().stream()
        .map(c -> c.summary().theme().id()).toList());
    // Ideas of the sub-themes belong to the parent's page.
    assertEquals(List.of("i-lost"), page.ideas().stream().map(i -> i.idea().id()).toList());
    assertEquals(17, page.overTime().size());
    assertEquals(LocalDate.of(2026, 6, 1), page.overTime().get(0).week());
    assertEquals(-0.3, page.overTime().get(0).sentimentMean(), 1e-9);
    assertEquals(2, page.overTime().get(15).comments());
    assertEquals(-0.55, page.overTime().get(15).sentimentMean(), 1e-9);
    // Quotes: most negative first.
    assertEquals(List.of("c1", "c3", "c4", "c5"), page.quotes().stream()
        .map(SearchResult.Hit::commentId).toList());
    assertTrue(page.quotes().get(3).highlighted().contains("&lt;script&gt;"));

    Views.ThemePage lost = service.theme("t-lost");
    assertEquals("t-bag", lost.parent().summary().theme().id());
    assertTrue(lost.children().isEmpty());
    assertEquals(List.of("c1", "c5"), lost.quotes().stream().map(SearchResult.Hit::commentId)
        .toList());
  }

  @Test
  void facetNamesAreWhatFiltersAccept() {
    assertEquals(List.of("theme", "owner", "sentiment", "suggestion", "date", "channel",
        "region"), service.facetNames());
    for (String name : service.facetNames()) {
      search("", Map.of(name, List.of(name.equals("date") ? "30d" : "x")));
    }
  }
}
