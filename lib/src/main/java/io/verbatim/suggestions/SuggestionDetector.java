package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  private static final Set<String> MAY_MODALS = Set.of("could", "can", "might", "may");
  private static final Set<String> LET_ME_NOT_A_REQUEST = Set.of("know", "say", "tell",
      "explain", "start", "begin", "add", "ask", "put", "clarify", "mention", "point", "repeat",
      "see", "guess", "think", "get", "just", "give", "be", "show", "try", "assure", "reiterate",
      "summarize", "summarise", "describe", "elaborate", "illustrate", "quote", "share");
  /** Objects that make a request one's own case: "change my booking", "refund me". */
  private static final Set<String> MINE = Set.of("my", "me", "our", "mine");
  /** Labels before a colon that introduce examples or steps, not requests. */
  private static final Set<String> ILLUSTRATION = Set.of("example", "instance", "scenario",
      "case", "step", "repro", "reproduce", "code", "output", "error", "result", "expected",
      "actual", "note", "e.g.", "eg", "i.e.", "ie", "say", "workaround");
  private static final Set<String> NOBODY = Set.of("nothing", "nobody", "none", "noone",
      "neither", "nor");
  private static final Set<String> NOMINATIVE = Set.of("i", "we", "you", "they", "he", "she",
      "it");

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
    List<Integer> starts = clauseStarts(w);
    Suggestion s = advising(w, starts);
    if (s == null) {
      s = request(w, starts);
    }
    if (s == null) {
      s = whyNot(w, starts);
    }
    if (s == null) {
      s = howAbout(w, starts);
    }
    if (s == null && !question) {
      s = wish(w, starts);
    }
    if (s == null) {
      s = desirability(w, starts);
    }
    if (s == null && !question) {
      s = modal(w, starts);
    }
    if (s == null && !question) {
      s = need(w, starts);
    }
    if (s == null) {
      s = please(w);
    }
    if (s == null && !question) {
      s = imperative(w, starts);
    }
    return s == null ? Suggestion.NONE : s;
  }

  // ---------------------------------------------------------------- clause structure

  /**
   * Where clauses may start: the sentence start and after separators and "but/so/then". Each
   * start is moved past politeness and discourse words ("Also, please just ...").
   */
  private static List<Integer> clauseStarts(Words w) {
    List<Integer> starts = new ArrayList<>();
    starts.add(skipPrefix(w, 0));
    for (int i = 0; i < w.size() - 1; i++) {
      // Brackets hold asides and "then" mostly continues a narrative ("... and then remove").
      boolean bracket = w.tagStarts(i, "-") || w.word(i).equals("(") || w.word(i).equals(")");
      if (w.isSeparator(i) && !bracket || w.lemmaIs(i, "but")
          || w.lemmaIs(i, "so") && !w.tagIs(i, "RB")) {
        int s = skipPrefix(w, i + 1);
        if (!starts.contains(s)) {
          starts.add(s);
        }
      }
    }
    return starts;
  }

  private static int skipPrefix(Words w, int i) {
    boolean sentenceStart = i == 0;
    while (w.in(i)) {
      boolean conjunction = w.lemmaIs(i, "and") || w.lemmaIs(i, "or");
      if (conjunction && !sentenceStart) {
        return i; // "..., and change something": coordination, not a new request
      }
      if (w.lemmaIn(i, CueLexicon.CLAUSE_PREFIX) && !(w.lemmaIs(i, "so") && w.isAdjective(i + 1))
          || w.tagIs(i, "UH") || w.isSeparator(i) && !w.word(i).contains("?")) {
        i++;
      } else if (w.lemmaIs(i, "in") && w.lemmaIs(i + 1, "addition")
          || w.lemmaIs(i, "at") && w.lemmaIs(i + 1, "least")
          || w.lemmaIs(i, "for") && (w.lemmaIs(i + 1, "example") || w.lemmaIs(i + 1, "instance"))
          || w.lemmaIs(i, "in") && w.lemmaIs(i + 1, "general")) {
        i += 2;
      } else if (w.lemmaIs(i, "at") && w.lemmaIs(i + 1, "the") && w.lemmaIs(i + 2, "very")
          && w.lemmaIs(i + 3, "least")) {
        i += 4;
      } else {
        return i;
      }
    }
    return i;
  }

  /** Whether {@code i} is where a clause starts, after its prefix. */
  private static boolean atStart(List<Integer> starts, int i) {
    return starts.contains(i);
  }

  /**
   * The subject before a verb or modal at {@code i}: the run of words back to the previous
   * verb, separator or clause word ("I think [the seats] should ...").
   */
  private static Subject subjectBefore(Words w, int i) {
    int end = i;
    while (end > 0 && w.tagIs(end - 1, "RB") && !w.isNegation(end - 1)
        && !w.lemmaIs(end - 1, "there")) {
      end--;
    }
    int from = end;
    while (from > 0 && !isSubjectBoundary(w, from - 1)) {
      from--;
    }
    // "I have no doubt it could ...": a subject pronoun starts the subject.
    for (int j = end - 1; j > from; j--) {
      if (w.wordIn(j, NOMINATIVE)) {
        from = j;
        break;
      }
    }
    return Subject.of(w, from, end);
  }

  private static boolean isSubjectBoundary(Words w, int i) {
    String t = w.tag(i);
    return w.isSeparator(i) || t.startsWith("VB") || t.equals("MD") || t.equals("UH")
        || t.startsWith("W") || t.equals("CC") || w.lemmaIs(i, "please")
        || t.equals("IN") && Set.of("that", "if", "because", "since", "although", "though",
        "while", "whether", "when", "unless", "as", "so", "once", "until", "than", "like")
        .contains(w.lemma(i));
  }

  /** The word before the subject (skipping "that"): tells reported and conditional uses. */
  private static int beforeSubject(Words w, Subject subject) {
    int b = subject.from() - 1;
    if (w.lemmaIs(b, "that")) {
      b--;
    }
    return b;
  }

  /**
   * Whether a modal's subject makes it a request: not in reported speech ("he said we should"),
   * not in a conditional ("if you should need"), and only present at the clause start when the
   * subject is missing ("Should be cheaper").
   */
  private static boolean requestContext(Words w, Subject subject, int modal,
                                        List<Integer> starts) {
    int b = beforeSubject(w, subject);
    if (w.tagIs(b, "VBD") || w.tagIs(b, "VBN")
        || w.lemmaIn(b, Set.of("if", "when", "unless", "whenever", "case", "lest", "than", "as",
        "like", "what", "how", "where", "whatever"))) {
      return false;
    }
    return !subject.isEmpty() || atStart(starts, modal);
  }

  /** "should have left", "could have been": regret about the past. */
  private static boolean pastPerfect(Words w, int i) {
    i = w.skipAdverbs(i);
    if (w.isNegation(i)) {
      i = w.skipAdverbs(i + 1);
    }
    return w.lemmaIs(i, "have") && (w.isPast(i + 1) || w.isPast(w.skipAdverbs(i + 1)));
  }

  private static Suggestion found(Words w, Cue cue, String action, int verb) {
    if (action == null) {
      return null;
    }
    boolean consider = w.lemmaIs(verb, "consider") || action.startsWith("consider ");
    return Suggestion.of(consider ? Cue.CONSIDER : cue, action);
  }

  private static int end(Words w, int from) {
    return ActionNormaliser.clauseEnd(w, from);
  }

  private static boolean isFirstPersonOrNone(Words w, int i, List<Integer> starts) {
    Subject s = subjectBefore(w, i);
    return s.is(Subject.Kind.FIRST) && !s.headIs(w, "me") && !s.headIs(w, "us")
        || s.isEmpty() && (atStart(starts, i) || atStart(starts, s.from()));
  }

  // ---------------------------------------------------------------- rules

  /** "I suggest adding ...", "we'd recommend that you ...", "my suggestion is to ...". */
  private static Suggestion advising(Words w, List<Integer> starts) {
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
        boolean bySelf = s == -1 || w.lemmaIn(s, Set.of("i", "we")) || w.isSeparator(s)
            || w.lemmaIn(s, CueLexicon.CLAUSE_PREFIX);
        if (s != -2 && bySelf) {
          Suggestion found = found(w, Cue.SUGGEST, advisedAction(w, i), i);
          if (found != null) {
            return found;
          }
        }
      }
      if (w.lemmaIn(i, CueLexicon.SUGGESTION_NOUNS) && w.isNoun(i)) {
        Suggestion found = suggestionNoun(w, i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** What follows an advising verb: a gerund, "to VB", "(that) X VB" or, for suggest, an NP. */
  private static String advisedAction(Words w, int verb) {
    String lemma = w.lemma(verb);
    int k = w.skipAdverbs(verb + 1);
    if (w.tagIs(k, "VBG")) {
      return ActionNormaliser.verbPhrase(w, k, end(w, k));
    }
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      return ActionNormaliser.verbPhrase(w, k + 1, end(w, k + 1));
    }
    if (w.lemmaIs(k, "against") && w.tagIs(k + 1, "VBG")) {
      return ActionNormaliser.verbPhrase(w, k + 1, end(w, k + 1), true);
    }
    if (w.lemmaIs(k, "that")) {
      return clause(w, k + 1, false);
    }
    // "advise everyone to book", "encourage guests to ask"
    for (int j = k; j < k + 4 && w.in(j) && !w.isSeparator(j); j++) {
      if (w.lemmaIs(j, "to") && w.isVerb(j + 1) && j > k) {
        return ActionNormaliser.verbPhrase(w, j + 1, end(w, j + 1));
      }
    }
    String viaClause = clause(w, k, false);
    if (viaClause != null) {
      return viaClause;
    }
    if (lemma.equals("suggest") || lemma.equals("propose")) {
      return ActionNormaliser.addition(w, k, end(w, k), null);
    }
    return null; // "I recommend this hotel": an endorsement, not a change
  }

  /** "My (only) suggestion would be to ...", "A good idea is adding ...". */
  private static Suggestion suggestionNoun(Words w, int noun) {
    int k = noun + 1;
    if (w.lemmaIs(k, "would") || w.lemmaIs(k, "will")) {
      k = w.skipAdverbs(k + 1);
    }
    if (!w.lemmaIs(k, "be") || w.tagIs(k, "VBD") && !w.lemmaIs(noun - 1, "my")) {
      return null;
    }
    boolean owned = w.lemmaIn(noun - 1, Set.of("my", "our", "one", "only", "main", "a", "another",
        "good", "better", "best", "great", "feature", "biggest", "big", "top", "small", "minor",
        "simple", "easy", "obvious", "quick", "real", "first", "second", "final", "last"));
    if (!owned) {
      return null;
    }
    k = w.skipAdverbs(k + 1);
    String action = null;
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      action = ActionNormaliser.verbPhrase(w, k + 1, end(w, k + 1));
    } else if (w.tagIs(k, "VBG") || w.isBaseVerb(k)) {
      action = ActionNormaliser.verbPhrase(w, k, end(w, k));
    } else if (w.lemmaIs(k, "that")) {
      action = clause(w, k + 1, false);
    } else if (w.lemmaIs(k, "for") || w.lemmaIs(k, ":")) {
      return null;
    } else if (!w.lemmaIs(noun, "idea") && !w.lemmaIs(noun, "solution")) {
      action = ActionNormaliser.addition(w, k, end(w, k), null);
    }
    return found(w, Cue.SUGGEST, action, k);
  }

  /**
   * A clause with its own subject, after "if", "I wish", "I hope", "I suggest that": "you
   * extended the opening hours" = "extend opening hours", "there were more X" = "add more X".
   *
   * @param ability whether "I/we could VB" means the writer wants to be able to (wishes and
   *     conditionals) rather than describing what they did
   */
  private static String clause(Words w, int start, boolean ability) {
    int s = w.lemmaIs(start, "that") ? start + 1 : start;
    int v = s;
    while (w.in(v) && !w.isVerb(v) && !w.isModal(v)) {
      if (w.isSeparator(v) || w.tagIs(v, "CC") || v - s > 6) {
        return null;
      }
      v++;
    }
    if (v == s || !w.in(v)) {
      return null;
    }
    Subject subject = Subject.of(w, s, v);
    if (subject.isEmpty()) {
      return null;
    }
    int p = v;
    boolean negated = false;
    boolean able = false;
    if (w.isModal(p)) {
      String modal = w.lemma(p);
      if (pastPerfect(w, p + 1)) {
        return null;
      }
      able = ability && MAY_MODALS.contains(modal) && subject.is(Subject.Kind.FIRST);
      p++;
    } else if (w.lemmaIs(p, "do") && w.isNegation(w.skipAdverbs(p + 1))) {
      negated = true;
      p = w.skipAdverbs(w.skipAdverbs(p + 1) + 1);
    } else if (w.lemmaIs(p, "have") && w.isPast(w.skipAdverbs(p + 1))) {
      return null; // "I wish I had known": past perfect
    }
    if (subject.is(Subject.Kind.FIRST) && !able && !ableNext(w, p)) {
      int q = w.skipAdverbs(p);
      boolean weHad = subject.headIs(w, "we") && w.lemmaIs(q, "have") && !w.lemmaIs(q + 1, "to");
      if (ability && w.tagIs(q, "VBD") && !w.lemmaIn(q, Set.of("have", "be", "know", "do"))) {
        able = true; // "if I just clicked ...": a wish to be able to
      } else if (!weHad) {
        return null; // "I wish I had more time" wishes nothing of the business
      }
    }
    return ActionNormaliser.predicate(w, subject, p, end(w, p), negated, able);
  }

  /** "were/be able to", which makes a first-person wish one of ability without a modal. */
  private static boolean ableNext(Words w, int p) {
    int q = w.skipAdverbs(p + 1);
    return w.lemmaIs(p, "be") && (w.lemmaIs(q, "able") || w.wordIs(q, "allowed"));
  }

  /** "Could you (please) add ...?", "Can we have ...?", "Would it be possible to ...?". */
  private static Suggestion request(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      boolean modal = w.isModal(i) && w.lemmaIn(i, Set.of("can", "could", "would", "will"));
      if (modal && atStart(starts, i)) {
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
          Suggestion s = requestedVerb(w, w.skipAdverbs(v));
          if (s != null) {
            return s;
          }
        }
        if (w.lemmaIn(k, Set.of("we", "i")) && !w.lemmaIs(i, "will")) {
          int got = w.skipAdverbs(k + 1);
          if (w.lemmaIs(got, "have") || w.lemmaIs(got, "get")) {
            Suggestion s = found(w, Cue.REQUEST,
                ActionNormaliser.addition(w, got + 1, end(w, got + 1), null), got);
            if (s != null) {
              return s;
            }
          }
        }
        if (w.tagIs(k, "EX") && w.lemmaIs(k + 1, "be")) {
          Suggestion s = found(w, Cue.REQUEST,
              ActionNormaliser.existential(w, k + 2, end(w, k + 2), false), k);
          if (s != null) {
            return s;
          }
        }
        // "Would it be possible (for you) to ...?"
        if (w.lemmaIs(i, "would") && w.wordIs(k, "it") && w.lemmaIs(k + 1, "be")
            && w.lemmaIs(k + 2, "possible")) {
          int to = w.find("to", k + 3);
          if (to > 0 && to < k + 7 && w.isVerb(to + 1)) {
            Suggestion s = requestedVerb(w, to + 1);
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
          Suggestion s = requestedVerb(w, w.skipAdverbs(k + 2));
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  private static Suggestion requestedVerb(Words w, int v) {
    if (!w.isBaseVerb(v) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
        && !(w.lemmaIs(v, "consider") && w.tagIs(v + 1, "VBG"))
        || w.lemmaIn(v + 1, Set.of("me", "my", "i")) || pastPerfect(w, v)) {
      return null;
    }
    return found(w, Cue.REQUEST, ActionNormaliser.verbPhrase(w, v, end(w, v)), v);
  }

  /** "Why not offer ...?", "Why don't you add ...?". */
  private static Suggestion whyNot(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      if (!w.lemmaIs(i, "why")) {
        continue;
      }
      if (w.isNegation(i + 1)) {
        int k = w.skipAdverbs(i + 2);
        String action = w.isBaseVerb(k) ? ActionNormaliser.verbPhrase(w, k, end(w, k))
            : ActionNormaliser.addition(w, k, end(w, k), null);
        return found(w, Cue.WHY_NOT, action, k);
      }
      boolean aux = w.lemmaIn(i + 1, Set.of("do", "would", "will", "can", "could"));
      if (aux && w.isNegation(i + 2) && w.lemmaIn(i + 3, Set.of("you", "they", "we"))) {
        int k = w.skipAdverbs(i + 4);
        if (w.isBaseVerb(k) && !w.lemmaIn(k, CueLexicon.NON_REQUEST_VERBS)) {
          return found(w, Cue.WHY_NOT, ActionNormaliser.verbPhrase(w, k, end(w, k)), k);
        }
      }
    }
    return null;
  }

  /** "How about adding ...?", "How about a shuttle?", "What about offering ...?". */
  private static Suggestion howAbout(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      boolean how = w.lemmaIs(i, "how");
      if (!(how || w.lemmaIs(i, "what")) || !w.lemmaIs(i + 1, "about") || !atStart(starts, i)) {
        continue;
      }
      int k = i + 2;
      String action = null;
      if (w.tagIs(k, "VBG")) {
        action = ActionNormaliser.verbPhrase(w, k, end(w, k));
      } else if (how && w.wordIs(k, "you") && w.isBaseVerb(k + 1)) {
        action = ActionNormaliser.verbPhrase(w, k + 1, end(w, k + 1));
      } else if (how && !w.tagStarts(k, "PRP")) {
        action = ActionNormaliser.addition(w, k, end(w, k), null);
      }
      Suggestion s = found(w, Cue.HOW_ABOUT, action, k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** "I wish there were ...", "if only ...", "I hope you will ...", "hopefully they ...". */
  private static Suggestion wish(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      String action = null;
      if (w.lemmaIs(i, "wish") && w.isBaseVerb(i) && isFirstPersonOrNone(w, i, starts)) {
        action = clause(w, i + 1, true);
      } else if (w.lemmaIs(i, "if") && w.lemmaIs(i + 1, "only")) {
        action = clause(w, i + 2, true);
      } else if (w.lemmaIs(i, "hope") && w.isBaseVerb(i) && isFirstPersonOrNone(w, i, starts)
          || w.lemmaIs(i, "hopefully")) {
        action = hopedFor(w, i + 1);
      }
      if (action != null && !CueLexicon.NON_REQUEST_VERBS.contains(firstWord(action))) {
        return found(w, Cue.WISH, action, i);
      }
    }
    return null;
  }

  /** "I hope (that) they will fix ...": the hoped-for change, in the present or future only. */
  private static String hopedFor(Words w, int k) {
    int s = w.lemmaIs(k, "that") ? k + 1 : k;
    int v = s;
    while (w.in(v) && !w.isVerb(v) && !w.isModal(v) && v - s < 6) {
      v++;
    }
    Subject subject = Subject.of(w, s, v);
    boolean future = w.isModal(v) && w.lemmaIn(v, Set.of("will", "would", "can", "could"))
        || w.tagIs(v, "VBZ") || w.tagIs(v, "VBP");
    if (!future || subject.isEmpty() || subject.is(Subject.Kind.FIRST)
        || subject.isPronoun(w) && w.lemmaIn(w.skipAdverbs(v + 1), CueLexicon.EPISTEMIC_VERBS)
        || w.lemmaIn(w.skipAdverbs(v), CueLexicon.EPISTEMIC_VERBS)) {
      return null;
    }
    return clause(w, s, false);
  }

  private static String firstWord(String action) {
    int space = action.indexOf(' ');
    return space < 0 ? action : action.substring(0, space);
  }

  /**
   * "It would be great if ...", "would be nice to have ...", "free wifi would be nice", "I'd love
   * to see ...", "I want to be able to ...", "it's best to ...".
   */
  private static Suggestion desirability(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      String action = null;
      if (w.isModal(i) && w.lemmaIn(i, Set.of("would", "will", "could", "might"))) {
        action = wouldBe(w, i, starts);
        if (action == null && w.lemmaIs(i, "would")) {
          action = wouldLike(w, i, starts);
        }
      } else if (w.lemmaIs(i, "want") && (w.tagIs(i, "VBP") || w.tagIs(i, "VB"))
          && !w.isNegation(i - 1) && isFirstPersonOrNone(w, i, starts)) {
        action = wanted(w, w.skipAdverbs(i + 1), false);
      } else if ((w.lemmaIs(i, "be") || w.lemmaIs(i, "make") && w.lemmaIs(i + 1, "sense"))
          && (w.tagIs(i, "VBZ") || w.tagIs(i, "VBP"))) {
        action = advisable(w, i, starts);
      }
      if (action != null) {
        return found(w, Cue.DESIRABILITY, action, i);
      }
    }
    return null;
  }

  /** After "would": "be great if/to/with ...", or a subject that "would be nice/help". */
  private static String wouldBe(Words w, int would, List<Integer> starts) {
    int k = w.skipAdverbs(would + 1);
    boolean sure = w.lemmaIs(would, "would");
    boolean maybeHelps = w.lemmaIn(would, Set.of("could", "might"))
        && w.lemmaIn(k, Set.of("help", "improve"));
    if (!sure && !maybeHelps && !(w.lemmaIs(k, "be") && subjectBefore(w, would).headIs(w,
        "it"))) {
      return null; // "it will/could be great if/to ..." only; other futures predict
    }
    boolean inverted = false;
    if (w.isNegation(k) && w.wordIs(k + 1, "it") || w.wordIs(k, "it")) {
      inverted = true; // "Wouldn't it be nice if ...?"
      k = w.find("it", k) + 1;
    }
    Subject subject = inverted ? null : subjectBefore(w, would);
    if (w.lemmaIn(k, Set.of("help", "improve", "benefit", "save", "simplify", "solve", "enable",
        "allow"))
        || w.lemmaIs(k, "make") && w.lemmaIn(k + 1, Set.of("a", "it", "things", "life",
        "everything")) || w.lemmaIs(k, "go") && w.lemmaIs(k + 1, "a") && w.lemmaIs(k + 2, "long")) {
      return subject == null ? null : desiredSubject(w, subject, would);
    }
    boolean sense = w.lemmaIs(k, "make") && w.lemmaIs(k + 1, "sense");
    if (!w.lemmaIs(k, "be") && !sense) {
      return null;
    }
    int m = sense ? k : k + 1;
    while (w.tagStarts(m, "RB") || w.lemmaIn(m, Set.of("so", "very", "much", "far", "way", "a",
        "an", "lot", "even", "such", "the", "quite", "really", "super"))) {
      m++;
    }
    boolean desirable = sense || w.wordIn(m, CueLexicon.DESIRABLE)
        || w.lemmaIn(m, CueLexicon.DESIRABLE);
    if (sense) {
      m = k + 1;
    }
    if (!desirable && w.isAdjective(m) && w.wordIn(m + 1, Set.of("idea", "addition",
        "improvement", "touch", "option", "feature", "plus", "bonus"))) {
      desirable = true;
      m++;
    } else if (desirable && w.wordIn(m + 1, Set.of("idea", "addition", "improvement", "touch",
        "option", "feature", "plus", "bonus", "thing", "change"))) {
      m++;
    }
    if (!desirable) {
      return null;
    }
    int n = m + 1;
    while (w.tagIs(n, "RB") && !w.isNegation(n) || w.tagIs(n, ",")) {
      n++; // "would be easier just to have ...", "would be nice, to have ..."
    }
    if (w.lemmaIs(n, "if")) {
      return clause(w, n + 1, true);
    }
    if (w.lemmaIs(n, "to") && w.isVerb(n + 1)) {
      return desiredVerb(w, n + 1, Subject.of(w, n, n));
    }
    if (w.lemmaIs(n, "for")) {
      int to = w.find("to", n + 1);
      if (to > n + 1 && to < n + 7 && w.isVerb(to + 1)) {
        return desiredVerb(w, to + 1, Subject.of(w, n + 1, to));
      }
    }
    if (w.lemmaIs(n, "with") && subject != null) {
      return ActionNormaliser.addition(w, n + 1, end(w, n + 1), subject);
    }
    boolean ends = !w.in(n) || w.isSeparator(n) || w.lemmaIn(n, Set.of("and", "too", "as",
        "in", "for", "at", "on", "here", "there", "but", "so", "because", "since", "especially",
        "when"));
    return ends && subject != null ? desiredSubject(w, subject, would) : null;
  }

  /** "to have X" = "add X", "to be able to VB" = "allow VBing", "to VB" = "VB". */
  private static String desiredVerb(Words w, int v, Subject forWhom) {
    if (w.lemmaIs(v, "have") || w.lemmaIs(v, "see") || w.lemmaIs(v, "get")) {
      return ActionNormaliser.addition(w, v + 1, end(w, v + 1), null);
    }
    if (w.lemmaIn(v, CueLexicon.NON_REQUEST_VERBS) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
        && !w.lemmaIs(v, "consider")) {
      return null; // "it would be nice to know ..."
    }
    return ActionNormaliser.predicate(w, forWhom, v, end(w, v), false, false);
  }

  /** The thing wished for as the subject: "free wifi would be nice" = "add free wifi". */
  private static String desiredSubject(Words w, Subject subject, int would) {
    int before = subject.from() - 1;
    if (subject.isEmpty() || subject.isPronoun(w) || subject.is(Subject.Kind.THERE)
        || w.tagStarts(before, "W") || w.lemmaIn(before, Set.of("if", "because", "since", "as",
        "when", "that", "than"))) {
      return null; // "... why this change would help": an explanation, not a wish
    }
    if (w.tagIs(subject.from(), "VBG")) {
      String vp = ActionNormaliser.verbPhrase(w, subject.from(), would);
      return vp != null && vp.startsWith("have ") ? "add " + vp.substring(5) : vp;
    }
    return ActionNormaliser.addition(w, subject.from(), subject.to(), null);
  }

  /** "I'd love/like/appreciate ...": "it if ...", "to see X", "you to VB", or "X". */
  private static String wouldLike(Words w, int would, List<Integer> starts) {
    int k = w.skipAdverbs(would + 1);
    if (!w.lemmaIn(k, CueLexicon.WISH_VERBS) || !isFirstPersonOrNone(w, would, starts)) {
      return null;
    }
    return wanted(w, w.skipAdverbs(k + 1), true);
  }

  /** What "I'd like" or "I want" asks for. */
  private static String wanted(Words w, int k, boolean polite) {
    if (w.wordIs(k, "it") && w.lemmaIs(k + 1, "if") || w.lemmaIs(k, "if")) {
      return clause(w, w.lemmaIs(k, "if") ? k + 1 : k + 2, true);
    }
    if (w.lemmaIs(k, "to") && w.isVerb(k + 1)) {
      int v = k + 1;
      if (w.lemmaIs(v, "see") || w.lemmaIs(v, "have")) {
        int np = w.lemmaIs(v + 1, "be") ? v + 2 : v + 1; // "what I'd like to see is ..."
        return ActionNormaliser.addition(w, np, end(w, np), null);
      }
      if (w.lemmaIs(v, "be") && w.lemmaIs(v + 1, "able") && w.lemmaIs(v + 2, "to")) {
        return ActionNormaliser.predicate(w, Subject.of(w, v, v), v + 3, end(w, v + 3), false,
            true);
      }
      if (w.lemmaIn(v, Set.of("suggest", "propose", "request", "ask"))) {
        return advisedAction(w, v);
      }
      if (w.lemmaIn(v, CueLexicon.PERSONAL_VERBS) || w.lemmaIn(v, CueLexicon.INFO_VERBS)
          || w.lemmaIn(v, CueLexicon.NON_REQUEST_VERBS) || w.wordIn(w.skipAdverbs(v + 1), MINE)) {
        return null; // "I'd love to come back", "I'd like to know", "... to change my booking"
      }
      // "I'd like to pay by card" wishes to be able to; "I want to turn it off" mostly narrates
      return polite
          ? ActionNormaliser.predicate(w, Subject.of(w, v, v), v, end(w, v), false, true) : null;
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
        return ActionNormaliser.predicate(w, agent, v, end(w, v), false, false);
      }
    }
    // "I'd love an option to ...", "I would appreciate more vegetarian options"
    int head = k;
    while (w.in(head + 1) && (w.isNoun(head + 1) || w.isAdjective(head + 1)
        || w.tagIs(head + 1, "DT") || w.tagIs(head + 1, "CD")) || !w.isNoun(head) && w.in(head)
        && (w.tagIs(head, "DT") || w.isAdjective(head) || w.tagIs(head, "CD"))
        && head < k + 4) {
      head++;
    }
    boolean np = w.isNoun(head) || w.tagIs(k, "DT") || w.isAdjective(k);
    if (!np || w.lemmaIn(head, CueLexicon.PERSONAL_REQUEST_NOUNS)
        || w.tagStarts(k, "PRP") || w.tagIs(k, "TO")) {
      return null;
    }
    return ActionNormaliser.addition(w, k, end(w, k), null);
  }

  /** Present-tense advice: "it is best to book early", "it's worth paying for ...". */
  private static String advisable(Words w, int be, List<Integer> starts) {
    Subject subject = subjectBefore(w, be);
    boolean impersonal = subject.isEmpty() && atStart(starts, be) || subject.headIs(w, "it")
        || subject.headIs(w, "this");
    if (!impersonal) {
      return null;
    }
    int m = be + 1;
    while (w.tagStarts(m, "RB") && !w.isNegation(m) || w.wordIn(m, Set.of("a", "good",
        "great", "very", "really", "so", "absolutely"))) {
      m++;
    }
    if (!w.wordIn(m, CueLexicon.ADVISABLE) && !w.lemmaIs(m, "idea")) {
      return null;
    }
    int n = m + 1;
    if (w.lemmaIs(n, "to") && w.isVerb(n + 1)) {
      return desiredVerb(w, n + 1, Subject.of(w, n, n));
    }
    if (w.wordIs(m, "worth") && w.tagIs(n, "VBG")) {
      return desiredVerb(w, n, Subject.of(w, n, n));
    }
    return null;
  }

  /**
   * "You/they/X should ...", "X must ...", "X needs to ...", "you might want to ...", "you
   * could add ...", "X could be better", "you'd better ...".
   */
  private static Suggestion modal(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      int p = modalComplement(w, i);
      if (p < 0) {
        continue;
      }
      Subject subject = subjectBefore(w, i);
      if (!requestContext(w, subject, i, starts) || pastPerfect(w, p)) {
        continue;
      }
      int verb = w.skipAdverbs(p);
      if (w.isNegation(verb)) {
        verb = w.skipAdverbs(verb + 1);
      }
      if (!acceptableModalSubject(w, subject, i, verb)) {
        continue;
      }
      String action;
      boolean wantTo = w.lemmaIn(i, MAY_MODALS) && p != w.skipAdverbs(i + 1);
      if (wantTo && !subject.isEmpty() && !subject.headIs(w, "you")) {
        continue; // "some users might want to ..." describes; "you might want to ..." advises
      }
      if (w.lemmaIn(i, MAY_MODALS) && !wantTo) {
        action = couldBe(w, subject, i, verb);
      } else {
        action = ActionNormaliser.predicate(w, subject, p, end(w, p), false, false);
      }
      Suggestion s = found(w, Cue.MODAL, action, verb);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * Where the requested predicate starts after a modal-like word at {@code i}, or -1: "should
   * [add]", "ought to [add]", "need(s) to [add]", "had better [add]", "might want to [add]",
   * "could [add]" (checked further by the caller).
   */
  private static int modalComplement(Words w, int i) {
    String lemma = w.lemma(i);
    if (w.isModal(i) && (lemma.equals("should") || lemma.equals("must"))) {
      return i + 1;
    }
    if (lemma.equals("ought") && w.lemmaIs(i + 1, "to")) {
      return i + 2;
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
    if (w.isModal(i) && MAY_MODALS.contains(lemma)) {
      int k = w.skipAdverbs(i + 1);
      if (w.lemmaIn(k, Set.of("want", "wish")) && w.lemmaIs(k + 1, "to")) {
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

  private static boolean acceptableModalSubject(Words w, Subject subject, int modal, int verb) {
    if (w.lemmaIn(subject.from(), NOBODY) || w.lemmaIs(subject.from(), "no")) {
      return false; // "nothing could be better", "no one should have to wait": verdicts
    }
    if (subject.is(Subject.Kind.FIRST)) {
      // "I should mention ...", "we need to leave": only "I should be able to ..." asks anything
      int q = w.skipAdverbs(verb + 1);
      boolean weShouldHave = w.lemmaIs(verb, "have") && !w.isPast(q) && !w.lemmaIs(q, "to")
          && !w.lemmaIs(modal, "need");
      return weShouldHave || w.lemmaIs(verb, "be") && (w.lemmaIs(q, "able")
          || w.wordIs(q, "allowed") || w.wordIs(q, "given") || w.wordIs(q, "told")
          || w.wordIs(q, "informed") || w.wordIs(q, "offered"));
    }
    if (subject.isPronoun(w) || subject.headIs(w, "it")) {
      // "this should help", "it must be hard": predictions, not requests
      boolean epistemicMust = w.lemmaIs(modal, "must") && w.lemmaIs(verb, "be");
      if (w.lemmaIn(verb, CueLexicon.EPISTEMIC_VERBS) || epistemicMust
          && !subject.headIs(w, "you") && !subject.headIs(w, "they")) {
        return false;
      }
    }
    if (w.lemmaIn(verb, Set.of("know", "see", "hear", "think", "believe", "understand",
        "expect", "realize", "realise"))) {
      return false; // "you should see the view": praise or a remark, not a change
    }
    return true;
  }

  /**
   * "could/can/might" only asks for something in three shapes: "you could add ..." (a verb of
   * changing), "X could be better/improved/cheaper", "X could use / do with a refresh".
   */
  private static String couldBe(Words w, Subject subject, int modal, int verb) {
    if (w.isNegation(w.skipAdverbs(modal + 1))) {
      return null;
    }
    boolean agent = subject.is(Subject.Kind.AGENT) && !subject.headIs(w, "one");
    if (agent && w.lemmaIn(verb, CueLexicon.CHANGE_VERBS) && w.isBaseVerb(verb)
        && !w.lemmaIs(modal, "can")) {
      return ActionNormaliser.verbPhrase(w, verb, end(w, verb));
    }
    if (subject.isEmpty() || subject.is(Subject.Kind.FIRST) || subject.is(Subject.Kind.THERE)
        || subject.isPronoun(w) && !subject.headIs(w, "it")) {
      return null;
    }
    if (w.lemmaIs(verb, "be")) {
      int q = w.skipAdverbs(verb + 1);
      if (w.tagIs(q, "VBN") && w.lemmaIs(q + 1, "by") && w.tagIs(q + 2, "VBG")) {
        return ActionNormaliser.verbPhrase(w, q + 2, end(w, q + 2)); // "... by adding X"
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
          .addSpan(w, q, end(w, q)).render();
    }
    boolean could = w.lemmaIs(modal, "could");
    if (could && (w.lemmaIs(verb, "use") || w.lemmaIs(verb, "do") && w.lemmaIs(verb + 1, "with"))) {
      int np = w.lemmaIs(verb, "use") ? verb + 1 : verb + 2;
      return lacking(w, subject, np);
    }
    return null;
  }

  /** "The room needs updating / a makeover / more staff". */
  private static Suggestion need(Words w, List<Integer> starts) {
    for (int i = 0; i < w.size(); i++) {
      boolean present = w.tagIs(i, "VBZ") || w.tagIs(i, "VBP")
          || w.isBaseVerb(i) && atStart(starts, i);
      if (!w.lemmaIs(i, "need") || !present || w.lemmaIs(i + 1, "to") || w.isModal(i - 1)
          || w.isNegation(i - 1)) {
        continue;
      }
      Subject subject = subjectBefore(w, i);
      if (subject.is(Subject.Kind.FIRST) && subject.headIs(w, "i")
          || subject.headIs(w, "you") || !requestContext(w, subject, i, starts)) {
        continue;
      }
      int k = w.skipAdverbs(i + 1);
      String action;
      if (w.tagIs(k, "VBG")) {
        action = new ActionNormaliser.Phrase().add(w.lemma(k)).add(subject.asObject(w))
            .addSpan(w, k + 1, end(w, k + 1)).render();
      } else {
        action = lacking(w, subject, k);
      }
      Suggestion s = found(w, Cue.NEED, action, k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** What something lacks: a repair ("a makeover" = "renovate X") or a thing ("add X to Y"). */
  private static String lacking(Words w, Subject subject, int np) {
    int n = np;
    while (w.in(n) && n < np + 5 && !w.isNoun(n) && !w.isSeparator(n) && !w.isVerb(n)) {
      n++;
    }
    String repair = CueLexicon.REPAIR_NOUNS.get(w.lemma(n));
    if (repair == null && w.tagIs(n, "VBG")) {
      repair = CueLexicon.REPAIR_NOUNS.get(w.word(n));
    }
    if (repair != null && w.isNoun(n)) {
      return ActionNormaliser.repair(repair, subject, w);
    }
    if (!w.isNoun(n) || w.lemmaIn(n, CueLexicon.PERSONAL_REQUEST_NOUNS)) {
      return null;
    }
    return ActionNormaliser.addition(w, np, end(w, np), subject);
  }

  /** "please" before a verb anywhere: "..., so please bring back free snacks". */
  private static Suggestion please(Words w) {
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
      if ((verbish(w, k, true) || w.tagIs(k, "VBP")) && !w.lemmaIn(k, CueLexicon.INFO_VERBS)
          && !w.lemmaIn(k + 1, Set.of("me", "my", "i"))
          || w.lemmaIs(k, "consider") && w.tagIs(k + 1, "VBG")) {
        Suggestion s = found(w, Cue.REQUEST,
            ActionNormaliser.verbPhrase(w, k, end(w, k), negated), k);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * A clause that starts with a base-form verb: "Bring back free snacks!", "If you go, ask for a
   * room at the back", "Don't stay here".
   */
  private static Suggestion imperative(Words w, List<Integer> starts) {
    for (int n = 0; n < starts.size(); n++) {
      int k = starts.get(n);
      if (n > 0 && !introducedByClause(w, starts, n, k)) {
        continue;
      }
      boolean negated = false;
      if (w.wordIs(k, "do") && w.isNegation(k + 1)) {
        negated = true;
        k = w.skipAdverbs(k + 2);
      } else if (w.lemmaIs(k, "never") || w.wordIs(k, "do") && w.tagIs(k + 1, "VB")) {
        negated = w.lemmaIs(k, "never");
        k++; // "Never again ...", emphatic "Do try the ..."
      }
      boolean title = n == 0 || w.word(k - 1).equals(":");
      if (!verbish(w, k, title) || notARequest(w, k, negated)) {
        continue;
      }
      Suggestion s = found(w, Cue.IMPERATIVE,
          ActionNormaliser.verbPhrase(w, k, end(w, k), negated), k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a verb after a comma can be an imperative: after an introductory clause ("If you
   * go, ask ...") yes; after a clause with a modal or infinitive ("I'd come back, stay ...")
   * the verb continues that clause.
   */
  private static boolean introducedByClause(Words w, List<Integer> starts, int n, int k) {
    boolean finiteBefore = false;
    for (int i = 0; i < k; i++) {
      finiteBefore |= w.isFinite(i);
    }
    if (!finiteBefore && !w.tagIs(k, "VB")) {
      return false; // "Footnote popovers, as used on blogs, display ...": the subject's verb
    }
    if (w.word(k - 1).equals(":") && w.lemmaIn(k - 2, ILLUSTRATION)) {
      return false; // "Example: remind me to ...", "Steps: open the app"
    }
    int prev = starts.get(n - 1);
    if (w.lemmaIn(prev, CueLexicon.ADVERBIAL_INTRO) || w.lemmaIs(k - 1, "but")
        || w.lemmaIs(k - 1, "so") || w.lemmaIs(k - 1, "then") || w.word(k - 1).equals(":")
        || w.word(k - 1).equals(";") || w.tagIs(k - 1, ".")) {
      return true;
    }
    for (int i = prev; i < k; i++) {
      if (w.isModal(i) || w.tagIs(i, "TO") || w.lemmaIs(i, "and") || w.lemmaIs(i, "or")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A base-form verb, or, at the start of a title-like sentence, a request verb the tagger took
   * for a noun ("Update the app", "Support dark mode").
   */
  private static boolean verbish(Words w, int k, boolean titleStart) {
    if (w.lemmaIs(k, "be") && !w.wordIs(k, "be")) {
      return false; // "am/are" at the start is a dropped "I", not an imperative
    }
    if (w.tagIs(k, "VB") || w.tagIs(k, "VBP") && !w.tagStarts(k + 1, "PRP")
        || w.tagIs(k, "VBP") && w.lemmaIs(k, "let")) {
      return true;
    }
    String next = w.tag(k + 1);
    boolean objectFollows = next.startsWith("NN") || next.startsWith("JJ") || next.startsWith("PRP")
        || next.equals("DT") || next.equals("RP") || next.equals("PDT") || next.equals("RBR");
    return titleStart && (w.isNoun(k) || w.isAdjective(k) || w.tagIs(k, "RB"))
        && w.wordIn(k, CueLexicon.IMPERATIVE_FALLBACK) && objectFollows;
  }

  /** Imperative-shaped praise, thanks and greetings, and verbs used as nouns. */
  private static boolean notARequest(Words w, int k, boolean negated) {
    String lemma = w.lemma(k);
    if (w.lemmaIn(k, CueLexicon.NON_REQUEST_VERBS)
        && !(lemma.equals("feel") && w.lemmaIs(k + 1, "free"))
        && !(lemma.equals("please") && negated)) {
      return true;
    }
    if (lemma.equals("keep") && (w.lemmaIs(k + 1, "up") || w.lemmaIs(k + 2, "up")
        || w.tagIs(k + 1, "VBG") && w.lemmaIn(k + 1, Set.of("go", "do", "be")))) {
      return true; // "Keep up the good work", "keep it up", "keep doing what you do"
    }
    if (lemma.equals("have") && w.tagIs(k + 1, "DT") && w.lemmaIn(k + 2, Set.of("nice", "good",
        "great", "safe", "lovely", "wonderful", "happy", "fun", "pleasant", "blessed"))) {
      return true;
    }
    if (lemma.equals("let") && (w.wordIs(k + 1, "'s") || w.wordIn(k + 1, Set.of("me", "us"))
        && w.lemmaIn(k + 2, LET_ME_NOT_A_REQUEST) && !w.lemmaIs(k + 3, "able"))) {
      return true; // "let me know", "let's say", "let me explain"
    }
    int clauseEnd = ActionNormaliser.clauseEnd(w, k);
    int example = Math.max(w.find("example", k), w.find("instance", k));
    if (lemma.equals("take") && example > 0 && example <= clauseEnd
        || lemma.equals("consider") && (w.lemmaIs(k + 1, "following")
        || w.lemmaIs(k + 2, "following"))) {
      return true; // "Take Spotify for example", "Consider the following": illustrations
    }
    if (w.lemmaIn(k, CueLexicon.INFO_VERBS) && !lemma.equals("let")
        && w.wordIn(k + 1, Set.of("me", "us", "my", "our"))
        || lemma.equals("do") && w.tagStarts(k + 1, "PRP")
        || lemma.equals("use") && w.lemmaIs(k + 1, "case")) {
      return true; // "tell me if ...", "so do I", "Use case: ..."
    }
    if (lemma.equals("come") && w.lemmaIs(k + 1, "on")
        || lemma.equals("get") && w.lemmaIs(k + 1, "me") && w.lemmaIs(k + 2, "wrong")
        || lemma.equals("go") && w.lemmaIs(k + 1, "figure")) {
      return true;
    }
    // "Check in was quick": the verb is a noun subject when a finite verb follows directly
    // (but "make apps request ..." has an object and its own verb).
    boolean causative = w.lemmaIn(k, Set.of("make", "let", "have", "help", "get"));
    for (int j = k + 1; j <= k + 3 && w.in(j) && !causative; j++) {
      if (w.isFinite(j)) {
        return true;
      }
      String t = w.tag(j);
      if (!(t.equals("RP") || t.equals("IN") || t.equals("CC") || t.startsWith("NN")
          || t.equals("VB") || t.equals("HYPH"))) {
        break;
      }
    }
    return false;
  }
}
