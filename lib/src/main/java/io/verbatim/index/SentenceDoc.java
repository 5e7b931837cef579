package io.verbatim.index;

import io.verbatim.model.Sentence;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One sentence as indexed: the sentence with what a manager filters on, taken from its comment.
 *
 * @param themeSentiments per theme of {@code themeIds} (same order), the sentiment of the part of
 *     the sentence naming it; empty or null when not known (outputs of older runs)
 * @param metadata the comment's metadata columns (channel, product, ...), each a facet
 */
public record SentenceDoc(String commentId, int sentenceIndex, String text, Instant createdAt,
                          String sentimentLabel, double sentimentScore, List<String> themeIds,
                          List<Double> themeSentiments, boolean suggestion, String action,
                          Double score, Map<String, String> metadata) {

  public SentenceDoc {
    themeIds = List.copyOf(themeIds);
    // Null-tolerant copy: a Parquet list may hold nulls; they fall back to the sentence score.
    themeSentiments = themeSentiments == null ? List.of()
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(themeSentiments));
    metadata = Map.copyOf(metadata);
  }

  /** The theme's own score when known, else the sentence's. */
  public double sentimentFor(String themeId) {
    return Sentence.sentimentFor(themeIds, themeSentiments, themeId, sentimentScore);
  }
}
