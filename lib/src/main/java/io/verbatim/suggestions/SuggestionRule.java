package io.verbatim.suggestions;

/**
 * One named rule of the suggestion chain ({@link SuggestionRules#CHAIN}): what it recognises in a
 * sentence. A rule is reviewable on its own: the evaluation report counts, per rule name, how
 * often it fires and how often it is right.
 */
public interface SuggestionRule {

  /** Stable lower-case name for reports and model features ("why-not"). */
  String name();

  /** The verdict when the rule recognises the sentence; null when it does not. */
  Suggestion match(RuleInput sentence);
}
