/**
 * The suggestions stage: decides whether a sentence asks for a change and, when it does, which
 * change, as a short normalised action phrase ("extend opening hours") plus a grouping key. It
 * also recognises advice to fellow customers and endorsements ({@link
 * io.verbatim.suggestions.Suggestion.Kind}), which SemEval counts as suggestions but which the
 * stage does not flag, so they never become ideas.
 *
 * <p>Entry points: {@link io.verbatim.suggestions.SuggestionDetector#detect} for one sentence's
 * CoreNLP tokens, giving a {@link io.verbatim.suggestions.Suggestion}, and
 * {@link io.verbatim.suggestions.ActionKeys#actionKey} to group actions. The stage is rule-based
 * and Spark-free: it reads only words, lower-cased lemmas and Penn tags, needs no model of its
 * own, and every verdict names the rule that fired ({@link io.verbatim.suggestions.Cue}).
 *
 * <p>Inside: {@code Words} and {@code Clauses} are the sentence as the rules read it (tokens,
 * clause starts, subjects); the rules live in {@code RequestRules}, {@code WishRules},
 * {@code ModalRules}, {@code ImperativeRule} and {@code AdviceRules} (tips and endorsements),
 * their word lists in {@code CueLexicon};
 * {@code ActionNormaliser} words the action. What counts as a suggestion and the deliberate
 * exclusions (praise such as "keep up the good work", regrets such as "I should have been told",
 * information questions such as "Can I change my seat?") are documented on
 * {@link io.verbatim.suggestions.SuggestionDetector}; the wording of actions on
 * {@code ActionNormaliser}.
 */
package io.verbatim.suggestions;
