package io.verbatim.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Theme;
import io.verbatim.themes.ThemeCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinctnessTest {

  /** 1,000 comments: loans everywhere, mortgages and phones in some. */
  private static final Map<String, Long> CORPUS =
      Map.of("loan", 900L, "mortgage", 100L, "phone", 300L, "fees", 200L);

  @Test
  void customersWhoTalkLikeEveryoneElseAreNotDistinct() {
    // 30% of the corpus: the same profile shrunk, as a phone complaint inside every story.
    double same = Distinctness.of(Map.of("loan", 270L, "mortgage", 30L, "fees", 60L), CORPUS,
        1000, Set.of("phone"));
    assertEquals(0, same, 1e-9);
  }

  @Test
  void aStoryOfItsOwnIsDistinctAndTheOwnThemeIsLeftOut() {
    // Foreclosure complaints: all about mortgages, none about fees.
    Map<String, Long> foreclosure = Map.of("mortgage", 60L, "loan", 20L, "foreclosure", 60L);
    Map<String, Long> corpus = Map.of("loan", 900L, "mortgage", 100L, "phone", 300L,
        "fees", 200L, "foreclosure", 60L);
    double story = Distinctness.of(foreclosure, corpus, 1000, Set.of("foreclosure"));
    double phone = Distinctness.of(Map.of("loan", 270L, "mortgage", 30L, "fees", 60L,
        "phone", 300L), corpus, 1000, Set.of("phone"));
    assertTrue(story > 0.5, "foreclosure " + story);
    assertTrue(story > 20 * phone, story + " vs " + phone);
    // Naming its own theme in every comment does not make an idea distinct.
    assertEquals(story, Distinctness.of(Map.of("mortgage", 60L, "loan", 20L), corpus, 1000,
        Set.of("foreclosure")), 1e-12);
  }

  @Test
  void aFewCommentsAreShrunkTowardTheCorpus() {
    Map<String, Long> few = Map.of("mortgage", 3L);
    Map<String, Long> many = Map.of("mortgage", 300L);
    double small = Distinctness.of(few, CORPUS, 1000, Set.of());
    double large = Distinctness.of(many, CORPUS, 1000, Set.of());
    assertTrue(small > 0 && small < large / 3, small + " vs " + large);
  }

  @Test
  void nothingToCompareIsZero() {
    assertEquals(0, Distinctness.of(Map.of(), CORPUS, 1000, Set.of()));
    assertEquals(0, Distinctness.of(Map.of("phone", 5L), CORPUS, 1000, Set.of("phone")));
    assertEquals(0, Distinctness.of(Map.of("loan", 5L), Map.of(), 0, Set.of()));
  }
  @Test
  void anIdeaIsReadByTopLevelThemesOutsideItsOwn() {
    ThemeCatalog catalog = new ThemeCatalog(List.of(
        new Theme("t-home", "home", "Home", null, "Lending", List.of("home"), true),
        new Theme("t-mortgage", "mortgage", "Mortgage", "t-home", "Lending",
            List.of("mortgage"), true),
        new Theme("t-foreclosure", "foreclosure", "Foreclosure", "t-home", "Lending",
            List.of("foreclosure"), true),
        new Theme("t-fee", "fee", "Fees", null, "Billing", List.of("fee"), true),
        new Theme("t-phone", "phone", "Phone", null, "Customer Service", List.of("phone"),
            true)));
    Map<String, Long> corpus = Map.of("t-mortgage", 100L, "t-foreclosure", 60L, "t-fee", 300L,
        "t-phone", 500L);
    // Foreclosure complaints name mortgages, under the idea's own top-level theme (Home), and
    // fees and phones as everyone else does: nothing else sets them apart.
    assertEquals(0, Distinctness.ofIdea(Map.of("t-mortgage", 60L, "t-foreclosure", 60L,
        "t-fee", 18L, "t-phone", 30L), corpus, 1000, "t-foreclosure", catalog), 1e-12);
    // Read for an idea of its own top-level theme (Fees), Home stands out.
    assertTrue(Distinctness.ofIdea(Map.of("t-mortgage", 60L, "t-fee", 60L), corpus, 1000,
        "t-fee", catalog) > 0.3);
  }
}
