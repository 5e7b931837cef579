package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.comment;
import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeStatsTest {

  private static final Instant END = Instant.parse("2026-11-20T12:00:00Z");
  /** The threshold {@link Fixtures} labels sentences with. */
  private static final double NEGATIVE_BELOW = -0.2;
  private final Theme parent = new Theme("t-p", "baggage", "Baggage", null, "Logistics",
      List.of("baggage"), true);
  private final Theme child = new Theme("t-c", "lost baggage", "Lost baggage", "t-p", "Logistics",
      List.of("lost baggage"), false);
  private final ThemeCatalog catalog = new ThemeCatalog(List.of(parent, child));

  private static Instant daysAgo(int d) {
    return END.minus(d, ChronoUnit.DAYS);
  }

  private List<AnalyzedComment> comments() {
    List<AnalyzedComment> out = new ArrayList<>();
    // Two recent complaints about lost baggage scoring 2; one older neutral baggage remark
    // scoring 6; three comments without theme scoring 8, two recent and one older.
    out.add(comment("a", daysAgo(1), 2.0, sentence(0, "x", -0.8, List.of(), List.of("t-c"), false, null)));
    out.add(comment("b", daysAgo(3), 2.0, sentence(0, "x", -0.6, List.of(), List.of("t-c"), false, null)));
    out.add(comment("c", daysAgo(20), 6.0, sentence(0, "x", 0.0, List.of(), List.of("t-p"), false, null)));
    out.add(comment("d", daysAgo(2), 8.0, sentence(0, "x", 0.5, List.of(), List.of(), false, null)));
    out.add(comment("e", daysAgo(5), 8.0, sentence(0, "x", 0.5, List.of(), List.of(), false, null)));
    out.add(comment("f", daysAgo(16), 8.0, sentence(0, "x", 0.5, List.of(), List.of(), false, null)));
    return out;
  }

  private ThemeSummary summary(ThemeStats stats, String id) {
    return stats.summaries(catalog).stream().filter(s -> s.theme().id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void measuresVolumeSentimentTrendAndImpactWithRollUp() {
    ThemeStats stats = new ThemeStats(new TrendWindow(END, 14), NEGATIVE_BELOW);
    comments().forEach(c -> stats.add(c, catalog));
    ThemeSummary lost = summary(stats, "t-c");
    ThemeSummary bag = summary(stats, "t-p");
    assertEquals(2, lost.comments());
    assertEquals(3, bag.comments(), "parent includes its sub-theme");
    assertEquals(2.0 / 6, lost.share(), 1e-9);
    assertEquals(-0.7, lost.sentimentMean(), 1e-9);
    assertEquals(1.0, lost.negativeShare(), 1e-9);
    // Mean score with the theme 2, without (6+8+8+8)/4 = 7.5.
    assertEquals(2 - 7.5, lost.scoreImpact(), 1e-9);
    // Recent window: 4 comments, 2 about lost baggage; previous: 2 comments, none.
    assertEquals(2.0 / 4 - 0.0, lost.trend(), 1e-9);
    assertEquals(0.5, stats.unthemedShare(), 1e-9);
  }

  @Test
  void mergingPartialStatsGivesTheSameFigures() {
    ThemeStats whole = new ThemeStats(new TrendWindow(END, 14), NEGATIVE_BELOW);
    comments().forEach(c -> whole.add(c, catalog));
    ThemeStats left = new ThemeStats(new TrendWindow(END, 14), NEGATIVE_BELOW);
    ThemeStats right = new ThemeStats(new TrendWindow(END, 14), NEGATIVE_BELOW);
    List<AnalyzedComment> all = comments();
    all.subList(0, 3).forEach(c -> right.add(c, catalog));
    all.subList(3, 6).forEach(c -> left.add(c, catalog));
    assertEquals(whole.summaries(catalog), left.merge(right).summaries(catalog));
  }

  @Test
  void withoutDatesOrScoresTrendAndImpactAreUnknown() {
    ThemeStats stats = new ThemeStats(TrendWindow.none(), NEGATIVE_BELOW);
    stats.add(comment("a", null, null, sentence(0, "x", -0.5, List.of(), List.of("t-c"), false, null)), catalog);
    stats.add(comment("b", null, null, sentence(0, "x", 0.5, List.of(), List.of(), false, null)), catalog);
    assertNull(summary(stats, "t-c").trend());
    assertNull(summary(stats, "t-c").scoreImpact());
  }

  @Test
  void eachThemeCountsItsOwnSentimentAndAParentTheMeanOfItsSubThemes() {
    Theme food = new Theme("t-f", "food", "Food", "t-r", "Kitchen", List.of("food"), false);
    Theme service = new Theme("t-s", "service", "Service", "t-r", "Floor", List.of("service"),
        false);
    Theme restaurant = new Theme("t-r", "restaurant", "Restaurant", null, "Owner",
        List.of("restaurant"), false);
    ThemeCatalog places = new ThemeCatalog(List.of(restaurant, food, service));
    // "Food great, service slow": mildly positive as a whole, opposite for its two themes.
    ThemeStats stats = new ThemeStats(TrendWindow.none(), NEGATIVE_BELOW);
    stats.add(comment("a", null, null, sentence(0, "x", 0.1, List.of(), List.of(), false, null)
        .withThemes(List.of("t-f", "t-s"), List.of(0.8, -0.6))), places);
    ThemeSummary foodFigures = stats.summaries(places).stream()
        .filter(t -> t.theme().id().equals("t-f")).findFirst().orElseThrow();
    ThemeSummary serviceFigures = stats.summaries(places).stream()
        .filter(t -> t.theme().id().equals("t-s")).findFirst().orElseThrow();
    ThemeSummary parentFigures = stats.summaries(places).stream()
        .filter(t -> t.theme().id().equals("t-r")).findFirst().orElseThrow();
    assertEquals(0.8, foodFigures.sentimentMean(), 1e-9);
    assertEquals(0.0, foodFigures.negativeShare(), 1e-9);
    assertEquals(-0.6, serviceFigures.sentimentMean(), 1e-9);
    assertEquals(1.0, serviceFigures.negativeShare(), 1e-9);
    assertEquals(0.1, parentFigures.sentimentMean(), 1e-9, "one sentence, the mean of both");
    assertEquals(0.0, parentFigures.negativeShare(), 1e-9);
    assertEquals(0.1, stats.all().sentimentMean(), 1e-9, "the corpus keeps sentence scores");
  }
}
