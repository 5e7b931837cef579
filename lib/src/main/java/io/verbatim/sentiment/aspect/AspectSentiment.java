package io.verbatim.sentiment.aspect;

import io.verbatim.events.ServiceFailure;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import io.verbatim.sentiment.aspect.ClauseScope.Clause;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The polarity of the part of a sentence that names an aspect. Reads the aspect's clause
 * ({@link ClauseScope}), sums the opinions in it ({@link OpinionWords}), nearer ones counting
 * more, flips those under a negation, and calls the aspect neutral when no opinion is near it:
 * "I ordered the pasta" says nothing about the pasta, however glowing the rest of the review.
 * When the clause holds no opinion, neighbours may speak for it: the clause after a verbless
 * fragment ("Ambiance - relaxed") or one that refers back to it ("Order the duck, it's great"),
 * the clause around a bracketed aside, and last, at half weight, the rest of the sentence up to
 * a contrast word. Opinions under "if" are conditions, not verdicts. Stateless and thread-safe.
 */
public final class AspectSentiment implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nothing",
      "nobody", "none", "nor", "neither", "without", "cannot", "hardly", "barely", "nt");
  /** Words that open a clause about something just named: "..., it's fantastic". */
  private static final Set<String> REFERRING = Set.of("it", "they", "this", "that", "these",
      "those", "which", "he", "she", "both", "all", "each");
  /** Recommending verbs in the imperative: "Try the cheesecake", "you must order the duck". */
  private static final Set<String> RECOMMEND = Set.of("try", "order", "get", "have", "sample");
  private static final Set<String> DISSUADE = Set.of("skip", "avoid");
  private static final Set<String> IMPERATIVE_LEAD = Set.of("must", "should", "definitely",
      "also", "just", "please", "so", "then", "really", "absolutely", "do", "n't", "not",
      "never");
  /** Verbs whose object is wanted, not judged. */
  private static final Set<String> WISHES = Set.of("want", "need", "expect", "hope", "seek");
  /** How far back (in tokens) a negation reaches: "not very good", "didn't really like". */
  private static final int NEGATION_REACH = 3;
  /** Per token of distance, how much an opinion's weight falls. */
  private static final double DECAY = 0.15;
  /** A negated verb with no opinion word ("does not work") leans negative, but weakly. */
  private static final double BARE_NEGATION = -0.5;
  /** How much the rest of the aspect's side of the sentence counts when its clause is silent. */
  private static final double SIDE_WEIGHT = 0.5;
  /** Below this summed weight the clause holds no opinion on the aspect. */
  private static final double NEUTRAL_BAND = 0.1;

  /**
   * The polarity of the aspect at tokens {@code from..to} (end exclusive) of a sentence.
   *
   * @throws IllegalArgumentException when the span is empty or outside the sentence
   */
  public AspectPolarity polarity(List<Token> tokens, int from, int to) {
    if (from < 0 || to > tokens.size() || from >= to) {
      throw new IllegalArgumentException("aspect span " + from + ".." + to + " outside a sentence"
          + " of " + tokens.size() + " tokens");
    }
    Clause clause = ClauseScope.of(tokens, from, to);
    Evidence e = evidence(tokens, clause, from, to);
    if (e.none()) {
      Clause next = ClauseScope.next(tokens, clause);
      boolean fragment = !ClauseScope.hasFiniteVerb(tokens, clause);
      if (next != null && (fragment || refersBack(tokens, next))) {
        e = e.plus(evidence(tokens, next, from, to));
      }
    }
    if (e.none()) {
      Clause outer = ClauseScope.enclosing(tokens, clause);
      if (outer != null) {
        e = evidence(tokens, outer, from, to);
      }
    }
    if (hypothetical(tokens, clause)) {
      e = new Evidence(0, 0);
    } else if (e.none()) {
      // Silent clause: the mood of its side of the sentence, at half weight ("We ordered the stew and
      // it came out superb", but not across a "but").
      Evidence side = evidence(tokens, ClauseScope.side(tokens, clause), from, to);
      e = new Evidence(side.sum() * SIDE_WEIGHT, side.opinions());
    }
    double sum = e.sum();
    SentimentLabel label = sum > NEUTRAL_BAND ? SentimentLabel.POSITIVE
        : sum < -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    return new AspectPolarity(label, Math.tanh(sum), clause.start(), clause.end());
  }

  /**
   * What a whole sentence says, with no aspect in view: the opinions of each of its clauses
   * (and bracketed asides) summed at equal weight, with the same word list, negation, "too" and
   * negated-verb rules as an aspect's clause; clauses under "if" or "unless" are skipped. A
   * sentence without any opinion is neutral: "I flew to Boston on Tuesday" is a fact, however a
   * model trained on one domain's reviews happens to lean on its words.
   */
  public SentenceOpinion sentence(List<Token> tokens) {
    double sum = 0;
    int opinions = 0;
    int i = 0;
    while (i < tokens.size()) {
      if (ClauseScope.boundary(tokens, i)) {
        i++;
        continue;
      }
      Clause clause = ClauseScope.of(tokens, i, i + 1);
      List<Clause> parts = new java.util.ArrayList<>(List.of(clause));
      for (int[] aside : clause.asides()) {
        if (aside[0] + 1 < aside[1] - 1) {
          parts.add(ClauseScope.of(tokens, aside[0] + 1, aside[0] + 2));
        }
      }
      for (Clause c : parts) {
        if (!hypothetical(tokens, c)) {
          Evidence e = evidence(tokens, c, -1, -1);
          sum += e.sum();
          opinions += e.opinions();
        }
      }
      i = Math.max(clause.end(), i + 1);
    }
    return new SentenceOpinion(sum, opinions);
  }

  /** Opinions in a clause, summed by distance to the aspect. */
  private record Evidence(double sum, int opinions) {

    boolean none() {
      return opinions == 0;
    }

    Evidence plus(Evidence o) {
      return new Evidence(sum + o.sum, opinions + o.opinions);
    }
  }

  private static Evidence evidence(List<Token> tokens, Clause clause, int from, int to) {
    double sum = 0;
    int opinions = 0;
    int unusedNegation = -1;
    // A service failure told as a fact ("bags lost again", "never arrived") is a complaint
    // about what it names, whether or not an opinion word says so.
    List<ServiceFailure.Event> failures = ServiceFailure.in(tokens);
    for (int i = clause.start(); i < clause.end(); i++) {
      if (!clause.contains(i) || i >= from && i < to) {
        continue;
      }
      String w = ClauseScope.lower(tokens.get(i));
      int length = 1;
      int p;
      OpinionWords.Match m = OpinionWords.at(tokens, i);
      ServiceFailure.Event failure = failureAt(failures, i);
      if (m == null && failure != null) {
        p = -1;
        length = failure.end() - i;
      } else if (m != null && wished(tokens, clause, i)) {
        p = 0;
      } else if (m != null) {
        p = negated(tokens, clause, i) ? -m.polarity() : m.polarity();
        length = m.length();
      } else {
        p = imperative(tokens, clause, i);
      }
      if (i > clause.start() && ClauseScope.lower(tokens.get(i - 1)).equals("too")
          && (tokens.get(i).isAdjective() || tokens.get(i).pos().startsWith("RB"))) {
        // "too salty", "too expensive", even "too sweet": too much of anything is a complaint.
        p = -1;
      }
      if (p != 0) {
        sum += p * weight(i, from, to);
        opinions++;
        unusedNegation = -1;
      } else if (NEGATIONS.contains(w)) {
        unusedNegation = i;
      }
      i += length - 1;
    }
    if (opinions == 0 && unusedNegation >= 0 && negatesVerb(tokens, clause, unusedNegation)) {
      return new Evidence(BARE_NEGATION * weight(unusedNegation, from, to), 1);
    }
    return new Evidence(sum, opinions);
  }

  private static ServiceFailure.Event failureAt(List<ServiceFailure.Event> failures, int i) {
    for (ServiceFailure.Event e : failures) {
      if (e.start() == i) {
        return e;
      }
    }
    return null;
  }

  /** How much an opinion at {@code i} counts; 1 when no aspect is in view ({@code from < 0}). */
  private static double weight(int i, int from, int to) {
    if (from < 0) {
      return 1;
    }
    int distance = i < from ? from - i : i - to + 1;
    return 1 / (1 + DECAY * (distance - 1));
  }

  private static boolean negated(List<Token> tokens, Clause clause, int i) {
    Token t = tokens.get(i);
    if ((t.pos().equals("JJR") || t.pos().equals("RBR")) && i > 0
        && tokens.get(i - 1).lemma().equals("be")) {
      // "couldn't be happier", "can't be worse": a negated comparative is a superlative.
      return false;
    }
    for (int k = i - 1; k >= Math.max(clause.start(), i - NEGATION_REACH); k--) {
      if (clause.contains(k) && NEGATIONS.contains(ClauseScope.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** "people who want great food", "looking for a good place": a wish, not a verdict. */
  private static boolean wished(List<Token> tokens, Clause clause, int i) {
    for (int k = i - 1; k >= Math.max(clause.start(), i - NEGATION_REACH); k--) {
      String lemma = tokens.get(k).lemma();
      if (WISHES.contains(lemma)
          || lemma.equals("for") && k > 0 && tokens.get(k - 1).lemma().equals("look")) {
        return true;
      }
    }
    return false;
  }

  /** "does not work", "didn't have my name": a negation that governs a verb. */
  private static boolean negatesVerb(List<Token> tokens, Clause clause, int negation) {
    for (int k = negation + 1; k < Math.min(clause.end(), negation + 1 + NEGATION_REACH); k++) {
      if (clause.contains(k) && tokens.get(k).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** +1 for a recommending imperative, -1 for a dissuading one, else 0. */
  private static int imperative(List<Token> tokens, Clause clause, int i) {
    Token t = tokens.get(i);
    if (!t.pos().equals("VB")) {
      return 0;
    }
    int polarity = RECOMMEND.contains(t.lemma()) ? 1 : DISSUADE.contains(t.lemma()) ? -1 : 0;
    if (polarity == 0) {
      return 0;
    }
    int k = i - 1;
    while (k >= clause.start() && IMPERATIVE_LEAD.contains(ClauseScope.lower(tokens.get(k)))) {
      k--;
    }
    // "Try the ...", "Definitely order the ...", "You must have the ...".
    boolean atStart = k < clause.start()
        || k < i - 1 && ClauseScope.lower(tokens.get(k)).equals("you");
    return atStart ? (negated(tokens, clause, i) ? -polarity : polarity) : 0;
  }

  /** "if you like thin crust": an opinion under "if" is a condition, not a verdict. */
  private static boolean hypothetical(List<Token> tokens, Clause clause) {
    int before = clause.start() - 1;
    if (before < 0) {
      return false;
    }
    String w = ClauseScope.lower(tokens.get(before));
    return w.equals("if") || w.equals("unless");
  }

  private static boolean refersBack(List<Token> tokens, Clause next) {
    for (int i = next.start(); i < Math.min(next.end(), next.start() + 3); i++) {
      String w = ClauseScope.lower(tokens.get(i));
      if (REFERRING.contains(w)) {
        return true;
      }
      if (!w.equals("and") && !w.equals(",") && !w.equals("so") && !w.equals("but")) {
        return false;
      }
    }
    return false;
  }
}
