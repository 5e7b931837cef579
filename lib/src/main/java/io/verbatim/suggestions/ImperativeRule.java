package io.verbatim.suggestions;

import java.util.List;
import java.util.Set;

/**
 * Imperatives: a clause that starts with a base-form verb ("Bring back free snacks!", "If you go,
 * ask for a room at the back", "Don't stay here"), minus the imperative-shaped sentences that ask
 * for nothing ("Thank you", "Keep up the good work", "Have a nice day", "Let me know").
 */
final class ImperativeRule {

  /** "Let me ___" that introduces the writer's own words, not a request. */
  private static final Set<String> LET_ME_NOT_A_REQUEST = Set.of("know", "say", "tell",
      "explain", "start", "begin", "add", "ask", "put", "clarify", "mention", "point", "repeat",
      "see", "guess", "think", "get", "just", "give", "be", "show", "try", "assure", "reiterate",
      "summarize", "summarise", "describe", "elaborate", "illustrate", "quote", "share");
  /** Labels before a colon that introduce examples or steps to reproduce, not requests. */
  private static final Set<String> ILLUSTRATION = Set.of("example", "instance", "scenario",
      "case", "step", "repro", "reproduce", "code", "output", "error", "result", "expected",
      "actual", "note", "e.g.", "eg", "i.e.", "ie", "say", "workaround");
  /** Verbs that are advice only when negated: "don't miss the rooftop bar". */
  private static final Set<String> NEGATED_ADVICE = Set.of("miss", "expect", "bother",
      "forget", "hesitate", "worry", "please");
  private static final Set<String> CAUSATIVE = Set.of("make", "let", "have", "help", "get");
  private static final Set<String> WELL_WISHES = Set.of("nice", "good", "great", "safe",
      "lovely", "wonderful", "happy", "fun", "pleasant", "blessed");
  private static final Set<String> ME = Set.of("me", "us", "my", "our");

  private final Clauses c;
  private final Words w;

  ImperativeRule(Clauses c) {
    this.c = c;
    this.w = c.w;
  }

  /** The first clause that is a request in the imperative, or null. */
  Suggestion imperative() {
    List<Clauses.Start> starts = c.starts();
    for (int n = 0; n < starts.size(); n++) {
      Clauses.Start start = starts.get(n);
      int k = start.start();
      boolean negated = false;
      if (w.wordIs(k, "do") && w.isNegation(k + 1)) {
        negated = true;
        k = w.skipAdverbs(k + 2);
      } else if (w.lemmaIs(k, "never") || w.wordIs(k, "do") && w.tagIs(k + 1, "VB")) {
        negated = w.lemmaIs(k, "never");
        k++; // "Never again ...", emphatic "Do try the ..."
      }
      Context context = n == 0 ? Context.TITLE : context(starts.get(n - 1), start, k);
      if (context == Context.NONE || !verbish(w, k, context != Context.CONTINUED)
          || notARequest(k, negated)) {
        continue;
      }
      Suggestion s = c.found(Cue.IMPERATIVE,
          ActionNormaliser.verbPhrase(w, k, c.end(k), negated), k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** What precedes a clause, which decides whether its verb can be an imperative. */
  private enum Context {
    /** Sentence start or after a colon: title-like requests ("Update the app") count too. */
    TITLE,
    /** After "but", "so", ";" or an introductory clause ("If you go, ask ..."). */
    INTRODUCED,
    /** After a plain comma: only a clearly tagged base-form verb. */
    CONTINUED,
    /** The verb continues the previous clause: "I'd come back, stay ..." */
    NONE
  }

  private Context context(Clauses.Start previous, Clauses.Start start, int verb) {
    int b = start.boundary();
    String boundary = w.word(b);
    if (boundary.equals(":")) {
      return w.lemmaIn(b - 1, ILLUSTRATION) ? Context.NONE : Context.TITLE;
    }
    if (boundary.equals(";") || w.tagIs(b, ".") || w.lemmaIs(b, "but") || w.lemmaIs(b, "so")) {
      return Context.INTRODUCED;
    }
    String intro = w.lemma(previous.start());
    boolean clearVerb = w.tagIs(verb, "VB");
    if (CueLexicon.ADVERBIAL_INTRO.contains(intro) && (clearVerb || !intro.equals("as"))) {
      return Context.INTRODUCED;
    }
    boolean finiteBefore = false;
    for (int i = 0; i < b; i++) {
      finiteBefore |= w.isFinite(i);
    }
    if (!finiteBefore && !clearVerb) {
      return Context.NONE; // "Footnote popovers, as used on blogs, display ...": the main verb
    }
    for (int i = previous.start(); i < b; i++) {
      if (w.isModal(i) || w.tagIs(i, "TO") || w.lemmaIs(i, "and") || w.lemmaIs(i, "or")) {
        return Context.NONE;
      }
    }
    return Context.CONTINUED;
  }

  /**
   * A base-form verb, or, where a request is expected, a request verb the tagger took for a noun
   * ("Update the app", "If you drive, park in the garage").
   */
  static boolean verbish(Words w, int k, boolean requestExpected) {
    if (w.lemmaIs(k, "be") && !w.wordIs(k, "be")) {
      return false; // "am/are" at the start is a dropped "I", not an imperative
    }
    if (w.tagIs(k, "VB") || w.tagIs(k, "VBP") && !w.tagStarts(k + 1, "PRP")
        || w.tagIs(k, "VBP") && w.lemmaIs(k, "let")) {
      return true;
    }
    String next = w.tag(k + 1);
    boolean objectFollows = next.startsWith("NN") || next.startsWith("JJ")
        || next.startsWith("PRP") || next.equals("DT") || next.equals("RP") || next.equals("PDT")
        || next.equals("RBR") || next.equals("IN") && w.isSeparator(k - 1);
    return requestExpected && (w.isNoun(k) || w.isAdjective(k) || w.tagIs(k, "RB"))
        && w.wordIn(k, CueLexicon.IMPERATIVE_FALLBACK) && objectFollows;
  }

  /** Imperative-shaped praise, thanks and greetings, and verbs used as nouns. */
  private boolean notARequest(int k, boolean negated) {
    String lemma = w.lemma(k);
    if (negated && NEGATED_ADVICE.contains(lemma)) {
      return false;
    }
    if (nonRequestVerb(w, k)) {
      return true;
    }
    if (lemma.equals("keep") && (w.lemmaIs(k + 1, "up") || w.lemmaIs(k + 2, "up")
        || w.tagIs(k + 1, "VBG") && w.lemmaIn(k + 1, Set.of("go", "do", "be")))) {
      return true; // "Keep up the good work", "keep it up", "keep doing what you do"
    }
    if (lemma.equals("have") && w.tagIs(k + 1, "DT") && w.lemmaIn(k + 2, WELL_WISHES)) {
      return true; // "Have a nice day"
    }
    if (lemma.equals("let") && (w.wordIs(k + 1, "'s") || w.wordIn(k + 1, Set.of("me", "us"))
        && w.lemmaIn(k + 2, LET_ME_NOT_A_REQUEST) && !w.lemmaIs(k + 3, "able"))) {
      return true; // "let me know", "let's say", "let me explain"
    }
    int example = Math.max(w.find("example", k), w.find("instance", k));
    if (lemma.equals("take") && example > 0 && example <= c.end(k)
        || lemma.equals("consider") && (w.lemmaIs(k + 1, "following")
        || w.lemmaIs(k + 2, "following"))) {
      return true; // "Take Spotify for example", "Consider the following": illustrations
    }
    if (w.lemmaIn(k, CueLexicon.INFO_VERBS) && !lemma.equals("let") && w.wordIn(k + 1, ME)
        || lemma.equals("do") && w.wordIn(k + 1, Set.of("i", "we", "you", "they", "it"))
        || lemma.equals("use") && w.lemmaIs(k + 1, "case")) {
      return true; // "tell me if ...", "so do I", "Use case: ..."
    }
    if (lemma.equals("come") && w.lemmaIs(k + 1, "on")
        || lemma.equals("get") && w.wordIs(k + 1, "me") && w.lemmaIs(k + 2, "wrong")
        || lemma.equals("go") && w.lemmaIs(k + 1, "figure")) {
      return true;
    }
    return usedAsNoun(k);
  }

  /**
   * Verbs that start subjectless sentences without asking anything ("Love the new menu"), except
   * "feel free to ..." and the warning "expect to pay / expect queues".
   */
  static boolean nonRequestVerb(Words w, int k) {
    String lemma = w.lemma(k);
    boolean warning = lemma.equals("expect") && w.tagIs(k, "VB")
        && (w.lemmaIs(k + 1, "to") || w.tagIs(k + 1, "VBG") || w.isNoun(k + 1)
        || w.isAdjective(k + 1));
    return w.lemmaIn(k, CueLexicon.NON_REQUEST_VERBS) && !warning
        && !(lemma.equals("feel") && w.lemmaIs(k + 1, "free"));
  }

  /**
   * "Check in was quick": the verb is a noun subject when a finite verb follows within a few
   * words. Causatives are exempt: "make apps request permission" has an object with a verb.
   */
  private boolean usedAsNoun(int k) {
    if (w.lemmaIn(k, CAUSATIVE)) {
      return false;
    }
    for (int j = k + 1; j <= k + 3 && w.in(j); j++) {
      if (w.isFinite(j)) {
        return true;
      }
      String t = w.tag(j);
      if (!(t.equals("RP") || t.equals("IN") || t.equals("CC") || t.startsWith("NN")
          || t.equals("VB") || t.equals("HYPH"))) {
        return false;
      }
    }
    return false;
  }
}
