package io.verbatim.suggestions;

import java.util.Set;

/**
 * Explicit requests: advising verbs and nouns ("I suggest ...", "my suggestion is to ..."),
 * "could you ...", "why not ...", "how about ...", and "please" before a verb.
 */
final class RequestRules {

  /** Words before a suggestion noun that make it the writer's: "my only suggestion". */
  private static final Set<String> OWNERS = CueLexicon.list("suggestion-owners");
  /** Nouns that announce advice only after "best": "your safest option is to ...", "best bet". */
  private static final Set<String> BEST_NOUNS = Set.of("thing", "bet", "option", "way",
      "choice", "approach", "plan");
  private static final Set<String> BEST = Set.of("best", "better", "smartest", "safest",
      "wisest", "easiest", "simplest", "cheapest", "quickest", "fastest");

  /** What an endorsement recommends: the business or product, not something to do there. */
  private static final Set<String> ENDORSED = CueLexicon.list("endorsed");

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those",
      "your", "our", "everyone", "anyone");
  /** A request about one's own case is a service request: "could you refund me". */
  private static final Set<String> FOR_ME = Set.of("me", "my", "i", "mine");
  private static final Set<String> ASKING_MODALS = Set.of("can", "could", "would", "will");
  private static final Set<String> LABELS = Set.of("suggestion", "tip", "recommendation",
      "advice", "hint", "warning");
  private static final Set<String> LABEL_OPENERS = Set.of("just", "a", "one", "my", "our", "only",
      "another", "small", "quick", "little", "final", "last", "big", "top", "friendly", "word",
      "of", "some");

  private final Clauses c;
  private final Words w;

  RequestRules(Clauses c) {
    this.c = c;
    this.w = c.w;
  }

  /** "I suggest adding ...", "we'd recommend that you ...", "my suggestion is to ...". */
  Suggestion advising() {
    for (int i = 0; i < w.size(); i++) {
      if (w.lemmaIn(i, CueLexicon.ADVISING_VERBS) && (w.isBaseVerb(i) || w.tagIs(i, "VBG")
          && w.lemmaIs(i - 1, "be") && w.tagIs(i - 1, "VBP"))) {
        int s = i - 1;
        while (w.tagIs(s, "RB") || w.tagIs(s, "MD") || w.lemmaIs(s, "be")) {
          if (w.isNegation(s)) {
            s = -2;
            break;
          }
          s--;
        }
        boolean bySelf = s == -1 || w.wordIs(s, "i") || w.wordIs(s, "we") || w.isSeparator(s)
            || w.lemmaIn(s, CueLexicon.CLAUSE_PREFIX);
        if (s != -2 && bySelf) {
          Suggestion found = c.found(Cue.SUGGEST, advisedAction(i), i);
          if (found != null) {
            return recommendsToVisitors(i) ? found.asAdvice() : found;
          }
        }
      }
      boolean noun = w.lemmaIn(i, CueLexicon.SUGGESTION_NOUNS) || w.lemmaIn(i, BEST_NOUNS);
      if (noun && w.isNoun(i)) {
        Suggestion found = suggestionNoun(i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * "I'd recommend the seafood" or "I recommend asking for a room at the back" tells other
   * customers what to do there; "I recommend adding a loyalty programme" asks for a change.
   */
  private boolean recommendsToVisitors(int verb) {
    if (!w.lemmaIs(verb, "recommend")) {
      return false;
    }
    int k = w.skipAdverbs(verb + 1);
    if (w.tagIs(k, "VBG") || w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      int v = w.tagIs(k, "VBG") ? k : k + 1;
      return w.lemmaIn(v, AdviceRules.VISITOR_VERBS);
    }
    return !w.lemmaIs(k, "that") && !w.tagStarts(k, "PRP");
  }

  /** What follows an advising verb: a gerund, "to VB", "(that) X VB" or, for suggest, an NP. */
  String advisedAction(int verb) {
    String lemma = w.lemma(verb);
    int k = w.skipAdverbs(verb + 1);
    if (w.tagIs(k, "VBG")) {
      return ActionNormaliser.verbPhrase(w, k, c.end(k));
    }
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      return ActionNormaliser.verbPhrase(w, k + 1, c.end(k + 1));
    }
    if (w.lemmaIs(k, "against") && w.tagIs(k + 1, "VBG")) {
      return ActionNormaliser.verbPhrase(w, k + 1, c.end(k + 1), true);
    }
    if (w.lemmaIs(k, "that")) {
      return c.finiteClause(k + 1, false);
    }
    // "advise everyone to book", "encourage guests to ask"
    for (int j = k; j < k + 4 && w.in(j) && !w.isSeparator(j); j++) {
      if (w.lemmaIs(j, "to") && w.isVerb(j + 1) && j > k) {
        return ActionNormaliser.verbPhrase(w, j + 1, c.end(j + 1));
      }
    }
    String viaClause = c.finiteClause(k, false);
    if (viaClause != null) {
      return viaClause;
    }
    if (lemma.equals("suggest") || lemma.equals("propose")) {
      return ActionNormaliser.addition(w, k, c.end(k), null);
    }
    if (lemma.equals("recommend") && !endorsement(k)) {
      // "I'd recommend a room on the top floor": a tip, like "try ..."
      String tip = ActionNormaliser.addition(w, k, c.end(k), null);
      return tip == null ? null : "try" + tip.substring("add".length());
    }
    return null; // "I recommend this hotel": an endorsement, not a change
  }

  /** Whether a recommended noun phrase is the business itself: "this hotel", "your app". */
  private boolean endorsement(int np) {
    boolean nounPhrase = w.isNoun(np) || w.isAdjective(np) || w.tagIs(np, "DT")
        || w.tagIs(np, "CD") || w.tagIs(np, "PRP$");
    if (!nounPhrase || w.wordIn(np, DEMONSTRATIVES) || w.tagStarts(np, "PRP")) {
      return true;
    }
    int head = np;
    while (w.in(head + 1) && !w.isSeparator(head + 1) && !w.tagIs(head + 1, "IN")
        && !w.tagIs(head + 1, "TO") && !w.isVerb(head + 1)) {
      head++;
    }
    return w.lemmaIn(head, ENDORSED) || w.tagStarts(head, "NNP") || !w.isNoun(head);
  }

  /** "My (only) suggestion would be to ...", "A good idea is adding ...". */
  private Suggestion suggestionNoun(int noun) {
    boolean bestWay = BEST_NOUNS.contains(w.lemma(noun));
    if (bestWay ? !w.wordIn(noun - 1, BEST) : !w.wordIn(noun - 1, OWNERS)) {
      return null; // "the only thing is ..." is a complaint; "the smartest way is to ..." advises
    }
    int k = noun + 1;
    if (w.lemmaIs(k, "to") && w.lemmaIs(k + 1, "do")) {
      k += 2;
    }
    if (w.lemmaIs(k, "would") || w.lemmaIs(k, "will")) {
      k = w.skipAdverbs(k + 1);
    }
    if (!w.lemmaIs(k, "be") || w.tagIs(k, "VBD") && !w.wordIs(noun - 1, "my")) {
      return null;
    }
    k = w.skipAdverbs(k + 1);
    String action = null;
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      action = ActionNormaliser.verbPhrase(w, k + 1, c.end(k + 1));
    } else if (w.tagIs(k, "VBG") || w.isBaseVerb(k)) {
      action = ActionNormaliser.verbPhrase(w, k, c.end(k));
    } else if (bestWay) {
      return null;
    } else if (w.lemmaIs(k, "that")) {
      action = c.finiteClause(k + 1, false);
    } else if (w.lemmaIs(k, "for") || w.lemmaIs(k, ":")) {
      return null;
    } else if (!w.lemmaIs(noun, "idea") && !w.lemmaIs(noun, "solution")) {
      action = ActionNormaliser.addition(w, k, c.end(k), null);
    }
    return c.found(Cue.SUGGEST, action, k);
  }

  /**
   * A suggestion labelled as one, whatever its wording: "One tip - ...", "(just a suggestion)",
   * "Suggestion to the management - ...". The label stands alone: at the start or after a bracket
   * and before a separator or the end, so "the suggestion was ignored" is not one.
   */
  Suggestion labelled() {
    for (int i = 0; i < w.size(); i++) {
      if (!w.lemmaIn(i, LABELS) || !w.isNoun(i)) {
        continue;
      }
      int s = i - 1;
      while (w.wordIn(s, LABEL_OPENERS)) {
        s--;
      }
      boolean opens = s < 0 || w.isSeparator(s);
      int e = i + 1;
      if (w.lemmaIs(e, "to") || w.lemmaIs(e, "for")) {
        e = ActionNormaliser.clauseEnd(w, e);
      }
      boolean closes = !w.in(e) || w.isSeparator(e);
      if (opens && closes) {
        return new Suggestion(Suggestion.Kind.CHANGE, null, Cue.SUGGEST);
      }
    }
    return null;
  }

  /** "Could you (please) add ...?", "Can we have ...?", "Would it be possible to ...?". */
  Suggestion request() {
    for (int i = 0; i < w.size(); i++) {
      boolean modal = w.isModal(i) && w.lemmaIn(i, ASKING_MODALS);
      if (modal && c.atStart(i)) {
        int k = i + 1;
        if (w.isNegation(k)) {
          k++;
        }
        int v = k;
        while (w.in(v) && v < k + 4 && !w.isVerb(v) && !w.isSeparator(v)) {
          v++;
        }
        Subject asked = Subject.of(w, k, v);
        if (asked.is(Subject.Kind.AGENT) && !asked.headIs(w, "one")) {
          // "Could you (please) ...", "Can Microsoft make ...", "Would the hotel consider ..."
          Suggestion s = requestedVerb(w.skipAdverbs(v));
          if (s != null) {
            return s;
          }
        }
        if (w.lemmaIn(k, Set.of("we", "i")) && !w.lemmaIs(i, "will")) {
          int got = w.skipAdverbs(k + 1);
          if (w.lemmaIs(got, "have") || w.lemmaIs(got, "get")) {
            Suggestion s = c.found(Cue.REQUEST,
                ActionNormaliser.addition(w, got + 1, c.end(got + 1), null), got);
            if (s != null) {
              return s;
            }
          }
        }
        if (w.tagIs(k, "EX") && w.lemmaIs(k + 1, "be")) {
          Suggestion s = c.found(Cue.REQUEST,
              ActionNormaliser.existential(w, k + 2, c.end(k + 2), false), k);
          if (s != null) {
            return s;
          }
        }
        // "Would it be possible (for you) to ...?"
        if (w.lemmaIs(i, "would") && w.wordIs(k, "it") && w.lemmaIs(k + 1, "be")
            && w.lemmaIs(k + 2, "possible")) {
          int to = w.find("to", k + 3);
          if (to > 0 && to < k + 7 && w.isVerb(to + 1)) {
            Suggestion s = requestedVerb(to + 1);
            if (s != null) {
              return s;
            }
          }
        }
      }
      // "I was wondering if you could ...", "any chance you could ...", "is there a way you can"
      boolean opener = (w.lemmaIs(i, "wonder") && w.lemmaIs(i + 1, "if"))
          || w.lemmaIs(i, "chance") || w.lemmaIs(i, "way") && w.tagIs(i - 2, "EX");
      if (opener) {
        int k = w.lemmaIs(i + 1, "if") || w.lemmaIs(i + 1, "that") ? i + 2 : i + 1;
        if (w.lemmaIn(k, Set.of("you", "they")) && w.isModal(k + 1)
            && !w.lemmaIs(k + 1, "should")) {
          Suggestion s = requestedVerb(w.skipAdverbs(k + 2));
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /** The verb asked for after "could you": not information ("tell me") or one's own case. */
  private Suggestion requestedVerb(int v) {
    if (!w.isBaseVerb(v) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
        && !(w.lemmaIs(v, "consider") && w.tagIs(v + 1, "VBG"))
        || w.wordIn(v + 1, FOR_ME) || Clauses.pastPerfect(w, v)) {
      return null;
    }
    return c.found(Cue.REQUEST, ActionNormaliser.verbPhrase(w, v, c.end(v)), v);
  }

  /** "Why not offer ...?", "Why don't you add ...?". */
  Suggestion whyNot() {
    for (int i = 0; i < w.size(); i++) {
      if (!w.lemmaIs(i, "why")) {
        continue;
      }
      if (w.isNegation(i + 1)) {
        int k = w.skipAdverbs(i + 2);
        String action = w.isBaseVerb(k) ? ActionNormaliser.verbPhrase(w, k, c.end(k))
            : ActionNormaliser.addition(w, k, c.end(k), null);
        return c.found(Cue.WHY_NOT, action, k);
      }
      boolean aux = w.lemmaIn(i + 1, Set.of("do", "would", "will", "can", "could"));
      if (aux && w.isNegation(i + 2) && w.lemmaIn(i + 3, Set.of("you", "they", "we"))) {
        int k = w.skipAdverbs(i + 4);
        if (w.isBaseVerb(k) && !w.lemmaIn(k, CueLexicon.NON_REQUEST_VERBS)) {
          return c.found(Cue.WHY_NOT, ActionNormaliser.verbPhrase(w, k, c.end(k)), k);
        }
      }
    }
    return null;
  }

  /** "How about adding ...?", "How about a shuttle?", "What about offering ...?". */
  Suggestion howAbout() {
    for (int i = 0; i < w.size(); i++) {
      boolean how = w.lemmaIs(i, "how");
      if (!(how || w.lemmaIs(i, "what")) || !w.lemmaIs(i + 1, "about") || !c.atStart(i)) {
        continue;
      }
      int k = i + 2;
      String action = null;
      if (w.tagIs(k, "VBG")) {
        action = ActionNormaliser.verbPhrase(w, k, c.end(k));
      } else if (how && w.wordIs(k, "you") && w.isBaseVerb(k + 1)) {
        action = ActionNormaliser.verbPhrase(w, k + 1, c.end(k + 1));
      } else if (how && !w.tagStarts(k, "PRP")) {
        action = ActionNormaliser.addition(w, k, c.end(k), null);
      }
      Suggestion s = c.found(Cue.HOW_ABOUT, action, k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * "please" before a verb anywhere: "..., so please bring back free snacks". Not "to please"
   * or "you please" (the verb), nor service requests ("please send me ...").
   */
  Suggestion please() {
    for (int i = 0; i < w.size(); i++) {
      if (!w.lemmaIs(i, "please") || w.tagIs(i - 1, "TO") || w.tagStarts(i - 1, "PRP")
          || w.isModal(i - 1) || w.tagIs(i, "VBN") || w.tagIs(i, "JJ")) {
        continue;
      }
      int k = i + 1;
      while (w.tagIs(k, ",") || w.tagIs(k, "RB") && !w.isNegation(k)
          || w.lemmaIs(k, "please")) {
        k++;
      }
      boolean negated = false;
      if (w.lemmaIs(k, "do") && w.isNegation(k + 1)) {
        negated = true;
        k = w.skipAdverbs(k + 2);
      }
      boolean verb = ImperativeRule.verbish(w, k, true) || w.tagIs(k, "VBP");
      if (verb && !w.lemmaIn(k, CueLexicon.INFO_VERBS) && !w.wordIn(k + 1, FOR_ME)
          || w.lemmaIs(k, "consider") && w.tagIs(k + 1, "VBG")) {
        Suggestion s = c.found(Cue.REQUEST,
            ActionNormaliser.verbPhrase(w, k, c.end(k), negated), k);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }
}
