package io.verbatim.suggestions;

import java.util.Set;

/**
 * Wishes and desirability: "I wish ...", "I hope you will ...", "it would be great if ...",
 * "X would be nice", "I'd love to see ...", "it's best to ...".
 */
final class WishRules {

  /** Objects that make a request one's own case: "change my booking". */
  private static final Set<String> MINE = Set.of("my", "me", "our", "mine");
  private static final Set<String> HOPE_MODALS = Set.of("will", "would", "can", "could");
  private static final Set<String> WISH_MODALS = Set.of("would", "will", "could", "might");
  /** "X would help / make a difference / go a long way": X is what is wished for. */
  private static final Set<String> HELPS = Set.of("help", "improve", "benefit", "save",
      "simplify", "solve", "enable", "allow", "let", "open", "give");
  private static final Set<String> MAKES = Set.of("a", "it", "things", "life", "everything");
  /** Degree words between "would be" and its adjective: "would be so much better". */
  private static final Set<String> DEGREE = Set.of("so", "very", "much", "far", "way", "a",
      "an", "lot", "even", "such", "the", "quite", "really", "super");
  /** Nouns after a good adjective that keep it a wish: "would be a nice touch". */
  private static final Set<String> GOOD_THINGS = Set.of("idea", "addition", "improvement",
      "touch", "option", "feature", "plus", "bonus", "thing", "change", "benefit", "help",
      "saver", "asset", "boon", "godsend", "step", "win", "gesture");
  /** What may follow "X would be nice" and still leave X the thing wished for. */
  private static final Set<String> AFTER_WISHED_THING = Set.of("and", "too", "as", "in", "for",
      "at", "on", "here", "there", "but", "so", "because", "since", "especially", "when");
  /** Words before a subject that make "X would help" an explanation: "why this would help". */
  private static final Set<String> EXPLAINING = Set.of("if", "because", "since", "as", "when",
      "that", "than");
  private static final Set<String> ASKING_VERBS = Set.of("suggest", "propose", "request", "ask");
  private static final Set<String> ADVICE_DEGREE = Set.of("a", "good", "great", "very",
      "really", "so", "absolutely");

  private final Clauses c;
  private final Words w;

  WishRules(Clauses c) {
    this.c = c;
    this.w = c.w;
  }

  /** "I wish there were ...", "if only ...", "I hope you will ...", "hopefully they ...". */
  Suggestion wish() {
    for (int i = 0; i < w.size(); i++) {
      String action = null;
      if (w.lemmaIs(i, "wish") && w.isBaseVerb(i) && c.firstPersonOrNone(i)) {
        action = c.finiteClause(i + 1, true);
      } else if (w.lemmaIs(i, "if") && w.lemmaIs(i + 1, "only")) {
        action = c.finiteClause(i + 2, true);
      } else if (w.lemmaIs(i, "hope") && w.isBaseVerb(i) && c.firstPersonOrNone(i)
          || w.lemmaIs(i, "hopefully")) {
        action = hopedFor(i + 1);
      }
      if (action != null && !CueLexicon.NON_REQUEST_VERBS.contains(firstWord(action))) {
        return c.found(Cue.WISH, action, i);
      }
    }
    return null;
  }

  /** "I hope (that) they will fix ...": the hoped-for change, in the present or future only. */
  private String hopedFor(int k) {
    int s = w.lemmaIs(k, "that") ? k + 1 : k;
    int v = s;
    while (w.in(v) && !w.isVerb(v) && !w.isModal(v) && v - s < 6) {
      v++;
    }
    Subject subject = Subject.of(w, s, v);
    boolean future = w.isModal(v) && w.lemmaIn(v, HOPE_MODALS)
        || w.tagIs(v, "VBZ") || w.tagIs(v, "VBP");
    if (!future || subject.isEmpty() || subject.is(Subject.Kind.FIRST)
        || subject.isPronoun(w) && w.lemmaIn(w.skipAdverbs(v + 1), CueLexicon.EPISTEMIC_VERBS)
        || w.lemmaIn(w.skipAdverbs(v), CueLexicon.EPISTEMIC_VERBS)) {
      return null;
    }
    return c.finiteClause(s, false);
  }

  private String firstWord(String action) {
    int space = action.indexOf(' ');
    return space < 0 ? action : action.substring(0, space);
  }

  /**
   * "It would be great if ...", "would be nice to have ...", "free wifi would be nice", "I'd love
   * to see ...", "want to be able to ...", "it's best to ...".
   */
  Suggestion desirability() {
    for (int i = 0; i < w.size(); i++) {
      String action = null;
      if (w.isModal(i) && w.lemmaIn(i, WISH_MODALS)) {
        action = wouldBe(i);
        if (action == null && w.lemmaIs(i, "would")) {
          action = wouldLike(i);
        }
      } else if (w.lemmaIs(i, "want") && (w.tagIs(i, "VBP") || w.tagIs(i, "VB"))
          && !w.isNegation(i - 1) && c.firstPersonOrNone(i)) {
        action = wanted(w.skipAdverbs(i + 1), false);
      } else if ((w.lemmaIs(i, "be") || w.lemmaIs(i, "make") && w.lemmaIs(i + 1, "sense"))
          && (w.tagIs(i, "VBZ") || w.tagIs(i, "VBP"))) {
        action = advisable(i);
      }
      if (action != null) {
        return c.found(Cue.DESIRABILITY, action, i);
      }
    }
    return null;
  }

  /** After "would": "be great if/to/with ...", or a subject that "would be nice/help". */
  private String wouldBe(int would) {
    int k = w.skipAdverbs(would + 1);
    boolean sure = w.lemmaIs(would, "would");
    boolean maybeHelps = !w.lemmaIs(would, "will") && (w.lemmaIs(k, "help")
        || w.lemmaIs(k, "improve"));
    if (!sure && !maybeHelps && !(w.lemmaIs(k, "be") && c.subjectBefore(would).headIs(w, "it"))) {
      return null; // "it will/could be great if/to ..." only; other futures predict
    }
    boolean inverted = false;
    if (w.isNegation(k) && w.wordIs(k + 1, "it") || w.wordIs(k, "it")) {
      inverted = true; // "Wouldn't it be nice if ...?"
      k = w.find("it", k) + 1;
    }
    Subject subject = inverted ? null : c.subjectBefore(would);
    boolean helps = w.lemmaIn(k, HELPS) || w.lemmaIs(k, "make") && w.lemmaIn(k + 1, MAKES)
        || w.lemmaIs(k, "go") && w.lemmaIs(k + 1, "a") && w.lemmaIs(k + 2, "long");
    if (helps) {
      return subject == null ? null : desiredSubject(subject, would);
    }
    int m; // the word that makes it desirable: "great", "sense", "idea"
    if (w.lemmaIs(k, "make") && w.lemmaIs(k + 1, "sense")) {
      m = k + 1;
    } else if (w.lemmaIs(k, "be")) {
      m = k + 1;
      while (w.tagStarts(m, "RB") || w.lemmaIn(m, DEGREE)) {
        m++;
      }
      boolean desirable = w.wordIn(m, CueLexicon.DESIRABLE) || w.lemmaIn(m, CueLexicon.DESIRABLE)
          || comparative(m);
      if (!desirable && !(w.isAdjective(m) && w.wordIn(m + 1, GOOD_THINGS))) {
        return null;
      }
      if (w.wordIn(m + 1, GOOD_THINGS)) {
        m++; // "would be a nice touch", "would be a good idea"
      } else if (w.lemmaIs(m, "more") && comparative(m)) {
        m++; // "would be more natural to ..."
      }
    } else {
      return null;
    }
    int n = m + 1;
    while (w.tagIs(n, "RB") && !w.isNegation(n) || w.tagIs(n, ",")) {
      n++; // "would be easier just to have ...", "would be nice, to have ..."
    }
    if (w.lemmaIs(n, "if")) {
      return c.finiteClause(n + 1, true);
    }
    if (w.lemmaIs(n, "to") && w.isVerb(n + 1)) {
      return desiredVerb(n + 1, Subject.of(w, n, n));
    }
    if (w.lemmaIs(n, "for")) {
      int to = w.find("to", n + 1);
      if (to > n + 1 && to < n + 7 && w.isVerb(to + 1)) {
        return desiredVerb(to + 1, Subject.of(w, n + 1, to));
      }
    }
    if (w.lemmaIs(n, "with") && subject != null) {
      return ActionNormaliser.addition(w, n + 1, c.end(n + 1), subject);
    }
    boolean ends = !w.in(n) || w.isSeparator(n) || w.lemmaIn(n, AFTER_WISHED_THING);
    return ends && subject != null ? desiredSubject(subject, would) : null;
  }

  /**
   * "It would be more natural / simpler to ...": a comparison that prefers what follows "to" or
   * "if". Only before "to" or "if", so "it would be slower" stays a prediction.
   */
  private boolean comparative(int m) {
    int adjective = w.lemmaIs(m, "more") ? m + 1 : m;
    boolean compared = w.tagIs(m, "JJR") || w.isAdjective(adjective)
        && (adjective > m || w.lemmaIs(m - 1, "more"));
    int n = w.skipAdverbs(adjective + 1);
    return compared && (w.lemmaIs(n, "to") || w.lemmaIs(n, "if"));
  }

  /** "to have X" = "add X", "to be able to VB" = "allow VBing", "to VB" = "VB". */
  private String desiredVerb(int v, Subject forWhom) {
    if (w.lemmaIs(v, "have") || w.lemmaIs(v, "see") || w.lemmaIs(v, "get")) {
      return ActionNormaliser.addition(w, v + 1, c.end(v + 1), null);
    }
    if (w.lemmaIn(v, CueLexicon.NON_REQUEST_VERBS) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
        && !w.lemmaIs(v, "consider")) {
      return null; // "it would be nice to know ..."
    }
    return ActionNormaliser.predicate(w, forWhom, v, c.end(v), false, false);
  }

  /** The thing wished for as the subject: "free wifi would be nice" = "add free wifi". */
  private String desiredSubject(Subject subject, int would) {
    int before = subject.from() - 1;
    if (subject.isEmpty() || subject.isPronoun(w) || subject.is(Subject.Kind.THERE)
        || w.tagStarts(before, "W") || w.lemmaIn(before, EXPLAINING)) {
      return null; // "... why this change would help": an explanation, not a wish
    }
    if (w.tagIs(subject.from(), "VBG")) {
      String vp = ActionNormaliser.verbPhrase(w, subject.from(), would);
      return vp != null && vp.startsWith("have ") ? "add " + vp.substring(5) : vp;
    }
    return ActionNormaliser.addition(w, subject.from(), subject.to(), null);
  }

  /** "I'd love/like/appreciate ...": "it if ...", "to see X", "you to VB", or "X". */
  private String wouldLike(int would) {
    int k = w.skipAdverbs(would + 1);
    if (!w.lemmaIn(k, CueLexicon.WISH_VERBS) || !c.firstPersonOrNone(would)) {
      return null;
    }
    return wanted(w.skipAdverbs(k + 1), true);
  }

  /** What "I'd like" or "I want" asks for. */
  private String wanted(int k, boolean polite) {
    if (w.wordIs(k, "it") && w.lemmaIs(k + 1, "if") || w.lemmaIs(k, "if")) {
      return c.finiteClause(w.lemmaIs(k, "if") ? k + 1 : k + 2, true);
    }
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      int v = k + 1;
      if (w.lemmaIs(v, "see") || w.lemmaIs(v, "have")) {
        int np = w.lemmaIs(v + 1, "be") ? v + 2 : v + 1; // "what I'd like to see is ..."
        return ActionNormaliser.addition(w, np, c.end(np), null);
      }
      if (w.lemmaIs(v, "be") && w.lemmaIs(v + 1, "able") && w.lemmaIs(v + 2, "to")) {
        return ActionNormaliser.predicate(w, Subject.of(w, v, v), v + 3, c.end(v + 3), false,
            true);
      }
      if (w.lemmaIn(v, ASKING_VERBS)) {
        return new RequestRules(c).advisedAction(v);
      }
      if (w.lemmaIn(v, CueLexicon.PERSONAL_VERBS) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
          || w.lemmaIn(v, CueLexicon.NON_REQUEST_VERBS) || w.wordIn(w.skipAdverbs(v + 1), MINE)) {
        return null; // "I'd love to come back", "I'd like to know", "... to change my booking"
      }
      // "I'd like to pay by card" wishes to be able to; "I want to turn it off" mostly narrates
      return polite
          ? ActionNormaliser.predicate(w, Subject.of(w, v, v), v, c.end(v), false, true) : null;
    }
    // "I'd like you to ...", "we want the hotel to ..."
    for (int j = k + 1; j < k + 5 && w.in(j) && !w.isSeparator(j) && !w.isVerb(j); j++) {
      int v = w.skipAdverbs(j + 1);
      if (w.lemmaIs(j, "to") && w.isBaseVerb(v)) {
        Subject agent = Subject.of(w, k, j);
        if (agent.is(Subject.Kind.FIRST) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
            || !polite && !agent.is(Subject.Kind.AGENT) || w.wordIn(k, MINE)) {
          return null; // "I want it to be extended", "I want my users to stay": narration
        }
        return ActionNormaliser.predicate(w, agent, v, c.end(v), false, false);
      }
    }
    // "I'd love an option to ...", "I would appreciate more vegetarian options"
    int head = k - 1;
    while (head < k + 5 && inNounPhrase(head + 1)) {
      head++;
    }
    if (head < k || !w.isNoun(head) || w.lemmaIn(head, CueLexicon.PERSONAL_REQUEST_NOUNS)) {
      return null; // "I'd like a refund" is a service request
    }
    return ActionNormaliser.addition(w, k, c.end(k), null);
  }

  private boolean inNounPhrase(int i) {
    return w.isNoun(i) || w.isAdjective(i) || w.tagIs(i, "DT") || w.tagIs(i, "CD")
        || w.tagIs(i, "HYPH");
  }

  /** Present-tense advice: "it is best to book early", "it's worth paying for ...". */
  private String advisable(int be) {
    Subject subject = c.subjectBefore(be);
    boolean impersonal = subject.isEmpty() && c.atStart(be) || subject.headIs(w, "it")
        || subject.headIs(w, "this");
    if (!impersonal) {
      return null;
    }
    int m = be + 1;
    while (w.tagStarts(m, "RB") && !w.isNegation(m) || w.wordIn(m, ADVICE_DEGREE)) {
      m++;
    }
    if (!w.wordIn(m, CueLexicon.ADVISABLE) && !w.lemmaIs(m, "idea")) {
      return null;
    }
    int n = m + 1;
    if (w.lemmaIs(n, "to") && w.isVerb(n + 1)) {
      return desiredVerb(n + 1, Subject.of(w, n, n));
    }
    if (w.wordIs(m, "worth") && w.tagIs(n, "VBG")) {
      return desiredVerb(n, Subject.of(w, n, n));
    }
    return null;
  }
}
