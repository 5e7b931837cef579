package io.verbatim.suggestions;

import java.util.List;
import java.util.function.Function;

/**
 * The one ordered registry of suggestion rules, most specific first: the first rule that fires
 * gives the verdict and its {@link Cue}, in the manner of an analysis chain. Rules marked
 * statement-only stay silent on questions, where only requests, "why not", "how about",
 * desirability and "please" can suggest ("Can I change my seat?" asks for information).
 */
final class SuggestionRules {

  static final List<SuggestionRule> CHAIN = List.of(
      any("advising", in -> in.requests().advising()),
      any("request", in -> in.requests().request()),
      any("why-not", in -> in.requests().whyNot()),
      any("how-about", in -> in.requests().howAbout()),
      statement("wish", in -> in.wishes().wish()),
      any("desirability", in -> in.wishes().desirability()),
      statement("modal", in -> in.modals().modal()),
      statement("need", in -> in.modals().need()),
      any("please", in -> in.requests().please()),
      statement("imperative", in -> new ImperativeRule(in.c).imperative()),
      any("labelled", in -> in.requests().labelled()),
      statement("endorsement", in -> in.advice().endorsement()),
      statement("reader-tip", in -> in.advice().readerTip()),
      statement("nearby", in -> in.advice().nearby()));

  private SuggestionRules() {
  }

  private static SuggestionRule any(String name, Function<RuleInput, Suggestion> match) {
    return new Named(name, false, match);
  }

  private static SuggestionRule statement(String name, Function<RuleInput, Suggestion> match) {
    return new Named(name, true, match);
  }

  private record Named(String name, boolean statementOnly, Function<RuleInput, Suggestion> rule)
      implements SuggestionRule {

    @Override
    public Suggestion match(RuleInput sentence) {
      return statementOnly && sentence.question ? null : rule.apply(sentence);
    }
  }
}
