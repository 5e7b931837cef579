package io.verbatim.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One sentence as indexed: the sentence with what a manager filters on, taken from its comment.
 *
 * @param metadata the comment's metadata columns (channel, product, ...), each a facet
 */
public record SentenceDoc(String commentId, int sentenceIndex, String text, Instant createdAt,
                          String sentimentLabel, double sentimentScore, List<String> themeIds,
                          boolean suggestion, String action, Double score,
                          Map<String, String> metadata) {

  public SentenceDoc {
    themeIds = List.copyOf(themeIds);
    metadata = Map.copyOf(metadata);
  }
}
