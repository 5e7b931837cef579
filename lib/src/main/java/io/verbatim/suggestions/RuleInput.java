package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.util.List;

/**
 * One sentence as the rules read it: its words (after {@link Informal} respelling), its clauses,
 * whether it is a question, and the rule families built on them, each built once on first use
 * and shared by every rule of the chain.
 */
public final class RuleInput {

  final Words w;
  final Clauses c;
  final boolean question;
  private RequestRules requests;
  private WishRules wishes;
  private ModalRules modals;
  private AdviceRules advice;

  private RuleInput(Words w, boolean question) {
    this.w = w;
    this.c = new Clauses(w);
    this.question = question;
  }

  /**
   * The sentence, or null when it has no words.
   *
   * @param text the sentence as written, may be null; only used to recognise questions when the
   *     tokens lost the question mark
   */
  static RuleInput of(List<Token> tokens, String text) {
    Words w = Words.of(tokens);
    if (w.isEmpty()) {
      return null;
    }
    return new RuleInput(w, w.isQuestion() || text != null && text.strip().endsWith("?"));
  }

  RequestRules requests() {
    if (requests == null) {
      requests = new RequestRules(c);
    }
    return requests;
  }

  WishRules wishes() {
    if (wishes == null) {
      wishes = new WishRules(c);
    }
    return wishes;
  }

  ModalRules modals() {
    if (modals == null) {
      modals = new ModalRules(c);
    }
    return modals;
  }

  AdviceRules advice() {
    if (advice == null) {
      advice = new AdviceRules(c);
    }
    return advice;
  }
}
