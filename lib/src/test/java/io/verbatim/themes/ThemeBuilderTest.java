package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.comment;
import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.model.Theme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThemeBuilderTest {

  private static PhraseCounts counts(Map<String, Integer> phrases) {
    PhraseCounts c = new PhraseCounts();
    int n = 0;
    for (Map.Entry<String, Integer> e : phrases.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        c.add(comment("c" + n++, null, null,
            sentence(0, "s", 0, List.of(e.getKey()), List.of(), false, null)));
      }
    }
    return c;
  }

  private static Optional<Theme> byKey(ThemeCatalog catalog, String key) {
    return catalog.themes().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  private final ThemeBuilder builder =
      new ThemeBuilder(Taxonomy.defaults(), ConfigLoader.defaults().themes());

  @Test
  void buildsHierarchyOwnersAndSkipsRarePhrases() {
    ThemeCatalog catalog = builder.build(counts(Map.of(
        "baggage", 20, "lost baggage", 8, "baggage fee", 6, "fee", 3,
        "seat pocket", 2, "gate agent attitude", 5)));
    Theme baggage = byKey(catalog, "baggage").orElseThrow();
    Theme lost = byKey(catalog, "lost baggage").orElseThrow();
    Theme fee = byKey(catalog, "baggage fee").orElseThrow();
    assertTrue(baggage.pinned());
    assertNull(baggage.parentId());
    assertEquals(baggage.id(), lost.parentId());
    assertEquals(baggage.id(), fee.parentId(), "the more mentioned word is the parent");
    assertEquals("Logistics", lost.owner());
    assertEquals("Lost baggage", lost.label());
    assertFalse(byKey(catalog, "seat pocket").isPresent(), "below minComments");
    assertTrue(byKey(catalog, "gate agent attitude").isPresent());
  }

  @Test
  void aNewTopicGetsAThemeEvenWhenOlderTopicsFillTheCap() {
    java.time.Instant end = java.time.Instant.parse("2026-11-20T12:00:00Z");
    PhraseCounts c = new PhraseCounts();
    int n = 0;
    for (String old : List.of("seat", "food", "staff", "delay")) {
      for (int i = 0; i < 10; i++) {
        c.add(comment("o" + n++, end.minus(java.time.Duration.ofDays(60)), null,
            sentence(0, "s", 0, List.of(old), List.of(), false, null)));
      }
    }
    for (int i = 0; i < 5; i++) {
      c.add(comment("n" + i, end.minus(java.time.Duration.ofDays(i)), null,
          sentence(0, "s", 0, List.of("tablet"), List.of(), false, null)));
    }
    var cfg = ConfigLoader.defaults().themes();
    var capped = new io.verbatim.config.VerbatimConfig.Themes("none", false, cfg.minComments(), 2,
        cfg.maxTopLevel(), cfg.trendWindowDays());
    ThemeCatalog catalog = new ThemeBuilder(Taxonomy.empty(), capped).build(c);
    assertTrue(byKey(catalog, "tablet").isPresent(), catalog.themes().toString());
    assertEquals(3, catalog.themes().size(), "two by volume, one new");
  }

  @Test
  void namesWrittenInLowerCaseAreNotThemes() {
    PhraseCounts c = new PhraseCounts();
    for (int i = 0; i < 6; i++) {
      // "Northwind" capitalised mid-sentence in most comments, even where tagged a common noun.
      var tokens = Fixtures.tokens(i < 4 ? "flew/fly/VBD with/with/IN Northwind/northwind/NN"
          : "dear/dear/JJ northwind/northwind/NN");
      var s = new io.verbatim.model.Sentence(0, "x", tokens, 0,
          io.verbatim.model.SentimentLabel.NEUTRAL,
          i < 4 ? List.of("seat") : List.of("northwind", "seat"), List.of(), List.of(), false,
          null);
      c.add(new io.verbatim.model.AnalyzedComment(new io.verbatim.model.Comment("c" + i, null,
          "x", null, Map.of(), "t", i), List.of(s), 0, io.verbatim.model.SentimentLabel.NEUTRAL));
    }
    var cfg = ConfigLoader.defaults().themes();
    var lowMin = new io.verbatim.config.VerbatimConfig.Themes("none", false, 2,
        cfg.maxThemes(), cfg.maxTopLevel(), cfg.trendWindowDays());
    ThemeCatalog catalog = new ThemeBuilder(Taxonomy.empty(), lowMin).build(c);
    assertTrue(byKey(catalog, "seat").isPresent());
    assertFalse(byKey(catalog, "northwind").isPresent(), catalog.themes().toString());
  }

  @Test
  void aThemeIsNeverItsOwnParent() {
    // "wait" is a synonym of "wait time": folding the key's own word must not make it a parent.
    ThemeCatalog catalog = builder.build(counts(Map.of("wait time", 5, "expected wait time", 4)));
    Theme wait = byKey(catalog, "wait time").orElseThrow();
    assertNull(wait.parentId());
    assertEquals(List.of(wait.id()), catalog.match(List.of("wait time")));
    for (Theme t : catalog.themes()) {
      assertFalse(t.id().equals(t.parentId()), t.toString());
    }
  }

  @Test
  void wordsSeenOnlyInsideACompoundAreNotThemes() {
    ThemeCatalog catalog = builder.build(counts(Map.of("boarding pass", 10, "pass", 1)));
    assertTrue(byKey(catalog, "boarding pass").isPresent());
    PhraseCounts both = counts(Map.of("boarding pass", 10)).merge(counts(Map.of("pass", 0)));
    assertFalse(byKey(builder.build(both), "pass").isPresent());
  }

  @Test
  void idsAreStableAcrossBuildsAndInputs() {
    ThemeCatalog a = builder.build(counts(Map.of("baggage", 20, "lost baggage", 8)));
    ThemeCatalog b = builder.build(counts(Map.of("lost baggage", 30, "baggage", 5, "wifi", 9)));
    assertEquals(byKey(a, "lost baggage").orElseThrow().id(),
        byKey(b, "lost baggage").orElseThrow().id());
    assertEquals(ThemeIds.theme("lost baggage"), byKey(a, "lost baggage").orElseThrow().id());
  }

  @Test
  void catalogMatchKeepsTheMostSpecificTheme() {
    ThemeCatalog catalog = builder.build(counts(Map.of("baggage", 20, "lost baggage", 8)));
    String lost = byKey(catalog, "lost baggage").orElseThrow().id();
    String bag = byKey(catalog, "baggage").orElseThrow().id();
    assertEquals(List.of(lost), catalog.match(List.of("lost baggage", "baggage")));
    assertEquals(List.of(lost, bag), catalog.withAncestors(lost));

    ThemeCatalog fees = builder.build(counts(Map.of("bag fee", 6, "checked bag fee", 5)));
    String checked = byKey(fees, "checked bag fee").orElseThrow().id();
    assertEquals(List.of(checked), fees.match(List.of("checked bag fee", "bag fee")),
        "the more precise wording wins");
    assertNotNull(catalog.get(bag));
  }

  @Test
  void oneWordSpelledApartOrHyphenatedIsOneThemeWithEverySpellingAMember() {
    ThemeCatalog catalog = builder.build(counts(Map.of(
        "payoff", 12, "pay off", 5, "pay-off", 2, "email", 2, "e mail", 3)));
    Theme payoff = byKey(catalog, "payoff").orElseThrow();
    assertEquals(List.of("payoff", "pay off", "pay-off"), payoff.terms(),
        "the most mentioned spelling keeps the theme; the rarer ones, even below minComments,"
            + " are its members");
    assertFalse(byKey(catalog, "pay off").isPresent());
    assertEquals(payoff.id(), catalog.idOf("pay-off"));
    Theme email = byKey(catalog, "email").orElseThrow();
    assertTrue(email.terms().contains("e mail"), "a taxonomy key keeps its theme: " + email);
    assertEquals(ThemeBuilder.spelling("pay-off"), ThemeBuilder.spelling("pay off"));
  }

  @Test
  void aThemeIsAKindOfTheThemeWhoseWordsItSpellsOutUnlessItNamesItsOwnChange() {
    ThemeCatalog catalog = builder.build(counts(Map.of(
        "interest", 20, "interest rate", 8, "high interest rate", 5, "car", 9,
        "double charge", 6, "charge", 12)));
    String interest = byKey(catalog, "interest").orElseThrow().id();
    String rate = byKey(catalog, "interest rate").orElseThrow().id();
    String high = byKey(catalog, "high interest rate").orElseThrow().id();
    assertEquals(interest, catalog.kindOf(rate));
    assertEquals(interest, catalog.kindOf(high));
    String doubleCharge = byKey(catalog, "double charge").orElseThrow().id();
    assertEquals(doubleCharge, catalog.kindOf(doubleCharge),
        "double charges have their own change (stop double charges)");
    String car = byKey(catalog, "car").orElseThrow().id();
    ThemeCatalog nested = catalog.withParents(Map.of(car, interest));
    assertEquals(car, nested.kindOf(car), "hung by co-occurrence only: another problem");
  }

  @Test
  void anEventToldOfAnObjectIsAKindOfTheEventsOwnTheme() {
    ThemeCatalog catalog = builder.build(counts(Map.of(
        "closure", 9, "closed account", 6, "account", 20, "delay", 10, "delayed flight", 7,
        "frozen account", 5)));
    String closure = byKey(catalog, "closure").orElseThrow().id();
    assertEquals(closure, catalog.kindOf(byKey(catalog, "closed account").orElseThrow().id()));
    assertEquals(byKey(catalog, "delay").orElseThrow().id(),
        catalog.kindOf(byKey(catalog, "delayed flight").orElseThrow().id()));
    String frozen = byKey(catalog, "frozen account").orElseThrow().id();
    assertEquals(frozen, catalog.kindOf(frozen), "no theme of its own for freezing: stays");
    assertEquals(Optional.of("closure"), EventPhrases.eventNounOf("closed account"));
    assertEquals(Optional.empty(), EventPhrases.eventNounOf("account"));
  }

  @Test
  void wordsUsedAlikeAreOneThemeWithTheMergeRecordedInItsMembers() {
    Map<String, Integer> phrases = new java.util.HashMap<>();
    for (String partner : List.of("_ loan", "_ title", "_ repair", "my _", "_ insurance",
        "_ key")) {
      phrases.put(partner.replace("_", "car"), 12);
      phrases.put(partner.replace("_", "vehicle"), 6);
    }
    phrases.put("car", 30);
    phrases.put("vehicle", 14);
    ThemeCatalog catalog = builder.build(counts(phrases));
    Theme car = byKey(catalog, "car").orElseThrow();
    assertTrue(car.terms().contains("vehicle"), car.toString());
    assertFalse(byKey(catalog, "vehicle").isPresent());
    Theme title = byKey(catalog, "car title").orElseThrow();
    assertTrue(title.terms().contains("vehicle title"), title.toString());
    assertEquals(title.id(), catalog.idOf("vehicle title"));
    assertEquals(catalog.themes(), builder.build(counts(phrases)).themes(), "stable run to run");
  }

  @Test
  void aChannelWordIsNotTheParentOfACompoundWhoseOtherWordIsATheme() {
    ThemeCatalog catalog = builder.build(counts(Map.of(
        "letter", 30, "collection", 20, "collection letter", 8)));
    Theme compound = byKey(catalog, "collection letter").orElseThrow();
    assertEquals(byKey(catalog, "collection").orElseThrow().id(), compound.parentId(),
        "a collection letter is about collection, however many letters are mentioned");
  }
}
