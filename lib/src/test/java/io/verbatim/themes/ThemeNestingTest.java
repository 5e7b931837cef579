package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.comment;
import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeNestingTest {

  private static Theme theme(String key) {
    return new Theme("t-" + key, key, key, null, Theme.UNASSIGNED, List.of(key), false);
  }

  private final ThemeCatalog catalog = new ThemeCatalog(List.of(theme("flight"), theme("refund"),
      theme("seat"), theme("legroom"), theme("voucher")),
      Map.of("t-refund", "Refund customers faster"));

  private static AnalyzedComment naming(String id, String... aspects) {
    return comment(id, null, null, sentence(0, "s", -0.5, List.of(aspects), List.of(), false,
        null));
  }

  private List<AnalyzedComment> comments() {
    List<AnalyzedComment> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(naming("f" + i, "flight"));
      out.add(naming("r" + i, "refund"));
    }
    for (int i = 0; i < 4; i++) {
      out.add(naming("s" + i, "seat", "flight"));
    }
    out.add(naming("l1", "legroom", "seat"));
    out.add(naming("l2", "legroom", "seat"));
    out.add(naming("v1", "voucher", "refund"));
    return out;
  }

  @Test
  void smallTopLevelThemesHangUnderTheThemeTheyAreMentionedWith() {
    ThemeNesting nesting = new ThemeNesting(catalog);
    comments().forEach(nesting::add);
    ThemeCatalog nested = nesting.nest(3);
    assertNull(nested.get("t-flight").parentId());
    assertNull(nested.get("t-refund").parentId());
    assertNull(nested.get("t-seat").parentId());
    assertEquals("t-seat", nested.get("t-legroom").parentId());
    // Seen once with refunds only: too rare for the lift, so under what it shares most with.
    assertEquals("t-refund", nested.get("t-voucher").parentId());
    assertEquals("Refund customers faster", nested.change("t-refund"));
    assertEquals("Fix flight problems", nested.change("t-flight"));
  }

  @Test
  void theTreeDoesNotDependOnHowCommentsWereSplit() {
    ThemeNesting whole = new ThemeNesting(catalog);
    comments().forEach(whole::add);
    ThemeNesting a = new ThemeNesting(catalog);
    ThemeNesting b = new ThemeNesting(catalog);
    List<AnalyzedComment> all = comments();
    all.subList(0, 7).forEach(a::add);
    all.subList(7, all.size()).forEach(b::add);
    assertEquals(whole.nest(2).themes(), a.merge(b).nest(2).themes());
  }

  @Test
  void theMainThemeIsTheRareThemeACommentKeepsReturningTo() {
    List<ThemeSummary> summaries = List.of(
        new ThemeSummary(catalog.get("t-flight"), 90, 0.9, 0, 0, null, null),
        new ThemeSummary(catalog.get("t-refund"), 10, 0.1, 0, 0, null, null));
    MainTheme main = new MainTheme(catalog, summaries, 100);
    AnalyzedComment c = comment("c", null, null,
        sentence(0, "a", -0.5, List.of(), List.of("t-flight"), false, null),
        sentence(1, "b", -0.5, List.of(), List.of("t-flight", "t-refund"), false, null));
    assertEquals("t-refund", main.of(c));
    assertEquals("t-refund", main.rarest(List.of("t-flight", "t-refund")));
    assertNull(main.of(comment("n", null, null,
        sentence(0, "a", 0, List.of(), List.of(), false, null))));
  }

  @Test
  void aChannelNeitherTakesATopPlaceFromASubjectNorStandsOverOne() {
    ThemeCatalog withLetters = new ThemeCatalog(List.of(theme("letter"), theme("refund"),
        theme("seat"), theme("legroom")));
    ThemeNesting nesting = new ThemeNesting(withLetters);
    for (int i = 0; i < 8; i++) {
      nesting.add(naming("a" + i, "letter", i < 4 ? "refund" : "seat"));
    }
    nesting.add(naming("l1", "legroom", "letter"));
    nesting.add(naming("l2", "legroom", "letter", "seat"));
    nesting.add(naming("l3", "legroom", "letter", "seat"));
    ThemeCatalog nested = nesting.nest(2);
    assertNull(nested.get("t-refund").parentId());
    assertNull(nested.get("t-seat").parentId());
    assertEquals("t-seat", nested.get("t-legroom").parentId(),
        "under the subject it is named with, never under the letter it arrived by");
    assertEquals("t-seat", nested.get("t-letter").parentId(),
        "the most mentioned theme, a channel, makes way for the subjects");
  }
}
