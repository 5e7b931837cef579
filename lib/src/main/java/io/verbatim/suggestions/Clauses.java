package io.verbatim.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the rules read it: its words, where its clauses start and who the subject of a
 * verb is. Shared by all rule classes.
 */
final class Clauses {

  /** Modals of possibility: "could you", "if I could", "X could be better". */
  static final Set<String> MAY_MODALS = Set.of("could", "can", "might", "may");

  private static final Set<String> NOMINATIVE = Set.of("i", "we", "you", "they", "he", "she",
      "it");
  /** Subordinators that end a subject when reading backwards from its verb. */
  private static final Set<String> SUBORDINATORS = Set.of("that", "if", "because", "since",
      "although", "though", "while", "whether", "when", "unless", "as", "so", "once", "until",
      "than", "like");
  /** Words before a subject that make its modal conditional or comparative, not a request. */
  private static final Set<String> NON_REQUEST_FRAMES = Set.of("if", "when", "unless",
      "whenever", "case", "lest", "than", "as", "like", "what", "how", "where", "whatever");

  /**
   * Where a clause starts.
   *
   * @param boundary the separator or conjunction before it, -1 at the sentence start
   * @param start the first word after the politeness and discourse words that open it
   */
  record Start(int boundary, int start) {
  }

  final Words w;
  private final List<Start> starts;

  Clauses(Words w) {
    this.w = w;
    this.starts = findStarts(w);
  }

  List<Start> starts() {
    return starts;
  }

  /** Whether a clause starts at {@code i} (after its prefix). */
  boolean atStart(int i) {
    for (Start s : starts) {
      if (s.start() == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * Clauses start at the sentence start and after separators, "but" and "so" (also the adverb
   * "so" before a base-form verb: "it gets cold, so bring a jumper"). Brackets hold
   * asides and "then" mostly continues a narrative ("... and then remove them"), so neither
   * starts one.
   */
  private static List<Start> findStarts(Words w) {
    List<Start> starts = new ArrayList<>();
    starts.add(new Start(-1, skipPrefix(w, 0)));
    for (int i = 0; i < w.size() - 1; i++) {
      boolean bracket = w.tagStarts(i, "-") || w.word(i).equals("(") || w.word(i).equals(")");
      if (w.isSeparator(i) && !bracket || w.lemmaIs(i, "but")
          || w.lemmaIs(i, "so") && (!w.tagIs(i, "RB") || w.tagIs(i + 1, "VB"))) {
        int s = skipPrefix(w, i + 1);
        // ", but do ...": the later boundary ("but") is the one that tells what follows
        starts.removeIf(x -> x.start() == s && x.boundary() >= 0);
        if (starts.stream().noneMatch(x -> x.start() == s)) {
          starts.add(new Start(i, s));
        }
      }
    }
    return starts;
  }

  /** Moves past politeness, hedges and discourse markers: "Also, please just ...". */
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

  /**
   * The subject before a verb or modal at {@code i}: the run of words back to the previous
   * verb, separator or clause word ("I think [the seats] should ...").
   */
  Subject subjectBefore(int i) {
    int end = i;
    while (end > 0 && w.tagIs(end - 1, "RB") && !w.isNegation(end - 1)
        && !w.lemmaIs(end - 1, "there")) {
      end--;
    }
    int from = end;
    while (from > 0 && !isSubjectBoundary(from - 1)) {
      from--;
    }
    // A gerund that opens its clause is part of the subject: "[Merging them] would help".
    if (w.tagIs(from - 1, "VBG") && (from - 1 == 0 || w.isSeparator(from - 2))) {
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

  private boolean isSubjectBoundary(int i) {
    String t = w.tag(i);
    return w.isSeparator(i) || t.startsWith("VB") || t.equals("MD") || t.equals("UH")
        || t.startsWith("W") || t.equals("CC") || w.lemmaIs(i, "please")
        || t.equals("IN") && SUBORDINATORS.contains(w.lemma(i));
  }

  /**
   * Whether a modal's subject makes it a request: not in reported speech ("he said we should"),
   * not in a conditional ("if you should need"), and without a subject only at the start of a
   * clause ("Should be cheaper").
   */
  boolean requestContext(Subject subject, int modal) {
    int b = subject.from() - 1;
    if (w.lemmaIs(b, "that")) {
      b--;
    }
    if (w.tagIs(b, "VBD") || w.tagIs(b, "VBN") || w.lemmaIn(b, NON_REQUEST_FRAMES)) {
      return false;
    }
    // "no kettle, which should be standard": the relative pronoun stands for the subject ("that
    // should" mostly defines: "apps that should run in the background")
    boolean relative = subject.isEmpty() && w.wordIs(subject.from() - 1, "which")
        && w.lemmaIs(modal, "should")
        && w.isNoun(w.skipAdverbsBack(subject.from() - 2) - (w.isSeparator(subject.from() - 2)
        ? 1 : 0));
    return !subject.isEmpty() || atStart(modal) || relative;
  }

  /** Whether the verb at {@code i} is the writer's ("I", "we") or has no subject at all. */
  boolean firstPersonOrNone(int i) {
    Subject s = subjectBefore(i);
    return s.is(Subject.Kind.FIRST) && !s.headIs(w, "me") && !s.headIs(w, "us")
        || s.isEmpty() && (atStart(i) || atStart(s.from()));
  }

  /** "should have left", "could have been": regret about the past. */
  static boolean pastPerfect(Words w, int i) {
    i = w.skipAdverbs(i);
    if (w.isNegation(i)) {
      i = w.skipAdverbs(i + 1);
    }
    return w.lemmaIs(i, "have") && (w.isPast(i + 1) || w.isPast(w.skipAdverbs(i + 1)));
  }

  /** Where an action starting at {@code from} ends. */
  int end(int from) {
    return ActionNormaliser.clauseEnd(w, from);
  }

  /**
   * The verdict for a rule that matched, or null when it produced no action (the rule then
   * counts as not having fired). "Consider ..." is reported as its own cue whatever the shape.
   */
  Suggestion found(Cue cue, String action, int verb) {
    if (action == null) {
      return null;
    }
    boolean consider = w.lemmaIs(verb, "consider") || action.startsWith("consider ");
    return Suggestion.of(consider ? Cue.CONSIDER : cue, action);
  }

  /**
   * The action in a clause with its own subject, after "if", "I wish", "I hope", "I suggest
   * that": "you extended the opening hours" = "extend opening hours", "there were more X" = "add
   * more X".
   *
   * @param ability whether "I/we could VB" means the writer wants to be able to (wishes and
   *     conditionals) rather than describing what they did
   */
  String finiteClause(int start, boolean ability) {
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
      if (pastPerfect(w, p + 1)) {
        return null;
      }
      able = ability && MAY_MODALS.contains(w.lemma(p)) && subject.is(Subject.Kind.FIRST);
      p++;
    } else if (w.lemmaIs(p, "do") && w.isNegation(w.skipAdverbs(p + 1))) {
      negated = true;
      p = w.skipAdverbs(w.skipAdverbs(p + 1) + 1);
    } else if (w.lemmaIs(p, "have") && w.isPast(w.skipAdverbs(p + 1))) {
      return null; // "I wish I had known": past perfect
    }
    if (subject.is(Subject.Kind.FIRST) && !able && !ableNext(p)) {
      int q = w.skipAdverbs(p);
      boolean weHad = subject.headIs(w, "we") && w.lemmaIs(q, "have") && !w.lemmaIs(q + 1, "to");
      if (ability && w.tagIs(q, "VBD") && !w.lemmaIn(q, Set.of("have", "be", "know", "do"))) {
        able = true; // "if I just clicked ...": a wish to be able to
      } else if (!weHad) {
        return null; // "I wish I had more time" wishes nothing of the business
      }
    }
    return ActionNormaliser.predicate(w, subject, p, end(p), negated, able);
  }

  /** "were/be able to", which makes a first-person wish one of ability without a modal. */
  private boolean ableNext(int p) {
    int q = w.skipAdverbs(p + 1);
    return w.lemmaIs(p, "be") && (w.lemmaIs(q, "able") || w.wordIs(q, "allowed"));
  }
}
