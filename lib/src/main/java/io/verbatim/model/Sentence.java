package io.verbatim.model;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of a comment with everything the stages attach to it.
 *
 * @param index 0-based position in the comment
 * @param text the sentence as written
 * @param tokens words with lemma and POS
 * @param sentimentScore -1 (very negative) .. 1 (very positive)
 * @param sentimentLabel label derived from the score
 * @param aspects lemmatised aspect phrases found in the sentence (theme candidates)
 * @param themeIds themes the sentence mentions, most specific first
 * @param suggestion whether the sentence asks for a change
 * @param action the normalised change asked for ("extend opening hours"), null when none
 */
public record Sentence(int index, String text, List<Token> tokens, double sentimentScore,
                       SentimentLabel sentimentLabel, List<String> aspects, List<String> themeIds,
                       boolean suggestion, String action) implements Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
    aspects = List.copyOf(aspects);
    themeIds = List.copyOf(themeIds);
  }

  /** A freshly annotated sentence: nothing tagged yet. */
  public static Sentence annotated(int index, String text, List<Token> tokens, double score,
                                   SentimentLabel label) {
    return new Sentence(index, text, tokens, score, label, List.of(), List.of(), false, null);
  }

  public Sentence withAspects(List<String> newAspects) {
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, newAspects, themeIds,
        suggestion, action);
  }

  public Sentence withThemes(List<String> newThemeIds) {
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, aspects, newThemeIds,
        suggestion, action);
  }

  public Sentence withSuggestion(boolean isSuggestion, String newAction) {
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, aspects, themeIds,
        isSuggestion, newAction);
  }
}
