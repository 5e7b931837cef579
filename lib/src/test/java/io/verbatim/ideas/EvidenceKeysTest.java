package io.verbatim.ideas;

import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.model.Sentence;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.Fixtures;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeBuilder;
import io.verbatim.themes.ThemeCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceKeysTest {

  private static final double STRONG_NEGATIVE = -0.6;

  @Test
  void onlyTheThemeSpokenOfStronglyNegativelyIsEvidenceToFix() {
    // "Food great, service awful": the sentence as a whole is not strongly negative.
    Sentence s = sentence(0, "x", -0.1, List.of(), List.of("t-food", "t-service"), false, null)
        .withThemes(List.of("t-food", "t-service"), List.of(0.7, -0.8));
    assertEquals(List.of(EvidenceKeys.NEGATIVE + "t-service"),
        EvidenceKeys.of(s, STRONG_NEGATIVE));
  }

  @Test
  void withoutThemeSentimentsTheSentenceScoreDecides() {
    Sentence s = sentence(0, "x", -0.8, List.of(), List.of("t-food", "t-service"), false, null);
    assertEquals(List.of(EvidenceKeys.NEGATIVE + "t-food", EvidenceKeys.NEGATIVE + "t-service"),
        EvidenceKeys.of(s, STRONG_NEGATIVE));
    Sentence mild = sentence(0, "x", -0.3, List.of(), List.of("t-food"), false, null);
    assertEquals(List.of(), EvidenceKeys.of(mild, STRONG_NEGATIVE));
  }

  @Test
  void anActionsVerbAndObjectComeFromItsSentence() {
    Sentence question = Fixtures.suggestion(0, "Where is my bag?", -0.3, List.of(), "add my bag",
        "Where/where/WRB is/be/VBZ my/my/PRP$ bag/bag/NN ?/?/.");
    assertFalse(EvidenceKeys.fromTheSentence(question));
    Sentence request = Fixtures.suggestion(0, "There should be wifi.", 0, List.of(), "add wifi",
        "There/there/EX should/should/MD be/be/VB wifi/wifi/NN ././.");
    assertTrue(EvidenceKeys.fromTheSentence(request));
    Sentence filler = Fixtures.suggestion(0, "Please do something.", -0.3, List.of(),
        "do something", "Please/please/UH do/do/VB something/something/NN ././.");
    assertFalse(EvidenceKeys.fromTheSentence(filler));
  }

  /** Themes in a corpus of {@code comments}: each key with the comments naming it. */
  private static MainTheme corpus(ThemeCatalog catalog, long comments, Map<String, Long> named) {
    List<ThemeSummary> summaries = catalog.themes().stream()
        .map(t -> new ThemeSummary(t, named.getOrDefault(t.key(), 1L), 0, 0, 0, null, null))
        .toList();
    return new MainTheme(catalog, summaries, comments);
  }

  private static String id(ThemeCatalog catalog, String key) {
    return catalog.themes().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow()
        .id();
  }

  @Test
  void aComplaintAboutSeveralThemesGoesToTheRarestAndToNamedProblemsNotNamedEverywhere() {
    ThemeCatalog catalog = new ThemeBuilder(Taxonomy.defaults(), ConfigLoader.defaults().themes())
        .build(phrases("loan", "refund", "fee", "car", "interest", "interest", "interest rate"));
    MainTheme main = corpus(catalog, 100, Map.of("loan", 90L, "refund", 15L, "fee", 60L,
        "car", 5L, "interest", 30L, "interest rate", 10L));
    String loan = id(catalog, "loan");
    String refund = id(catalog, "refund");
    String fee = id(catalog, "fee");
    String car = id(catalog, "car");
    Sentence s = sentence(0, "x", -0.8, List.of(), List.of(loan, refund, fee, car), false, null);
    assertEquals(List.of(EvidenceKeys.NEGATIVE + refund, EvidenceKeys.NEGATIVE + car),
        EvidenceKeys.of(s, STRONG_NEGATIVE, main),
        "car is the rarest; refunds a named problem; fees, named by most comments, and loans"
            + " tell nothing");
    Sentence rate = sentence(0, "x", -0.8, List.of(), List.of(id(catalog, "interest rate")),
        false, null);
    assertEquals(List.of(EvidenceKeys.NEGATIVE + id(catalog, "interest")),
        EvidenceKeys.of(rate, STRONG_NEGATIVE, main), "an interest rate is a kind of interest");
  }

  private static PhraseCounts phrases(String... keys) {
    PhraseCounts c = new PhraseCounts();
    int n = 0;
    for (String key : keys) {
      for (int i = 0; i < 5; i++) {
        c.add(Fixtures.comment("c" + n++, null, null,
            sentence(0, "s", 0, List.of(key), List.of(), false, null)));
      }
    }
    return c;
  }
}
