package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.words.WordVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeCentroidsTest {

  private static ThemeCentroids of(List<AnalyzedComment> comments) {
    ThemeCentroids centroids = new ThemeCentroids();
    comments.forEach(centroids::add);
    return centroids;
  }

  private static double length(double[] v) {
    return Math.sqrt(ThemeCentroids.dot(v, v));
  }

  @Test
  void aSubjectLeansAwayFromTheCorpusAndAPartyNamedEverywhereDoesNot() {
    ThemeCentroids centroids = of(TopicCorpus.comments());
    assertEquals(30, centroids.comments());
    assertEquals(9, centroids.comments(TopicCorpus.STAFF));
    assertEquals(10, centroids.comments(TopicCorpus.CARD));
    double staff = length(centroids.offset(TopicCorpus.STAFF));
    for (String subject : TopicCorpus.subjects()) {
      assertTrue(length(centroids.offset(subject)) > 2 * staff,
          subject + " stands further from the mean than the staff do");
    }
    // The foreclosure comments lean towards houses, not towards cards.
    double[] towards = centroids.offset(TopicCorpus.FORECLOSURE);
    double[] mean = centroids.corpusMean();
    double[] house = WordVectors.shipped().of("house");
    double[] card = WordVectors.shipped().of("card");
    for (int d = 0; d < house.length; d++) {
      house[d] -= mean[d];
      card[d] -= mean[d];
    }
    assertTrue(WordVectors.cosine(towards, house) > WordVectors.cosine(towards, card));
    assertTrue(centroids.spread() > 0);
    assertEquals(WordVectors.shipped().dimension(), centroids.dimension());
  }

  @Test
  void partsMergedInAnyOrderGiveTheSameCentroidsToTheLastBit() {
    List<AnalyzedComment> all = TopicCorpus.comments();
    ThemeCentroids whole = of(all);
    ThemeCentroids split = of(all.subList(20, 30)).merge(of(all.subList(0, 7)))
        .merge(of(all.subList(7, 20)));
    assertArrayEquals(whole.corpusMean(), split.corpusMean(), 0.0);
    for (String id : List.of(TopicCorpus.STAFF, TopicCorpus.FORECLOSURE, TopicCorpus.TUITION)) {
      assertArrayEquals(whole.offset(id), split.offset(id), 0.0);
    }
    assertEquals(whole.spread(), split.spread(), 0.0);
  }

  @Test
  void aCommentWithNoVectorCountsNowhere() {
    ThemeCentroids centroids = of(List.of(TopicCorpus.comment("x", List.of(
        TopicCorpus.sentence(0, "the/the/DT xqzvw/xqzvw/NN", List.of(TopicCorpus.CARD))))));
    assertEquals(0, centroids.comments());
    assertEquals(0, centroids.comments(TopicCorpus.CARD));
    assertNull(centroids.offset(TopicCorpus.CARD));
    assertNull(centroids.corpusMean());
    assertEquals(0, centroids.spread());
  }
}
