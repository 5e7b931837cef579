package io.verbatim.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeHierarchy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCountsTest {

  private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate D2 = D1.plusDays(1);
  private static final DateRange RANGE = DateRange.ending(D2, 2);
  private static final Theme BAGS = new Theme("bags", "bags", "Bags", null, "Logistics",
      List.of(), false);
  private static final Theme LOST = new Theme("lost", "lost bags", "Lost bags", "bags",
      "Logistics", List.of(), false);
  private static final ThemeHierarchy HIERARCHY = ThemeHierarchy.of(List.of(BAGS, LOST));

  private static DatedSentence s(String comment, LocalDate day, double score, String... themes) {
    return DatedSentence.of(comment, day, comment + " " + score, score, List.of(themes), null,
        HIERARCHY);
  }

  @Test
  void aCommentCountsOnceADayAndOncePerThemeAndItsParents() {
    WindowCounts w = new WindowCounts(RANGE)
        .add(List.of(s("c1", D1, -0.5, "lost"), s("c1", D1, -0.3, "lost"), s("c1", D1, 0.2)))
        .add(List.of(s("c2", D2, 0.4, "bags")));
    assertEquals(1, w.totals().comments(D1));
    assertEquals(-0.2, w.totals().sentiment(new DateRange(D1, D1)).mean(), 1e-9);
    List<ThemeSeries> series = w.themeSeries(List.of(summary(BAGS), summary(LOST)));
    assertEquals(List.of("bags", "lost"), series.stream().map(t -> t.theme().id()).toList());
    DailySeries bags = series.get(0).daily();
    assertEquals(1, bags.comments(D1));
    assertEquals(1, bags.comments(D2));
    assertEquals(2, bags.sentiment(new DateRange(D1, D1)).sentences());
    assertEquals(-0.4, bags.sentiment(new DateRange(D1, D1)).mean(), 1e-9);
  }

  @Test
  void mergingEqualsAddingEverythingToOne() {
    List<DatedSentence> c1 = List.of(s("c1", D1, -0.5, "lost"));
    List<DatedSentence> c2 = List.of(s("c2", D1, 0.5, "bags"), s("c2", D1, 0.1, "lost"));
    WindowCounts one = new WindowCounts(RANGE).add(c1).add(c2);
    WindowCounts merged = new WindowCounts(RANGE).add(c1).merge(new WindowCounts(RANGE).add(c2));
    assertEquals(one.totals().toString(), merged.totals().toString());
    // Sums in another order: equal up to rounding.
    assertEquals(one.totals().sentiment(RANGE).sentences(),
        merged.totals().sentiment(RANGE).sentences());
    assertEquals(one.totals().sentiment(RANGE).mean(), merged.totals().sentiment(RANGE).mean(),
        1e-12);
    assertEquals(one.themeSeries(List.of(summary(BAGS), summary(LOST))).toString(),
        merged.themeSeries(List.of(summary(BAGS), summary(LOST))).toString());
  }

  @Test
  void daysOutsideTheWindowAreLeftOut() {
    WindowCounts w = new WindowCounts(RANGE).add(List.of(s("old", D1.minusDays(5), -1, "bags")));
    assertEquals(0, w.totals().comments(RANGE));
    assertEquals(List.of(), w.themeSeries(List.of(summary(BAGS))));
  }

  @Test
  void quotesGiveEveryThemeAVoiceStrongestFirst() {
    List<DatedSentence> day = List.of(s("a", D1, -0.9, "bags"), s("b", D1, -0.8, "bags"),
        s("c", D1, -0.2, "lost"), s("d", D1, 0.7, "lost"));
    List<Quote> negative = QuotePicker.pick(day, 1, true);
    // "lost" rolls up into "bags": a's -0.9 is bags' strongest, c's -0.2 lost's (and bags').
    assertEquals(List.of("a", "c"), negative.stream().map(Quote::commentId).toList());
    assertEquals(List.of("d"), QuotePicker.pick(day, 2, false).stream().map(Quote::commentId)
        .toList());
  }

  private static ThemeSummary summary(Theme t) {
    return new ThemeSummary(t, 1, 0.5, 0, 0, null, null);
  }
}
