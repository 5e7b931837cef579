package io.verbatim.pipeline;

/** What a stage can rely on having been added to a comment before it runs. */
public enum Capability {
  /** Sentences with tokens, lemmas and POS tags. */
  TOKENS,
  /** Sentence and comment sentiment. */
  SENTIMENT,
  /** Aspect phrases per sentence. */
  ASPECTS,
  /** Suggestion flag and action per sentence. */
  SUGGESTIONS,
  /** Theme ids per sentence. */
  THEMES
}
