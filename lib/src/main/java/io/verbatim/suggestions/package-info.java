/**
 * The suggestions stage: decides whether a sentence asks for a change and, when it does, which
 * change, as a short normalised action phrase ("extend opening hours") plus a grouping key.
 *
 * <p>Entry points: {@link io.verbatim.suggestions.SuggestionDetector#detect} for one sentence's
 * CoreNLP tokens and {@link io.verbatim.suggestions.ActionKeys#actionKey} to group actions. The
 * stage is rule-based and Spark-free: it only reads words, lower-cased lemmas and Penn tags, so it
 * runs wherever the tokens are, needs no model of its own and every decision names the rule that
 * fired ({@link io.verbatim.suggestions.Cue}).
 *
 * <p>What counts as a suggestion, and the deliberate exclusions (praise such as "keep up the good
 * work", regrets about the past such as "I should have been told", information questions such as
 * "Can I change my seat?") are documented on {@link io.verbatim.suggestions.SuggestionDetector};
 * how an action phrase is worded on {@link io.verbatim.suggestions.ActionNormaliser}.
 */
package io.verbatim.suggestions;
