/**
 * The suggestions stage: decides whether a sentence asks for a change and, when it does, which
 * change, as a short normalised action phrase ("extend opening hours") plus a grouping key. It
 * also recognises advice to fellow customers and endorsements ({@link
 * io.verbatim.suggestions.Suggestion.Kind}), which SemEval counts as suggestions but which the
 * stage does not flag, so they never become ideas.
 *
 * <p>Entry points: {@link io.verbatim.suggestions.SuggestionDetector#detect} for one sentence's
 * CoreNLP tokens, giving a {@link io.verbatim.suggestions.Suggestion}, and
 * {@link io.verbatim.suggestions.ActionKeys#actionKey} to group actions. The stage is
 * Spark-free and reads only words, lower-cased lemmas and Penn tags. Two detectors
 * ({@code annotation.suggestions}): the rule chain alone, where every verdict names the rule that
 * fired ({@link io.verbatim.suggestions.Cue}), or the learned {@link
 * io.verbatim.suggestions.SuggestionModel} (a logistic regression read once per JVM from the
 * library's resources) over {@link io.verbatim.suggestions.SuggestionFeatures}: n-grams, the
 * rules' cues and mood patterns. The model decides whether the sentence suggests anything and
 * gives the score; the rules still give its kind and action.
 *
 * <p>Inside: {@code Words} and {@code Clauses} are the sentence as the rules read it (tokens,
 * clause starts, subjects), {@link io.verbatim.suggestions.RuleInput} holds them for one
 * sentence; {@link io.verbatim.suggestions.SuggestionRules} is the one ordered chain of named
 * {@link io.verbatim.suggestions.SuggestionRule}s, whose logic lives in {@code RequestRules},
 * {@code WishRules}, {@code ModalRules}, {@code ImperativeRule} and {@code AdviceRules} (tips and
 * endorsements), their word lists in {@code cue-words.txt} (read by {@code CueLexicon}; words of
 * praise come from the one opinion word list);
 * {@code ActionNormaliser} words the action. What counts as a suggestion and the deliberate
 * exclusions (praise such as "keep up the good work", regrets such as "I should have been told",
 * information questions such as "Can I change my seat?") are documented on
 * {@link io.verbatim.suggestions.SuggestionDetector}; the wording of actions on
 * {@code ActionNormaliser}.
 */
package io.verbatim.suggestions;
