package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.comment;
import static io.verbatim.themes.Fixtures.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainThemeTest {

  private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

  private static Theme theme(String key, String parent) {
    return new Theme("t-" + key.replace(' ', '-'), key, key, parent, Theme.UNASSIGNED,
        List.of(key), false);
  }

  private static AnalyzedComment naming(String id, String... themeIds) {
    List<io.verbatim.model.Sentence> sentences = new ArrayList<>();
    for (String t : themeIds) {
      sentences.add(sentence(sentences.size(), "x", -0.5, List.of(), List.of(t), false, null));
    }
    return comment(id, AT, 2.0, sentences.toArray(io.verbatim.model.Sentence[]::new));
  }

  /**
   * "fee" is named in 3 comments (one of them about a late fee), "loan" in 4, "car" in 5 others;
   * the comment under test names a fee and a loan once each.
   */
  private static List<AnalyzedComment> corpus() {
    List<AnalyzedComment> out = new ArrayList<>();
    out.add(naming("x", "t-fee", "t-loan"));
    out.add(naming("f1", "t-fee"));
    out.add(naming("f2", "t-late-fee"));
    for (int i = 0; i < 3; i++) {
      out.add(naming("l" + i, "t-loan"));
    }
    for (int i = 0; i < 5; i++) {
      out.add(naming("c" + i, "t-car"));
    }
    return out;
  }

  private static MainTheme main(ThemeCatalog catalog) {
    ThemeStats stats = new ThemeStats(TrendWindow.none(), -0.2);
    corpus().forEach(c -> stats.add(c, catalog));
    return new MainTheme(catalog, stats);
  }

  @Test
  void aThemeIsAsRareAsItsOwnFamilyWhateverTheNestingHangsUnderIt() {
    ThemeCatalog flat = new ThemeCatalog(List.of(theme("fee", null), theme("late fee", "t-fee"),
        theme("loan", null), theme("car", null)));
    // The top-level nesting hangs "car" under "fee" because they are mentioned together: the
    // fee subtree now counts 8 comments, but fees themselves are as rare as before.
    ThemeCatalog nested = flat.withParents(Map.of("t-car", "t-fee"));
    AnalyzedComment x = corpus().get(0);
    assertEquals("t-fee", main(flat).of(x), "fees (3 comments) are rarer than loans (4)");
    assertEquals("t-fee", main(nested).of(x));
    // Whether fees are named too widely to count as a named problem beside a rarer theme
    // (EvidenceKeys) is also a matter of fees themselves: 3 of 11 comments, not 8.
    assertEquals(3 / 11.0, main(nested).share("t-fee"), 1e-9);
    // Counting the subtree would have passed the comment to loans.
    ThemeStats stats = new ThemeStats(TrendWindow.none(), -0.2);
    corpus().forEach(c -> stats.add(c, nested));
    assertEquals("t-loan", new MainTheme(nested, stats.summaries(nested),
        stats.all().comments()).of(x));
  }

  @Test
  void aFamilyCountsEachCommentOnceForTheThemeAndTheKindsOfIt() {
    ThemeCatalog nested = new ThemeCatalog(List.of(theme("fee", null),
        theme("late fee", "t-fee"), theme("loan", null), theme("car", "t-fee")));
    ThemeStats stats = new ThemeStats(TrendWindow.none(), -0.2);
    corpus().forEach(c -> stats.add(c, nested));
    assertEquals(3, stats.familyComments("t-fee"), "fee and late fee, not car");
    assertEquals(1, stats.familyComments("t-late-fee"));
    assertEquals(5, stats.familyComments("t-car"));
    assertEquals(List.of("t-late-fee", "t-fee"), nested.kindLine("t-late-fee"));
    assertEquals(List.of("t-car"), nested.kindLine("t-car"), "car is not a kind of fee");
  }

  @Test
  void aCommentIsAboutTheSubjectItReadsLikeNotThePartyItNamesMost() {
    List<AnalyzedComment> corpus = TopicCorpus.comments();
    ThemeCatalog catalog = TopicCorpus.catalog();
    ThemeStats stats = new ThemeStats(TrendWindow.none(), -0.2);
    ThemeCentroids centroids = new ThemeCentroids();
    corpus.forEach(c -> stats.add(c, catalog));
    corpus.forEach(centroids::add);
    MainTheme counts = new MainTheme(catalog, stats);
    MainTheme fitted = new MainTheme(catalog, stats, centroids);
    for (String subject : TopicCorpus.subjects()) {
      // The first comment of each subject names the staff twice and its subject once.
      AnalyzedComment c = corpus.stream().filter(x -> x.comment().id().equals(subject + "0"))
          .findFirst().orElseThrow();
      assertEquals(TopicCorpus.STAFF, counts.of(c), "rarity-weighted counts pick the staff");
      assertEquals(subject, fitted.of(c), "the comment reads like the other " + subject);
    }
    // With nothing to place it by (no word with a vector), a comment falls back to the counts.
    AnalyzedComment unplaced = TopicCorpus.comment("u", List.of(
        TopicCorpus.sentence(0, "xqzvw/xqzvw/NN", List.of(TopicCorpus.STAFF)),
        TopicCorpus.sentence(1, "xqzvw/xqzvw/NN", List.of(TopicCorpus.STAFF)),
        TopicCorpus.sentence(2, "xqzvw/xqzvw/NN", List.of(TopicCorpus.CARD))));
    assertEquals(TopicCorpus.STAFF, fitted.of(unplaced));
    // Where no theme is named twice, rarity alone decides: the staff (9 comments) are rarer
    // than foreclosures (10), however much the comment reads like a foreclosure.
    AnalyzedComment once = TopicCorpus.comment("o", List.of(
        TopicCorpus.sentence(0, "the/the/DT staff/staff/NN", List.of(TopicCorpus.STAFF)),
        TopicCorpus.sentence(1, "bank/bank/NN foreclosed/foreclose/VBD house/house/NN",
            List.of(TopicCorpus.FORECLOSURE)),
        TopicCorpus.sentence(2, "mortgage/mortgage/NN home/home/NN lender/lender/NN",
            List.of())));
    assertEquals(TopicCorpus.STAFF, fitted.of(once));
  }
}
