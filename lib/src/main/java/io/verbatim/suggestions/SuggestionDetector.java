package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides whether a sentence asks for a change and extracts the change as an action phrase.
 *
 * <p>Rule-based on CoreNLP's words, lower-cased lemmas and Penn tags, tried in this order (the
 * first that fires wins and is reported as the {@link Cue}):
 * <ol>
 *   <li>{@link Cue#SUGGEST}: "I suggest / would recommend / propose ...", "my suggestion is to
 *       ...";
 *   <li>{@link Cue#REQUEST}: "can/could/would/will you ...", "could we have ...", "would it be
 *       possible to ...", "I was wondering if you could ...";
 *   <li>{@link Cue#WHY_NOT}: "why not ...", "why don't you ...";
 *   <li>{@link Cue#HOW_ABOUT}: "how about ...", "what about adding ...";
 *   <li>{@link Cue#WISH}: "I wish ...", "if only ...", "I hope you will ...", "hopefully they
 *       ...";
 *   <li>{@link Cue#DESIRABILITY}: "it would be great/nice/better if/to ...", "X would be nice",
 *       "I'd love/like (to see) ...", "I want to be able to ...", "it's best to ...";
 *   <li>{@link Cue#MODAL}: "you/they/X should/must/ought to/need to ...", "you might want to ...",
 *       "you could add ...", "X could be better";
 *   <li>{@link Cue#NEED}: "the room needs updating / a makeover / more staff";
 *   <li>{@link Cue#REQUEST} / {@link Cue#IMPERATIVE}: "please VB ..." anywhere, or a clause that
 *       starts with a base-form verb, possibly after "just/also/so/but" or an introductory clause
 *       ("If you go, ask for ..."), including "don't VB".
 * </ol>
 * ({@link Cue#CONSIDER} replaces the cue of any of these whose verb is "consider".)
 *
 * <p>Advice to other customers counts too ("Ask for a room at the back", "I'd recommend the
 * seafood" = "try seafood"): it is worded like a request and often names what to improve.
 *
 * <p>Deliberately not suggestions:
 * <ul>
 *   <li>regrets about the past: "I should have been told", "the flight should have left at 9",
 *       "I wish I had known" (a complaint, with nothing left to change);
 *   <li>questions asking for information or for one's own case: "Can I change my seat?", "Is it
 *       possible to ...?", "Could you tell me ...?", "Can you send me my invoice?"; in a question
 *       only the request, why-not, how-about, desirability and "please" rules apply;
 *   <li>praise and thanks shaped like imperatives: "Thank you", "Keep up the good work", "Keep it
 *       up", "Love the new menu", "Highly recommend", "Have a nice day";
 *   <li>endorsements: "I recommend this hotel" (recommending the product to others asks for no
 *       change), while "I recommend booking early" is advice and counts;
 *   <li>predictions and remarks: "this should help", "it must be hard", "it should be noted
 *       that", reported speech ("he said we should leave") and conditionals ("if you should
 *       need anything");
 *   <li>personal wishes: "I'd love to come back", "I wish I could give zero stars", "I would
 *       like a refund" (a service request, not an improvement).
 * </ul>
 *
 * <p>Stateless and thread-safe; serializable so a distributed runner can ship it.
 */
public final class SuggestionDetector implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Decides for one sentence given its tokens. */
  public Suggestion detect(List<Token> tokens) {
    return detect(tokens, null);
  }

  /**
   * Decides for one sentence.
   *
   * @param tokens the sentence's tokens as CoreNLP tokenize/ssplit/pos/lemma produce them
   * @param text the sentence as written, may be null; only used to recognise questions when the
   *     tokens lost the question mark
   */
  public Suggestion detect(List<Token> tokens, String text) {
    Words w = Words.of(tokens);
    if (w.isEmpty()) {
      return Suggestion.NONE;
    }
    boolean question = w.isQuestion() || text != null && text.strip().endsWith("?");
    Clauses c = new Clauses(w);
    RequestRules requests = new RequestRules(c);
    WishRules wishes = new WishRules(c);
    ModalRules modals = new ModalRules(c);
    // Most specific first: the cue of the first rule that fires is reported.
    List<Supplier<Suggestion>> rules = List.of(
        requests::advising,
        requests::request,
        requests::whyNot,
        requests::howAbout,
        () -> question ? null : wishes.wish(),
        wishes::desirability,
        () -> question ? null : modals.modal(),
        () -> question ? null : modals.need(),
        requests::please,
        () -> question ? null : new ImperativeRule(c).imperative());
    for (Supplier<Suggestion> rule : rules) {
      Suggestion s = rule.get();
      if (s != null) {
        return s;
      }
    }
    return Suggestion.NONE;
  }
}
