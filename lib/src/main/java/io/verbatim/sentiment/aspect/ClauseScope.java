package io.verbatim.sentiment.aspect;

import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause of a sentence that holds an aspect: what is said about "the service" in "The food
 * was great but the service was slow" stops at "but". Clauses end at contrast words, at "if", at
 * semicolons, colons and dashes, and at a comma or "and" that opens a new clause (a subject and
 * its own verb follow one that had a verb) but not at one that continues a list ("the food, wine
 * and service were great") or joins two subjects ("the chef and the porter were rude").
 * A bracketed aside is stepped over ("The wine list (by the glass) is great"); an aspect inside
 * brackets has the brackets as its clause.
 */
final class ClauseScope {

  /** Words that set what follows against what came before, or make it hypothetical. */
  private static final Set<String> CONTRAST = Set.of("but", "although", "though", "however",
      "whereas", "while", "except", "unless", "despite", "nevertheless", "nonetheless", "if");
  private static final Set<String> HARD_PUNCTUATION = Set.of(";", ":", "--", "-", "...", "!",
      "?", ".");
  private static final Set<String> OPEN = Set.of("(", "-LRB-", "[", "-LSB-");
  private static final Set<String> CLOSE = Set.of(")", "-RRB-", "]", "-RSB-");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private ClauseScope() {
  }

  /**
   * A clause: tokens {@code start..end} (end exclusive) less its bracketed asides.
   *
   * @param asides {from, to} ranges (to exclusive) inside the clause that belong to an aside
   */
  record Clause(int start, int end, List<int[]> asides) {

    boolean contains(int i) {
      if (i < start || i >= end) {
        return false;
      }
      for (int[] a : asides) {
        if (i >= a[0] && i < a[1]) {
          return false;
        }
      }
      return true;
    }
  }

  /** The clause around tokens {@code from..to} (end exclusive). */
  static Clause of(List<Token> tokens, int from, int to) {
    List<int[]> asides = new ArrayList<>();
    int start = from - 1;
    while (start >= 0) {
      if (isClose(tokens.get(start))) {
        int open = matching(tokens, start, -1);
        if (open < 0) {
          break;
        }
        asides.add(new int[] {open, start + 1});
        start = open - 1;
      } else if (boundary(tokens, start)) {
        break;
      } else {
        start--;
      }
    }
    int end = to;
    while (end < tokens.size()) {
      if (isOpen(tokens.get(end))) {
        int close = matching(tokens, end, 1);
        if (close < 0) {
          break;
        }
        asides.add(new int[] {end, close + 1});
        end = close + 1;
      } else if (boundary(tokens, end)) {
        break;
      } else {
        end++;
      }
    }
    return new Clause(start + 1, end, asides);
  }

  /** The clause around the brackets that hold {@code from..to}; null when not in brackets. */
  static Clause enclosing(List<Token> tokens, Clause inner) {
    int open = inner.start() - 1;
    int close = inner.end();
    if (open < 0 || close >= tokens.size() || !isOpen(tokens.get(open))
        || !isClose(tokens.get(close))) {
      return null;
    }
    Clause outer = of(tokens, open, close + 1);
    List<int[]> asides = new ArrayList<>(outer.asides());
    asides.add(new int[] {open, close + 1});
    return new Clause(outer.start(), outer.end(), asides);
  }

  /** The clause after this one, or null at the end of the sentence. */
  static Clause next(List<Token> tokens, Clause c) {
    int first = c.end() + 1;
    return first < tokens.size() ? of(tokens, first, first + 1) : null;
  }

  /**
   * The clause with its neighbours up to the nearest contrast word either side: the part of the
   * sentence that is on the same side of a "but" as the aspect.
   */
  static Clause side(List<Token> tokens, Clause c) {
    int start = c.start();
    while (start > 0 && !contrast(tokens, start - 1)) {
      start--;
    }
    int end = c.end();
    while (end < tokens.size() && !contrast(tokens, end)) {
      end++;
    }
    return new Clause(start, end, List.of());
  }

  private static boolean contrast(List<Token> tokens, int i) {
    return CONTRAST.contains(lower(tokens.get(i))) && !parenthetical(tokens, i);
  }

  /** Whether the clause has a finite verb of its own (not a fragment like "Ambiance -"). */
  static boolean hasFiniteVerb(List<Token> tokens, Clause c) {
    for (int i = c.start(); i < c.end(); i++) {
      if (c.contains(i) && FINITE.contains(tokens.get(i).pos())) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} separates two clauses. */
  static boolean boundary(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = lower(t);
    if (HARD_PUNCTUATION.contains(w) || isOpen(t) || isClose(t)) {
      return true;
    }
    if (CONTRAST.contains(w)) {
      return !parenthetical(tokens, i);
    }
    if (w.equals(",") || w.equals("and") && t.pos().equals("CC")) {
      return opensClause(tokens, i + 1) && closesClause(tokens, i - 1);
    }
    return false;
  }

  /**
   * "The service, however, was slow" or "The dim sum however was good": a contrast word inside a
   * clause contrasts with the sentence before, not with its own clause.
   */
  private static boolean parenthetical(List<Token> tokens, int i) {
    String w = lower(tokens.get(i));
    if (!w.equals("however") && !w.equals("though") && !w.equals("nevertheless")
        && !w.equals("nonetheless")) {
      return false;
    }
    if (i == 0) {
      return false;
    }
    String before = lower(tokens.get(i - 1));
    boolean clauseStart = before.equals(",") || HARD_PUNCTUATION.contains(before)
        || before.equals("and");
    return !clauseStart || i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals(",");
  }

  /** Whether a subject and its finite verb follow before the next comma or conjunction. */
  private static boolean opensClause(List<Token> tokens, int start) {
    boolean subject = false;
    for (int k = start; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String w = lower(t);
      if (w.equals(",") || HARD_PUNCTUATION.contains(w) || CONTRAST.contains(w)
          || t.pos().equals("CC") || isOpen(t)) {
        return false;
      }
      if (FINITE.contains(t.pos())) {
        return subject;
      }
      if (t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("EX")
          || t.pos().equals("DT") && (w.equals("this") || w.equals("that"))) {
        subject = true;
      }
    }
    return false;
  }

  /** Whether a finite verb comes before {@code end} since the last clause boundary. */
  private static boolean closesClause(List<Token> tokens, int end) {
    for (int k = end; k >= 0; k--) {
      Token t = tokens.get(k);
      String w = lower(t);
      if (HARD_PUNCTUATION.contains(w) || CONTRAST.contains(w) || isOpen(t) || isClose(t)) {
        return false;
      }
      if (FINITE.contains(t.pos())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpen(Token t) {
    return OPEN.contains(t.word()) || OPEN.contains(t.pos());
  }

  private static boolean isClose(Token t) {
    return CLOSE.contains(t.word()) || CLOSE.contains(t.pos());
  }

  /** The bracket matching the one at {@code i}, searching in direction {@code step}; -1 if none. */
  private static int matching(List<Token> tokens, int i, int step) {
    int depth = 0;
    for (int k = i; k >= 0 && k < tokens.size(); k += step) {
      Token t = tokens.get(k);
      depth += isOpen(t) ? step : isClose(t) ? -step : 0;
      if (depth == 0) {
        return k;
      }
    }
    return -1;
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
