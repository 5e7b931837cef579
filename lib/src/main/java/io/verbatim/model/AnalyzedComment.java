package io.verbatim.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment with its sentences and the comment-level roll-ups derived from them.
 *
 * @param comment the comment as ingested
 * @param sentences its sentences, in order
 * @param sentimentScore length-weighted mean of the sentence scores, -1..1
 * @param sentimentLabel label derived from that score; null when the comment was not analysed
 *     (a language the models do not read)
 */
public record AnalyzedComment(Comment comment, List<Sentence> sentences, double sentimentScore,
                              SentimentLabel sentimentLabel) implements Serializable {

  public AnalyzedComment {
    sentences = List.copyOf(sentences);
  }

  public AnalyzedComment withSentences(List<Sentence> newSentences) {
    return new AnalyzedComment(comment, newSentences, sentimentScore, sentimentLabel);
  }

  /**
   * Themes of the comment, main theme first: the one its sentences mention most, ties broken by
   * first mention, so the order is deterministic.
   */
  public List<String> themeIds() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      for (String id : s.themeIds()) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    List<String> ids = new java.util.ArrayList<>(counts.keySet());
    // Stable sort keeps first-mention order among equal counts.
    ids.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
    return ids;
  }

  /** Whether the NLP read this comment (it is in a language the models handle). */
  public boolean analysed() {
    return sentimentLabel != null;
  }

  public boolean isSuggestion() {
    return sentences.stream().anyMatch(Sentence::suggestion);
  }
}
