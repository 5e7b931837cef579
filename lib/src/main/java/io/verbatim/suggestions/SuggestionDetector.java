package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides whether a sentence suggests something, to whom ({@link Suggestion.Kind}), and extracts
 * the change or tip as an action phrase.
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
 *       "I'd love/like (to see) ...", "want to be able to ...", "it's best to ...";
 *   <li>{@link Cue#MODAL}: "you/they/X should/must/ought to/need to ...", "you might want to ...",
 *       "you could add ...", "X could be better";
 *   <li>{@link Cue#NEED}: "the room needs updating / a makeover / more staff";
 *   <li>{@link Cue#REQUEST} / {@link Cue#IMPERATIVE}: "please VB ..." anywhere, or a clause that
 *       starts with a base-form verb, possibly after "just/also/so/but" or an introductory clause
 *       ("If you go, ask for ..."), including "don't VB";
 *   <li>{@link Cue#SUGGEST}: a suggestion labelled as one ("One tip - ...", "(just a
 *       suggestion)");
 *   <li>{@link Cue#ENDORSE}: "I'd (not) recommend this hotel", "highly recommended";
 *   <li>{@link Cue#READER}: tips addressed to the reader: "if you like jazz, this bar suits
 *       you", "if you stay here bring earplugs", "you can walk to the beach", "it is worth a
 *       visit", "you'd be better off ...", "ideal for families";
 *   <li>{@link Cue#NEARBY}: "there is a lovely bakery two blocks away".
 * </ol>
 * ({@link Cue#CONSIDER} replaces the cue of any of these whose verb is "consider".)
 *
 * <p>Whom it is for: only a {@link Suggestion.Kind#CHANGE} asks the organisation for something
 * and can become an idea. The last three rules find {@link Suggestion.Kind#ADVICE} to fellow
 * customers and {@link Suggestion.Kind#ENDORSEMENT}s; a request from the earlier rules is advice
 * too when it follows a condition on the reader ("If you go, ask for a room at the back"), asks
 * the reader to make sure ("Make sure you book early"), warns ("Expect queues") or recommends
 * something to do or try there ("I'd recommend the seafood", "I recommend booking early"). Plain
 * imperatives stay changes: "Bring back free snacks" and "Ask for ID at the bar" read alike, and
 * most name what to improve. SemEval-2019 Task 9 counts every kind as a suggestion.
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
 *   <li>as changes, endorsements: "I recommend this hotel" asks for no change (it is an
 *       {@link Suggestion.Kind#ENDORSEMENT}), while "I recommend adding a kids' menu" is one;
 *   <li>predictions and remarks: "this should help", "it must be hard", "it should be noted
 *       that", reported speech ("he said we should leave") and conditionals ("if you should
 *       need anything");
 *   <li>personal wishes: "I'd love to come back", "I wish I could give zero stars", "I would
 *       like a refund" (a service request, not an improvement);
 *   <li>descriptions addressed to "you": "when you click it, it crashes", "you will get an
 *       error", "you can't open the file" (only "if you ..." sets up a tip, and only visitors'
 *       verbs make "you can ..." one), and what was near by in the past ("there was a cafe").
 * </ul>
 *
 * <p>Every rule reads the sentence through {@link Informal} first, so "u shouldnt charge",
 * "pls add", curly apostrophes and text in capitals get the verdict their standard spelling gets.
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
    AdviceRules advice = new AdviceRules(c);
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
        () -> question ? null : new ImperativeRule(c).imperative(),
        requests::labelled,
        () -> question ? null : advice.endorsement(),
        () -> question ? null : advice.readerTip(),
        () -> question ? null : advice.nearby());
    for (Supplier<Suggestion> rule : rules) {
      Suggestion s = rule.get();
      if (s != null) {
        return s.suggestion() && toReader(s, w, advice) ? s.asAdvice() : s;
      }
    }
    return Suggestion.NONE;
  }

  /**
   * Whether a request in the imperative or with "should" is meant for fellow customers: it
   * follows a condition on the reader ("If you go, ask for a room at the back"), warns ("Expect
   * queues", "Beware of ...") or asks the reader to make sure ("Make sure you book early", "Be
   * sure to ...").
   */
  private static boolean toReader(Suggestion s, Words w, AdviceRules advice) {
    if (s.cue() != Cue.IMPERATIVE && s.cue() != Cue.MODAL && s.cue() != Cue.CONSIDER) {
      return false;
    }
    if (advice.readerCondition() >= 0) {
      return true;
    }
    String action = s.action() == null ? "" : s.action();
    if (action.startsWith("expect ") || action.equals("beware") || action.startsWith("beware ")) {
      return true; // "Expect to queue at weekends", "beware of pickpockets": warnings
    }
    for (int i = 0; i < w.size(); i++) {
      boolean sure = (w.lemmaIs(i, "make") || w.lemmaIs(i, "be")) && w.lemmaIs(i + 1, "sure");
      if (sure && (w.lemmaIs(i + 2, "to") || w.wordIs(i + 2, "you")
          || w.lemmaIs(i + 2, "that") && w.wordIs(i + 3, "you"))) {
        return true;
      }
    }
    return false;
  }
}
