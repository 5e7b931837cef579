package io.verbatim.suggestions;

import java.util.Set;

/**
 * Deontic modals and lacks: "you should ...", "X should be ...", "they need to ...", "you
 * might want to ...", "X could be better", "the room needs updating".
 */
final class ModalRules {

  /** Subjects that make "could be better" a verdict: "nothing could be better". */
  private static final Set<String> NOBODY = Set.of("nothing", "nobody", "none", "noone",
      "neither", "nor");

  /** Verbs that make "you have to ___" advice rather than a complaint about a requirement. */
  private static final Set<String> ADVICE_VERBS = Set.of("try", "visit", "see", "go", "check",
      "ask", "book", "eat", "taste", "experience", "order", "stay", "walk", "take", "have",
      "sample", "explore");

  /** "You should see the view": praise or a remark, not a change. */
  private static final Set<String> PERCEPTION = Set.of("know", "see", "hear", "think",
      "believe", "understand", "expect", "realize", "realise");
  /** "We should be told/given/offered ...": what customers are entitled to. */
  private static final Set<String> ENTITLED = Set.of("allowed", "given", "told", "informed",
      "offered", "notified", "refunded", "compensated");

  /** Passives after "could be" that guess at causes rather than propose: "could be caused". */
  private static final Set<String> GUESSES = Set.of("cause", "relate", "link", "due", "use",
      "see", "consider", "argue", "say", "mistake", "confuse", "interpret", "expect", "find");

  private final Clauses c;
  private final Words w;

  ModalRules(Clauses c) {
    this.c = c;
    this.w = c.w;
  }

  /**
   * "You/they/X should ...", "X must ...", "X needs to ...", "you might want to ...", "you
   * could add ...", "X could be better", "you'd better ...".
   */
  Suggestion modal() {
    for (int i = 0; i < w.size(); i++) {
      int p = modalComplement(i);
      if (p < 0) {
        continue;
      }
      Subject subject = c.subjectBefore(i);
      if (!c.requestContext(subject, i) || Clauses.pastPerfect(w, p)) {
        continue;
      }
      int verb = w.skipAdverbs(p);
      if (w.isNegation(verb)) {
        verb = w.skipAdverbs(verb + 1);
      }
      if (!acceptableModalSubject(subject, i, verb)) {
        continue;
      }
      if (subject.isEmpty() && w.lemmaIn(verb, CueLexicon.NON_REQUEST_VERBS)) {
        continue; // "Must say, boarding was quick": a discourse opener, not a request
      }
      String action;
      boolean wantTo = w.lemmaIn(i, Clauses.MAY_MODALS) && p != w.skipAdverbs(i + 1);
      if (wantTo && !subject.isEmpty() && !subject.headIs(w, "you")) {
        continue; // "some users might want to ..." describes; "you might want to ..." advises
      }
      if (w.lemmaIn(i, Clauses.MAY_MODALS) && !wantTo) {
        action = couldBe(subject, i, verb);
      } else {
        action = ActionNormaliser.predicate(w, subject, p, c.end(p), false, false);
      }
      Suggestion s = c.found(Cue.MODAL, action, verb);
      if (s != null) {
        return w.lemmaIs(verb, "know") ? s.asAdvice() : s; // "guests should know ..." warns
      }
    }
    return null;
  }

  /**
   * Where the requested predicate starts after a modal-like word at {@code i}, or -1: "should
   * [add]", "ought to [add]", "need(s) to [add]", "had better [add]", "might want to [add]",
   * "could [add]" (checked further by the caller).
   */
  private int modalComplement(int i) {
    String lemma = w.lemma(i);
    if (w.isModal(i) && (lemma.equals("should") || lemma.equals("must"))) {
      return i + 1;
    }
    if (lemma.equals("ought") && w.lemmaIs(i + 1, "to")) {
      return i + 2;
    }
    // "you have to try the pastries" advises; "you have to pay for wifi" complains
    if (lemma.equals("have") && w.lemmaIs(i + 1, "to") && w.wordIs(i - 1, "you")
        && w.tagIs(i, "VBP") && w.lemmaIn(i + 2, ADVICE_VERBS)) {
      return i + 2;
    }
    if (lemma.equals("have") && w.wordIs(i + 1, "got") && w.lemmaIs(i + 2, "to")
        && w.wordIs(i - 1, "you") && w.lemmaIn(i + 3, ADVICE_VERBS)) {
      return i + 3; // "you've got to try the pastries"
    }
    if (lemma.equals("need") && (w.tagIs(i, "VBZ") || w.tagIs(i, "VBP") || w.tagIs(i, "VB"))
        && w.lemmaIs(i + 1, "to") && !w.isModal(i - 1) && !w.isNegation(i - 1)
        && !w.lemmaIs(i - 1, "to")) {
      return i + 2;
    }
    if ((w.wordIs(i, "'d") || w.wordIs(i, "had")) && w.wordIs(i + 1, "better")
        && w.isVerb(i + 2)) {
      return i + 2;
    }
    if (w.isModal(i) && Clauses.MAY_MODALS.contains(lemma)) {
      int k = w.skipAdverbs(i + 1);
      if ((w.lemmaIs(k, "want") || w.lemmaIs(k, "wish")) && w.lemmaIs(k + 1, "to")) {
        return k + 2;
      }
      return k;
    }
    if (lemma.equals("would") && w.lemmaIs(i + 1, "do") && w.lemmaIs(i + 2, "well")
        && w.lemmaIs(i + 3, "to")) {
      return i + 4;
    }
    return -1;
  }

  private boolean acceptableModalSubject(Subject subject, int modal, int verb) {
    if (w.lemmaIn(subject.from(), NOBODY) || w.lemmaIs(subject.from(), "no")) {
      return false; // "nothing could be better", "no one should have to wait": verdicts
    }
    if (subject.is(Subject.Kind.FIRST)) {
      // "I should mention ...", "we need to leave": only "I should be able to ..." asks anything
      int q = w.skipAdverbs(verb + 1);
      boolean weShouldHave = w.lemmaIs(verb, "have") && !w.isPast(q) && !w.lemmaIs(q, "to")
          && !w.lemmaIs(modal, "need");
      return weShouldHave || w.lemmaIs(verb, "be")
          && (w.lemmaIs(q, "able") || w.wordIn(q, ENTITLED));
    }
    if (subject.isPronoun(w) || subject.headIs(w, "it")) {
      // "this should help", "it must be hard": predictions, not requests
      boolean epistemicMust = w.lemmaIs(modal, "must") && w.lemmaIs(verb, "be");
      if (w.lemmaIn(verb, CueLexicon.EPISTEMIC_VERBS) || epistemicMust
          && !subject.headIs(w, "you") && !subject.headIs(w, "they")) {
        return false;
      }
    }
    if (w.lemmaIn(verb, PERCEPTION) && !(w.lemmaIs(verb, "know") && warned(subject))) {
      return false; // "you should see the view": praise or a remark, not a change
    }
    return true;
  }

  /** "Guests should know that ...": a warning to fellow customers, not a remark. */
  private boolean warned(Subject subject) {
    return subject.headIs(w, "people") || subject.headIs(w, "guest")
        || subject.headIs(w, "traveller") || subject.headIs(w, "traveler")
        || subject.headIs(w, "visitor") || subject.headIs(w, "anyone")
        || subject.headIs(w, "everyone") || subject.headIs(w, "customer");
  }

  /**
   * "could/can/might" only asks for something in three shapes: "you could add ..." (a verb of
   * changing), "X could be better/improved/cheaper", "X could use / do with a refresh".
   */
  private String couldBe(Subject subject, int modal, int verb) {
    if (w.isNegation(w.skipAdverbs(modal + 1))) {
      return null;
    }
    boolean agent = subject.is(Subject.Kind.AGENT) && !subject.headIs(w, "one");
    if (agent && w.lemmaIn(verb, CueLexicon.CHANGE_VERBS) && w.isBaseVerb(verb)
        && !w.lemmaIs(modal, "can")) {
      return ActionNormaliser.verbPhrase(w, verb, c.end(verb));
    }
    if (subject.isEmpty() || subject.is(Subject.Kind.FIRST) || subject.is(Subject.Kind.THERE)
        || subject.isPronoun(w) && !subject.headIs(w, "it")) {
      return null;
    }
    if (w.lemmaIs(verb, "be")) {
      int q = w.skipAdverbs(verb + 1);
      if (w.tagIs(q, "VBN") && w.lemmaIs(q + 1, "by") && w.tagIs(q + 2, "VBG")) {
        return ActionNormaliser.verbPhrase(w, q + 2, c.end(q + 2)); // "... by adding X"
      }
      // "the price could be lowered", "the menu could be extended": a change proposed in the
      // passive. Only "could/might", and not for pronouns: "it could be caused by ..." guesses.
      if (w.tagIs(q, "VBN") && !w.lemmaIs(modal, "can") && !w.lemmaIs(modal, "may")
          && !subject.isPronoun(w) && !w.lemmaIn(q, GUESSES)) {
        return new ActionNormaliser.Phrase().add(w.lemma(q)).add(subject.asObject(w))
            .addSpan(w, q + 1, c.end(q + 1)).render();
      }
      boolean better = w.wordIs(q, "better") || w.wordIs(q, "improved")
          || w.tagIs(q, "JJR") && !w.isNoun(q + 1)
          || w.lemmaIs(q, "more") && w.isAdjective(q + 1) && !w.isNoun(q + 2);
      if (!better) {
        return null;
      }
      if (w.wordIs(q, "better") || w.wordIs(q, "improved")) {
        return "improve " + subject.asObject(w);
      }
      return new ActionNormaliser.Phrase().add("make").add(subject.asObject(w))
          .addSpan(w, q, c.end(q)).render();
    }
    boolean could = w.lemmaIs(modal, "could");
    if (could && (w.lemmaIs(verb, "use") || w.lemmaIs(verb, "do") && w.lemmaIs(verb + 1, "with"))) {
      int np = w.lemmaIs(verb, "use") ? verb + 1 : verb + 2;
      return lacking(subject, np);
    }
    return null;
  }

  /** "The room needs updating / a makeover / more staff", "the carpets are in need of repair". */
  Suggestion need() {
    for (int i = 0; i < w.size(); i++) {
      if (w.lemmaIs(i, "in") && w.lemmaIs(i + 1, "need") && w.lemmaIs(i + 2, "of")) {
        int be = w.lemmaIs(i - 1, "be") ? i - 1 : w.skipAdverbsBack(i - 1);
        Subject subject = w.lemmaIs(be, "be") ? c.subjectBefore(be) : c.subjectBefore(i);
        if (!subject.is(Subject.Kind.FIRST) && !subject.headIs(w, "you")) {
          Suggestion s = c.found(Cue.NEED, lacking(subject, w.skipAdverbs(i + 3)), i + 3);
          if (s != null) {
            return s;
          }
        }
      }
      boolean present = w.tagIs(i, "VBZ") || w.tagIs(i, "VBP")
          || w.isBaseVerb(i) && c.atStart(i);
      if (!w.lemmaIs(i, "need") || !present || w.lemmaIs(i + 1, "to") || w.isModal(i - 1)
          || w.isNegation(i - 1)) {
        continue;
      }
      Subject subject = c.subjectBefore(i);
      int k = w.skipAdverbs(i + 1);
      // "I need a way to export my data" asks for a feature; "I need a taxi" mostly does not,
      // which the personal nouns of lacking() keep out
      boolean iNeedFeature = w.wordIn(k, Set.of("a", "an", "some", "more", "better"));
      if (subject.is(Subject.Kind.FIRST) && subject.headIs(w, "i") && !iNeedFeature
          || subject.headIs(w, "you") || !c.requestContext(subject, i)) {
        continue;
      }
      String action;
      if (w.tagIs(k, "VBG")) {
        action = new ActionNormaliser.Phrase().add(w.lemma(k)).add(subject.asObject(w))
            .addSpan(w, k + 1, c.end(k + 1)).render();
      } else {
        action = lacking(subject, k);
      }
      Suggestion s = c.found(Cue.NEED, action, k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** What something lacks: a repair ("a makeover" = "renovate X") or a thing ("add X to Y"). */
  private String lacking(Subject subject, int np) {
    int n = np;
    while (w.in(n) && n < np + 5 && !w.isNoun(n) && !w.isSeparator(n) && !w.isVerb(n)) {
      n++;
    }
    if (!w.isNoun(n) || w.lemmaIn(n, CueLexicon.PERSONAL_REQUEST_NOUNS)) {
      return null;
    }
    String repair = CueLexicon.REPAIR_NOUNS.get(w.lemma(n));
    if (repair != null) {
      return repair + " " + subject.asObject(w);
    }
    return ActionNormaliser.addition(w, np, c.end(np), subject);
  }
}
