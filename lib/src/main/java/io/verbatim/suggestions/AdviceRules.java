package io.verbatim.suggestions;

import java.util.Set;

/**
 * What reviewers tell each other rather than the business: endorsements ("I'd recommend this
 * hotel", "not recommended"), tips addressed to the reader ("if you want quiet, the inn is a good
 * pick for you", "you can walk to the beach", "it is worth a visit") and what is close by ("there is
 * a cheap cafe next door"). None of it asks for a change, so none of it becomes an idea; SemEval
 * counts it as suggestions all the same.
 */
final class AdviceRules {

  /**
   * Words that open a condition about the reader: "if you ...", "whatever you do, ...". Not
   * "when you": "when you click
   * it, it crashes" describes how something behaves.
   */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whatever");
  private static final Set<String> READER = Set.of("you", "your", "ya");
  /** Modals that, after "you", tell the reader what is possible or advisable. */
  private static final Set<String> READER_MODALS = Set.of("can", "could", "will", "may", "might",
      "should", "would", "shall");
  /**
   * What a visitor does: "you can walk / take the tram / grab a coffee". Verbs of using software
   * are left out because forum answers describing a product ("you can use X") are not advice.
   */
  static final Set<String> VISITOR_VERBS = CueLexicon.list("visitor-verbs");
  /** What the reader will feel about the place: "you will love it". */
  private static final Set<String> LIKING = Set.of("love", "like", "enjoy", "appreciate",
      "regret", "miss");
  /** What the writer would do in the reader's place: "I would book early", "I'd avoid". */
  private static final Set<String> IN_YOUR_PLACE = CueLexicon.list("in-your-place");
  private static final Set<String> ELSEWHERE = Set.of("elsewhere", "somewhere", "to", "with");
  /** Nouns that make a sentence a verdict on the place: "the inn is a fine pick for you". */
  private static final Set<String> PLACES = CueLexicon.list("places");
  /** Words after "be" that judge the place for the reader: "handy if you need ...". */
  private static final Set<String> VERDICTS = CueLexicon.list("verdicts");
  /** Adjectives that point the reader to something: "there is a lovely bakery". */
  private static final Set<String> PRAISE = CueLexicon.list("praise");
  /** Adjectives that suit the place to someone: "ideal for families". */
  private static final Set<String> SUITS = CueLexicon.list("suits");
  /** Kinds of visitor a place suits. */
  private static final Set<String> AUDIENCES = CueLexicon.list("audiences");
  /** One-word places near by: "there is a bakery opposite". */
  private static final Set<String> NEAR = Set.of("nearby", "opposite", "close-by", "next-door",
      "adjacent", "downstairs", "footsteps");
  /** Nouns of distance: "two blocks away", "a short walk", "walking distance". */
  private static final Set<String> DISTANCES = Set.of("block", "walk", "distance", "minute",
      "min", "mins", "stroll", "throw", "ride", "step", "door", "corner", "street", "road",
      "meter", "metre", "yard");
  private static final Set<String> ENDORSING_VERBS = Set.of("recommend");
  /** Negated auxiliaries written without an apostrophe, which the tagger keeps whole. */
  private static final Set<String> INFORMAL_NEGATIONS = Set.of("wouldnt", "dont", "cant",
      "couldnt", "wont", "didnt", "doesnt", "cannot");

  private final Clauses c;
  private final Words w;

  AdviceRules(Clauses c) {
    this.c = c;
    this.w = c.w;
  }

  /** Index of the first "if/when you" condition, or -1. */
  int readerCondition() {
    for (int i = 0; i < w.size(); i++) {
      if (w.lemmaIn(i, CONDITIONS) && w.wordIn(w.skipAdverbs(i + 1), READER)) {
        return i;
      }
    }
    return -1;
  }

  /** "I (would) recommend (the place)", "I would not recommend", "not recommended". */
  Suggestion endorsement() {
    for (int i = 0; i < w.size(); i++) {
      if (!w.lemmaIn(i, ENDORSING_VERBS)) {
        continue;
      }
      if (w.tagIs(i, "VBN") || w.tagIs(i, "JJ") || w.tagIs(i, "VBD") && !byWriter(i)) {
        if (passive(i)) {
          return new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.ENDORSE);
        }
      } else if ((w.isBaseVerb(i) || w.tagIs(i, "VBD") || w.tagIs(i, "NN")) && byWriter(i)) {
        return new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.ENDORSE);
      }
    }
    return null;
  }

  /**
   * Whether the writer recommends: "I (would) recommend", "we highly recommend", "would not
   * hesitate to recommend", a bare "Highly recommend", but not "they recommend" or "the guide
   * recommended".
   */
  private boolean byWriter(int verb) {
    int s = verb - 1;
    while (w.tagStarts(s, "RB") || w.isModal(s) || w.lemmaIs(s, "do") || w.isNegation(s)
        || INFORMAL_NEGATIONS.contains(w.word(s)) || w.lemmaIs(s, "be") || w.lemmaIs(s, "feel")
        || w.lemmaIs(s, "to") && (w.isVerb(s - 1) || w.isAdjective(s - 1))) {
      // "would not hesitate to recommend", "am happy to recommend", "feel compelled to"
      s -= w.lemmaIs(s, "to") ? 2 : 1;
    }
    if (w.tagIs(verb, "VBD") && !(w.wordIs(s, "i") || w.wordIs(s, "we"))) {
      return false;
    }
    return s < 0 || w.wordIs(s, "i") || w.wordIs(s, "we") || w.isSeparator(s)
        || w.lemmaIn(s, CueLexicon.CLAUSE_PREFIX) || w.tagIs(s, "CC");
  }

  /** "is (highly) recommended", "comes recommended", "(Highly) recommended!". */
  private boolean passive(int verb) {
    int b = verb - 1;
    while (w.tagStarts(b, "RB") || w.isNegation(b)) {
      b--;
    }
    if (w.lemmaIs(b, "be") || w.lemmaIs(b, "come")) {
      return !(w.lemmaIs(b - 1, "to") && w.lemmaIs(b - 2, "use")); // "used to be recommended"
    }
    return (b < 0 || w.isSeparator(b) || w.tagIs(b, "CC")) && !w.isNoun(verb + 1);
  }

  /** Tips that address the reader: conditions on the reader, "you can ...", "worth a visit". */
  Suggestion readerTip() {
    int condition = readerCondition();
    if (condition >= 0) {
      Suggestion s = forReader(condition);
      if (s != null) {
        return s;
      }
    }
    for (int i = 0; i < w.size(); i++) {
      Suggestion s = youCan(i, false);
      if (s == null) {
        s = worth(i);
      }
      if (s == null) {
        s = inYourPlace(i);
      }
      if (s == null) {
        s = mustOrBetter(i);
      }
      if (s == null) {
        s = goodFor(i);
      }
      if (s == null && w.wordIn(i, READER) && betterOff(i + 1)) {
        int v = w.skipAdverbs(w.find("off", i) + 1);
        s = new Suggestion(Suggestion.Kind.ADVICE, w.tagIs(v, "VBG")
            ? ActionNormaliser.verbPhrase(w, v, c.end(v)) : null, Cue.READER);
      }
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * Given "if you ..." at {@code condition}, the rest of the sentence tells the reader what to
   * expect or do: "(then) you can/will ...", "the inn is a fine pick for you", "there is ...",
   * "(it is) handy if you need ...".
   */
  private Suggestion forReader(int condition) {
    int own = w.skipAdverbs(condition + 1); // the "you" of the condition itself
    Suggestion unpunctuated = imperativeAfter(own);
    if (unpunctuated != null) {
      return unpunctuated;
    }
    for (int i = 0; i < w.size(); i++) {
      if (i == own) {
        continue;
      }
      Suggestion s = youCan(i, true);
      if (s != null) {
        return s;
      }
      if (w.lemmaIs(i, "be") && !w.isPast(i)) {
        int k = w.skipAdverbs(i + 1);
        if (w.isNegation(k)) {
          k = w.skipAdverbs(k + 1);
        }
        int m = k;
        while (w.tagIs(m, "DT") || w.tagIs(m, "PRP$") || w.isAdjective(m) || w.tagIs(m, "RB")) {
          m++;
        }
        boolean inCondition = i > condition && i <= own + 2;
        if (!inCondition && !w.lemmaIs(k, "no") && (w.lemmaIn(m, PLACES) && m > k
            || w.lemmaIn(k, VERDICTS))) {
          return new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.READER);
        }
      }
      boolean some = !w.isNegation(i + 2) && !w.lemmaIs(i + 2, "no");
      if (w.tagIs(i, "EX") && w.lemmaIs(i + 1, "be") && !w.isPast(i + 1) && some) {
        return new Suggestion(Suggestion.Kind.ADVICE,
            ActionNormaliser.existential(w, i + 2, c.end(i + 2), false), Cue.READER);
      }
    }
    return null;
  }

  /**
   * "If you have time go on the boat trip": the imperative after a condition with no comma to
   * mark where the condition ends. The first plain base-form verb that no subject, modal or "to"
   * governs starts it.
   */
  private Suggestion imperativeAfter(int you) {
    int condition = w.skipAdverbs(you + 1);
    if (!w.tagIs(condition, "VBP") && !w.tagIs(condition, "VBZ")) {
      return null; // "if you were to ...", "if you selected ...": hypotheses about the past
    }
    for (int j = you + 2; j < w.size(); j++) {
      if (w.lemmaIn(j, CONDITIONS) || w.tagIs(j, "CC") && w.isVerb(j + 1)) {
        return null; // a second condition or a coordinated verb of the first
      }
      int before = w.skipAdverbsBack(j - 1);
      boolean negated = w.isNegation(before) && w.lemmaIs(before - 1, "do");
      if (negated) {
        before = w.skipAdverbsBack(before - 2);
      }
      boolean governed = w.isNegation(before) || w.tagIs(before, "TO") || w.isModal(before)
          || w.tagStarts(before, "PRP")
          || w.tagIs(before, "WDT") || w.tagIs(before, "WP") || w.tagIs(before, "CC")
          || w.tagIs(before, "EX") || w.isVerb(j - 1) && !negated;
      if (w.tagIs(j, "VB") && !governed && !ImperativeRule.nonRequestVerb(w, j)) {
        String action = ActionNormaliser.verbPhrase(w, j, c.end(j), negated);
        return action == null ? null : new Suggestion(Suggestion.Kind.ADVICE, action, Cue.READER);
      }
    }
    return null;
  }

  /**
   * "You can easily walk to ...", "you'll be able to get ...": what a visitor can do. After a
   * reader condition ({@code anyVerb}) liking counts too: "if you like art, you will love it".
   */
  private Suggestion youCan(int i, boolean anyVerb) {
    if (!w.wordIn(i, READER) || !w.isModal(i + 1) || !w.lemmaIn(i + 1, READER_MODALS)) {
      return null;
    }
    int v = w.skipAdverbs(i + 2);
    boolean negated = w.isNegation(v);
    if (negated) {
      v = w.skipAdverbs(v + 1);
    }
    if (w.lemmaIs(v, "be") && w.lemmaIs(v + 1, "able") && w.lemmaIs(v + 2, "to")) {
      v = w.skipAdverbs(v + 3);
    }
    if (!w.isBaseVerb(v) || Clauses.pastPerfect(w, i + 2)) {
      return null;
    }
    // "you can't go wrong" recommends; other negations mostly complain ("you can't open ...")
    boolean cantGoWrong = negated && w.lemmaIs(v, "go") && w.lemmaIs(v + 1, "wrong");
    if (cantGoWrong) {
      return new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.READER);
    }
    boolean liking = anyVerb && w.lemmaIn(v, LIKING);
    // "you will get an error" predicts; "you will love it" and "you can walk" advise
    boolean possible = w.lemmaIn(i + 1, Set.of("can", "could", "may"));
    // "you can always ask for ...": an alternative offered to the reader, whatever the verb
    boolean always = possible && w.lemmaIs(w.skipAdverbs(i + 2) - 1, "always");
    if (negated || !liking && !always && !(w.lemmaIn(v, VISITOR_VERBS) && possible)) {
      return null;
    }
    if (!anyVerb && precededBy(i, CONDITIONS)) {
      return null; // "if you can ..." is itself a condition
    }
    return new Suggestion(Suggestion.Kind.ADVICE,
        ActionNormaliser.verbPhrase(w, v, c.end(v), negated), Cue.READER);
  }

  private boolean precededBy(int i, Set<String> lemmas) {
    return w.lemmaIn(i - 1, lemmas) || w.tagStarts(i - 1, "RB") && w.lemmaIn(i - 2, lemmas);
  }

  /**
   * "The night market is a must", "there are better options nearby": a tip or a warning, in the
   * present tense.
   */
  private Suggestion mustOrBetter(int i) {
    if (!w.lemmaIs(i, "be") || w.isPast(i)) {
      return null;
    }
    int k = w.skipAdverbs(i + 1);
    if (w.tagIs(k, "DT") && w.wordIs(k + 1, "must") && !w.isVerb(k + 2)) {
      return new Suggestion(Suggestion.Kind.ADVICE, null, Cue.READER);
    }
    boolean better = w.wordIn(k, Set.of("better", "cheaper", "nicer", "quieter"))
        || w.wordIs(k, "other") && w.tagIs(k + 1, "JJR");
    int noun = w.wordIs(k, "other") ? k + 2 : k + 1;
    if (w.tagIs(i - 1, "EX") && better && w.lemmaIn(noun, PLACES)) {
      return new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.READER);
    }
    // "There is a lovely bakery ...": pointing the reader to something good
    int a = w.tagIs(k, "DT") ? w.skipAdverbs(k + 1) : -1;
    if (w.tagIs(i - 1, "EX") && w.lemmaIn(a, PRAISE) && w.isNoun(a + 1)) {
      return new Suggestion(Suggestion.Kind.ADVICE, null, Cue.NEARBY);
    }
    return null;
  }

  /**
   * "Ideal for families", "great for exploring the old town": the place recommended to a kind of
   * visitor or for an activity.
   */
  private Suggestion goodFor(int i) {
    if (!w.lemmaIn(i, SUITS) || !w.lemmaIs(i + 1, "for") || w.isPast(w.skipAdverbsBack(i - 1))) {
      return null;
    }
    int k = i + 2;
    while (w.isAdjective(k) || w.tagIs(k, "DT") && !w.lemmaIs(k, "no")) {
      k++;
    }
    boolean audience = w.lemmaIn(k, AUDIENCES) && w.tagStarts(k, "NN")
        || w.tagIs(i + 2, "VBG") && w.lemmaIn(i + 2, VISITOR_VERBS);
    return audience ? new Suggestion(Suggestion.Kind.ENDORSEMENT, null, Cue.READER) : null;
  }

  /** "('d / would / will) be better off": what the reader had better do. */
  private boolean betterOff(int i) {
    int k = w.isModal(i) ? w.skipAdverbs(i + 1) : i;
    return w.lemmaIs(k, "be") && w.wordIs(w.skipAdverbs(k + 1), "better")
        && w.wordIs(w.skipAdverbs(k + 1) + 1, "off");
  }

  /** "X is (well) worth a visit / the money / VBing": a tip, even about a place. */
  private Suggestion worth(int i) {
    if (!w.wordIs(i, "worth") || w.isPast(w.skipAdverbs(i - 1))) {
      return null;
    }
    int b = i - 1;
    while (w.tagStarts(b, "RB") || w.isNegation(b)) {
      b--;
    }
    if (!w.lemmaIs(b, "be") || w.tagIs(b, "VBD")) {
      return null;
    }
    int k = i + 1;
    if (w.tagIs(k, "VBG")) {
      return new Suggestion(Suggestion.Kind.ADVICE,
          ActionNormaliser.verbPhrase(w, k, c.end(k)), Cue.READER);
    }
    boolean object = w.tagIs(k, "DT") || w.tagIs(k, "PRP") || w.isNoun(k) || w.tagIs(k, "CD");
    return object ? new Suggestion(Suggestion.Kind.ADVICE, null, Cue.READER) : null;
  }

  /** "I would book early", "I'd avoid the rooms at the front": the writer in the reader's place. */
  private Suggestion inYourPlace(int i) {
    boolean would = w.lemmaIs(i + 1, "would") || w.wordIs(i + 1, "'d");
    if (!(w.wordIs(i, "i") || w.wordIs(i, "we")) || !would
        || w.tagIs(i - 1, "IN") || c.subjectBefore(i + 1).from() != i) {
      return null;
    }
    int v = w.skipAdverbs(i + 2);
    boolean negated = w.isNegation(v);
    if (negated) {
      v = w.skipAdverbs(v + 1);
    }
    boolean goElsewhere = (w.lemmaIs(v, "go") || w.lemmaIs(v, "stay"))
        && w.lemmaIn(v + 1, ELSEWHERE) && !w.lemmaIs(v + 2, "bed");
    if (!w.isBaseVerb(v) || !w.lemmaIn(v, IN_YOUR_PLACE) && !goElsewhere) {
      return null;
    }
    return new Suggestion(Suggestion.Kind.ADVICE,
        ActionNormaliser.verbPhrase(w, v, c.end(v), negated), Cue.READER);
  }

  /**
   * "There is a bakery next door", "the metro is two blocks away", "plenty of cafes within
   * walking distance": what is close by, in the present tense.
   */
  Suggestion nearby() {
    int near = -1;
    for (int i = 0; i < w.size() && near < 0; i++) {
      if (w.wordIn(i, NEAR) && !w.isNoun(i + 1) || w.wordIs(i, "near") && w.wordIs(i + 1, "by")
          || w.wordIs(i, "close") && w.wordIs(i + 1, "by")
          || w.lemmaIn(i, DISTANCES) && distance(i)) {
        near = i;
      }
    }
    if (near < 0) {
      return null;
    }
    for (int i = 0; i < near; i++) {
      boolean present = w.tagIs(i, "VBZ") || w.tagIs(i, "VBP");
      if (w.lemmaIs(i, "be") && present) {
        Subject subject = c.subjectBefore(i);
        boolean there = w.tagIs(i - 1, "EX") || subject.is(Subject.Kind.THERE);
        if (there || !subject.is(Subject.Kind.FIRST) && !subject.isEmpty()) {
          return new Suggestion(Suggestion.Kind.ADVICE, null, Cue.NEARBY);
        }
      }
    }
    return null;
  }

  /** Whether a distance noun is used as one: "two blocks away", "a short walk", "next door". */
  private boolean distance(int i) {
    String lemma = w.lemma(i);
    if (lemma.equals("door")) {
      return w.lemmaIs(i - 1, "next") || w.lemmaIs(i - 2, "few");
    }
    if (lemma.equals("corner")) {
      return w.lemmaIs(i - 2, "around") || w.lemmaIs(i - 2, "round");
    }
    if (lemma.equals("street") || lemma.equals("road")) {
      return w.lemmaIn(i - 2, Set.of("across", "down", "up", "over")) && !w.isNoun(i + 1);
    }
    if (lemma.equals("distance")) {
      return w.lemmaIs(i - 1, "walking") || w.lemmaIs(i - 1, "walk");
    }
    if (lemma.equals("throw")) {
      return w.wordIs(i - 1, "'s") || w.wordIs(i - 1, "stone");
    }
    if (lemma.equals("walk") || lemma.equals("stroll") || lemma.equals("ride")) {
      return w.tagStarts(i, "NN") && (w.lemmaIs(i + 1, "away") || w.lemmaIs(i + 1, "from")
          || w.lemmaIs(i + 1, "to") || w.isAdjective(i - 1) || w.tagIs(i - 1, "CD")
          || w.lemmaIn(i - 1, Set.of("minute", "min", "minutes")));
    }
    return w.lemmaIs(i + 1, "away") || w.lemmaIs(i + 1, "walk");
  }
}
