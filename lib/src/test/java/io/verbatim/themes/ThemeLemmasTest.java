package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeLemmasTest {

  private static ThemeLemmas of(List<AnalyzedComment> comments) {
    ThemeLemmas lemmas = new ThemeLemmas();
    comments.forEach(lemmas::add);
    return lemmas;
  }

  private static ThemeLemmas copied(ThemeLemmas lemmas) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(lemmas);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        return (ThemeLemmas) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static AnalyzedComment byId(List<AnalyzedComment> corpus, String id) {
    return corpus.stream().filter(c -> c.comment().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCommentsWordsFitTheThemeWhoseCommentsShareThem() {
    List<AnalyzedComment> corpus = TopicCorpus.comments();
    ThemeLemmas lemmas = of(corpus);
    assertEquals(10, lemmas.comments(TopicCorpus.CARD));
    assertEquals(9, lemmas.comments(TopicCorpus.STAFF));
    ThemeLemmas.Words words = lemmas.wordsOf(byId(corpus, TopicCorpus.CARD + "0"));
    assertTrue(words.logRatio(TopicCorpus.CARD) > 0, "reads like the other card comments");
    assertTrue(words.logRatio(TopicCorpus.FORECLOSURE) < 0, "and unlike the foreclosures");
    assertTrue(words.logRatio(TopicCorpus.CARD) > words.logRatio(TopicCorpus.STAFF),
        "the staff's comments tell of every subject, so its words fit them less");
  }

  @Test
  void theChoiceAmongACommentsThemesGoesToTheOneWhoseCommentsShareItsWords() {
    List<AnalyzedComment> corpus = TopicCorpus.comments();
    ThemeCatalog catalog = TopicCorpus.catalog();
    ThemeStats stats = new ThemeStats(TrendWindow.none(), -0.2);
    corpus.forEach(c -> stats.add(c, catalog));
    // No topic vectors: only the words tell the themes apart.
    MainTheme counts = new MainTheme(catalog, stats);
    MainTheme worded = new MainTheme(catalog, stats, new ThemeCentroids(), of(corpus));
    for (String subject : TopicCorpus.subjects()) {
      // The first three comments of each subject name the staff twice and the subject once.
      for (int i = 0; i < 3; i++) {
        AnalyzedComment c = byId(corpus, subject + i);
        assertEquals(TopicCorpus.STAFF, counts.of(c), "rarity-weighted counts pick the staff");
        assertEquals(subject, worded.of(c), "the comment's words are the other " + subject);
      }
    }
  }

  @Test
  void aShortCommentNamingEachThemeOnceKeepsItsScores() {
    List<AnalyzedComment> corpus = TopicCorpus.comments();
    ThemeLemmas lemmas = of(corpus);
    AnalyzedComment once = TopicCorpus.comment("o", List.of(
        TopicCorpus.sentence(0, "the/the/DT staff/staff/NN", List.of(TopicCorpus.STAFF)),
        TopicCorpus.sentence(1, "bank/bank/NN foreclosed/foreclose/VBD house/house/NN",
            List.of(TopicCorpus.FORECLOSURE))));
    Map<String, Double> scores = new LinkedHashMap<>(
        Map.of(TopicCorpus.STAFF, -1.0, TopicCorpus.FORECLOSURE, -1.2));
    assertEquals(scores, lemmas.weigh(once, scores, false));
    Map<String, Double> repeated = lemmas.weigh(once, scores, true);
    assertTrue(repeated.get(TopicCorpus.FORECLOSURE) > repeated.get(TopicCorpus.STAFF),
        "where a theme is named again, the words weigh in");
  }

  @Test
  void aThemeNoOtherCommentNamesSaysNothingEitherWay() {
    List<AnalyzedComment> corpus = new ArrayList<>(TopicCorpus.comments());
    AnalyzedComment alone = TopicCorpus.comment("alone", List.of(
        TopicCorpus.sentence(0, "card/card/NN interest/interest/NN", List.of("t-alone"))));
    corpus.add(alone);
    assertEquals(0, of(corpus).wordsOf(alone).logRatio("t-alone"));
  }

  @Test
  void partsMergedInAnyOrderOrCompactedGiveTheSameRatiosToTheLastBit() {
    List<AnalyzedComment> all = TopicCorpus.comments();
    ThemeLemmas whole = of(all);
    ThemeLemmas split = of(all.subList(20, 30)).merge(of(all.subList(0, 7)))
        .merge(of(all.subList(7, 20)));
    ThemeLemmas other = of(all.subList(7, 20)).merge(of(all.subList(20, 30))
        .merge(of(all.subList(0, 7))));
    // Compacted for shipping, or sent over the wire, the counts are the same too.
    ThemeLemmas compact = copied(other.compact());
    ThemeLemmas dense = copied(of(all.subList(0, 7))).merge(copied(of(all.subList(7, 30))));
    for (AnalyzedComment c : all) {
      for (String id : List.of(TopicCorpus.STAFF, TopicCorpus.FORECLOSURE, TopicCorpus.CARD,
          TopicCorpus.TUITION)) {
        double expected = whole.wordsOf(c).logRatio(id);
        assertEquals(expected, split.wordsOf(c).logRatio(id), 0.0);
        assertEquals(expected, other.wordsOf(c).logRatio(id), 0.0);
        assertEquals(expected, compact.wordsOf(c).logRatio(id), 0.0);
        assertEquals(expected, dense.wordsOf(c).logRatio(id), 0.0);
      }
    }
  }

  @Test
  void aCommentWithNoContentWordCountsNowhere() {
    ThemeLemmas lemmas = new ThemeLemmas();
    lemmas.add(TopicCorpus.comment("f", List.of(
        TopicCorpus.sentence(0, "the/the/DT", List.of(TopicCorpus.CARD)))));
    assertEquals(0, lemmas.comments(TopicCorpus.CARD));
    Sentence s = TopicCorpus.sentence(0, "card/card/NN", List.of(TopicCorpus.CARD));
    assertEquals(1, lemmas.wordsOf(TopicCorpus.comment("g", List.of(s))).size());
  }
}
