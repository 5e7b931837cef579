package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.List;

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

  private static final long serialVersionUID = 2L;

  /** The detectors {@code annotation.suggestions} chooses between. */
  public enum Method {
    /** The rule chain alone: no model, nothing trained on licensed data. */
    RULES,
    /** The learned model over n-grams, the rules' cues and mood patterns. */
    MODEL;

    /** The method named in configuration ("rules", "model"); a clear error otherwise. */
    public static Method of(String name) {
      for (Method m : values()) {
        if (m.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return m;
        }
      }
      throw new IllegalArgumentException("annotation.suggestions must be rules or model, not '"
          + name + "'");
    }
  }

  private final Method method;

  /** The rules alone. */
  public SuggestionDetector() {
    this(Method.RULES);
  }

  public SuggestionDetector(Method method) {
    this.method = method;
  }

  public Method method() {
    return method;
  }

  /** The names of the rules of the chain, in the order they are tried. */
  public static java.util.List<String> ruleNames() {
    return SuggestionRules.CHAIN.stream().map(SuggestionRule::name).toList();
  }

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
    RuleInput in = RuleInput.of(tokens, text);
    if (in == null) {
      return Suggestion.NONE;
    }
    if (method == Method.RULES) {
      return rules(in);
    }
    // One pass over the whole chain gives both the rules' verdict and every rule that fires.
    List<String> firing = new java.util.ArrayList<>();
    Suggestion first = null;
    for (SuggestionRule rule : SuggestionRules.CHAIN) {
      Suggestion s = rule.match(in);
      if (s != null) {
        firing.add(rule.name());
        first = first == null ? s : first;
      }
    }
    Suggestion rules = first == null ? Suggestion.NONE : told(first, in);
    SuggestionModel model = SuggestionModel.shipped();
    double p = model.probability(SuggestionFeatures.of(in, firing, rules));
    // What a rule recognises stands: the rules carry over to domains the model never saw (it
    // learnt from a software forum); the model adds what no rule recognises.
    if (rules.anyKind()) {
      return rules.scored(p);
    }
    if (p < model.threshold()) {
      return Suggestion.NONE.scored(p);
    }
    // The model found what no rule did: addressed to "you" it is a tip to the reader, otherwise
    // (a forum's "an option to export would help") it asks for a change.
    Suggestion.Kind kind = in.w.find("you", 0) >= 0 ? Suggestion.Kind.ADVICE
        : Suggestion.Kind.CHANGE;
    return new Suggestion(kind, null, null, p);
  }

  /**
   * The names of every rule of the chain that fires on the sentence, in chain order, not only the
   * first: the rule cues the model reads and what the per-rule accounting counts.
   */
  public List<String> firing(List<Token> tokens, String text) {
    RuleInput in = RuleInput.of(tokens, text);
    return in == null ? List.of() : firing(in);
  }

  /**
   * The features the model reads for one sentence, for training and inspection; null when the
   * sentence has no words.
   */
  public static java.util.Map<String, Double> features(List<Token> tokens, String text) {
    RuleInput in = RuleInput.of(tokens, text);
    return in == null ? null : SuggestionFeatures.of(in, firing(in), rules(in));
  }

  private static List<String> firing(RuleInput in) {
    List<String> names = new java.util.ArrayList<>();
    for (SuggestionRule rule : SuggestionRules.CHAIN) {
      if (rule.match(in) != null) {
        names.add(rule.name());
      }
    }
    return names;
  }

  /** The rule chain's verdict: the first rule that fires, told as advice when meant for readers. */
  private static Suggestion rules(RuleInput in) {
    for (SuggestionRule rule : SuggestionRules.CHAIN) {
      Suggestion s = rule.match(in);
      if (s != null) {
        return told(s, in);
      }
    }
    return Suggestion.NONE;
  }

  /** A rule's verdict, told as advice when the change it found is meant for fellow readers. */
  private static Suggestion told(Suggestion s, RuleInput in) {
    return s.suggestion() && toReader(s, in.w, in.advice()) ? s.asAdvice() : s;
  }

  /**
   * Whether a request in the imperative or with "should" is meant for fellow customers: it
   * follows a condition on the reader ("If you go, ask for a room at the back"), warns ("Expect
   * queues", "Beware of ...") or asks the reader to make sure ("Make sure you book early", "Be
   * sure to ...").
   */
  private static boolean toReader(Suggestion s, Words w, AdviceRules advice) {
    if (s.cue() == Cue.SUGGEST && recommendsToReader(w)) {
      return true; // "I'd suggest you take the early boat": the reader is to act
    }
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
    if (s.cue() == Cue.IMPERATIVE && (" " + action + " ").contains(" you ")) {
      return true; // "don't let the queue put you off": the reader is its object
    }
    boolean toYou = s.cue() != Cue.MODAL || w.find("you", 0) >= 0;
    if (toYou && visitorAction(action)) {
      return true; // "Take the night bus", "you need to book ahead": what a visitor does
    }
    for (int i = 0; i < w.size(); i++) {
      boolean sure = (w.lemmaIs(i, "make") || w.lemmaIs(i, "be")) && w.lemmaIs(i + 1, "sure");
      if (sure && (w.lemmaIs(i + 2, "to") || w.wordIs(i + 2, "you")
          || w.lemmaIs(i + 2, "that") && w.wordIs(i + 3, "you"))) {
        return true;
      }
      if (w.lemmaIs(i, "tip") && w.tagStarts(i, "NN")) {
        return true; // a request the writer calls a tip is meant for fellow customers
      }
    }
    return false;
  }

  /** "I (would) recommend/suggest (that) you ...": advice whose subject is the reader. */
  private static boolean recommendsToReader(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (w.lemmaIn(i, CueLexicon.ADVISING_VERBS)) {
        int k = w.lemmaIs(i + 1, "that") ? i + 2 : i + 1;
        if (w.wordIs(k, "you")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an action is something a visitor does rather than a change to the place: its verb
   * (after "do not") is a visitor's and not a verb of changing something ("take the tram", "stay
   * near the station"), except for phrasal requests ("get rid of ...", "go back to ...").
   */
  static boolean visitorAction(String action) {
    String[] words = action.split(" ");
    int v = words.length > 2 && words[0].equals("do") && words[1].equals("not") ? 2 : 0;
    if (words.length <= v) {
      return false;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, v, words.length));
    if (CueLexicon.CHANGE_REQUEST_PHRASES.stream().anyMatch(rest::startsWith)) {
      return false;
    }
    return AdviceRules.VISITOR_VERBS.contains(words[v])
        && !CueLexicon.CHANGE_VERBS.contains(words[v]);
  }
}
