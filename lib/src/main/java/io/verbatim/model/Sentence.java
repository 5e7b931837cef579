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
 * @param themeSentiments per theme of {@code themeIds} (same order), the sentiment of the part of
 *     the sentence that names it, -1..1; empty when not known (sentences stored before it existed
 *     read back with null, which counts as empty)
 * @param suggestion whether the sentence asks for a change
 * @param action the normalised change asked for ("extend opening hours"), null when none
 * @param suggestionKind what the sentence suggests, to whom: change, advice or endorsement; null
 *     when it suggests nothing (and for sentences stored before it existed)
 * @param suggestionScore how sure the suggestion detector is that it suggests anything, 0..1
 * @param aspectMentions where each aspect phrase stands in {@code tokens}, in order; empty for
 *     sentences whose aspects were given as phrases only (or stored before spans were kept)
 */
public record Sentence(int index, String text, List<Token> tokens, double sentimentScore,
                       SentimentLabel sentimentLabel, List<String> aspects, List<String> themeIds,
                       List<Double> themeSentiments, boolean suggestion, String action,
                       String suggestionKind, double suggestionScore,
                       List<AspectMention> aspectMentions)
    implements Serializable {

  /** A sentence whose suggestion kind and score are not known. */
  public Sentence(int index, String text, List<Token> tokens, double sentimentScore,
                  SentimentLabel sentimentLabel, List<String> aspects, List<String> themeIds,
                  List<Double> themeSentiments, boolean suggestion, String action) {
    this(index, text, tokens, sentimentScore, sentimentLabel, aspects, themeIds, themeSentiments,
        suggestion, action, null, 0, List.of());
  }

  public Sentence {
    tokens = List.copyOf(tokens);
    aspects = List.copyOf(aspects);
    aspectMentions = aspectMentions == null ? List.of() : List.copyOf(aspectMentions);
    themeIds = List.copyOf(themeIds);
    themeSentiments = themeSentiments == null ? List.of() : List.copyOf(themeSentiments);
  }

  /** A freshly annotated sentence: nothing tagged yet. */
  public static Sentence annotated(int index, String text, List<Token> tokens, double score,
                                   SentimentLabel label) {
    return new Sentence(index, text, tokens, score, label, List.of(), List.of(), List.of(), false,
        null);
  }

  /** Aspects given as phrases only, with no place in the sentence. */
  public Sentence withAspects(List<String> newAspects) {
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, newAspects, themeIds,
        themeSentiments, suggestion, action, suggestionKind, suggestionScore, List.of());
  }

  /** The aspects found in the tokens: each distinct phrase once, and every place it stands. */
  public Sentence withAspectMentions(List<AspectMention> mentions) {
    List<String> phrases = mentions.stream().map(AspectMention::phrase).distinct().toList();
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, phrases, themeIds,
        themeSentiments, suggestion, action, suggestionKind, suggestionScore, mentions);
  }

  /** The themes with no per-theme sentiment: each counts the sentence's score. */
  public Sentence withThemes(List<String> newThemeIds) {
    return withThemes(newThemeIds, List.of());
  }

  /** The themes with the sentiment of each theme's mention, {@code scores} parallel to ids. */
  public Sentence withThemes(List<String> newThemeIds, List<Double> scores) {
    if (!scores.isEmpty() && scores.size() != newThemeIds.size()) {
      throw new IllegalArgumentException(scores.size() + " theme sentiments for "
          + newThemeIds.size() + " themes");
    }
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, aspects, newThemeIds,
        scores, suggestion, action, suggestionKind, suggestionScore, aspectMentions);
  }

  public Sentence withSuggestion(boolean isSuggestion, String newAction) {
    return withSuggestion(isSuggestion, newAction, suggestionKind, suggestionScore);
  }

  /**
   * The suggestions stage's verdict: whether it asks the organisation for a change (and which),
   * and what it suggests to whom with what confidence.
   */
  public Sentence withSuggestion(boolean isSuggestion, String newAction, String kind,
                                 double score) {
    return new Sentence(index, text, tokens, sentimentScore, sentimentLabel, aspects, themeIds,
        themeSentiments, isSuggestion, newAction, kind, score, aspectMentions);
  }

  /**
   * How the sentence speaks of one of its themes: the theme's own score when known, else the
   * whole sentence's ("The food was great but the service was slow" is good news for food).
   */
  public double sentimentFor(String themeId) {
    return sentimentFor(themeIds, themeSentiments, themeId, sentimentScore);
  }

  /**
   * The score parallel to {@code themeId} in {@code scores}, or {@code fallback} when the theme
   * is not listed or has no score; shared by every reader of stored theme sentiments.
   */
  public static double sentimentFor(List<String> themeIds, List<Double> scores, String themeId,
                                    double fallback) {
    int at = themeIds.indexOf(themeId);
    if (at < 0 || scores == null || at >= scores.size() || scores.get(at) == null) {
      return fallback;
    }
    return scores.get(at);
  }
}
