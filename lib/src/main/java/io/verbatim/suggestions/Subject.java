package io.verbatim.suggestions;

import java.util.Map;
import java.util.Set;

/**
 * The subject of a suggestion clause ("the seats" in "the seats should be wider"), classified by
 * what the action builder does with it.
 *
 * @param from first token (inclusive)
 * @param to last token (exclusive)
 * @param kind how the subject shapes the action
 */
record Subject(int from, int to, Kind kind) {

  enum Kind {
    /** No subject: "should be cheaper", "would be nice to ...". */
    EMPTY,
    /** Existential "there": "there should be more buses". */
    THERE,
    /** The writer: "I/we could ...". Wants to be able to do something. */
    FIRST,
    /** Someone who can act: "you", "they", "the staff", "Microsoft". Dropped from actions. */
    AGENT,
    /** Anything else: "the seats", "it". Kept: "make seats wider". */
    THING
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Subjects are re-used as objects: "we should be told" = "tell us". */
  private static final Map<String, String> OBJECT_FORM = Map.of("i", "me", "we", "us", "they",
      "them", "he", "him", "she", "her");

  static Subject of(Words w, int from, int to) {
    // A fronted phrase without a comma ("in my opinion the seats ...") is not the subject.
    if (w.tagIs(from, "IN")) {
      int i = from + 1;
      while (i < to && !w.isNoun(i)) {
        i++;
      }
      while (i < to && w.isNoun(i)) {
        i++;
      }
      from = Math.min(i, to);
    }
    while (from < to && (w.tagIs(from, "RB") && !w.lemmaIs(from, "there") || w.tagIs(from, "CC")
        || w.tagIs(from, "UH"))) {
      from++;
    }
    while (to > from && (w.tagIs(to - 1, "RB") && !w.lemmaIs(to - 1, "there")
        || w.tagIs(to - 1, "UH") || w.lemmaIs(to - 1, "please"))) {
      to--;
    }
    if (from >= to) {
      return new Subject(from, from, Kind.EMPTY);
    }
    // The tagger often calls "there" an adverb in "there should be ...".
    if (to - from == 1 && w.lemmaIs(from, "there")) {
      return new Subject(from, to, Kind.THERE);
    }
    int head = head(w, from, to);
    String lemma = w.lemma(head);
    Kind kind;
    if (FIRST_PERSON.contains(lemma)) {
      kind = Kind.FIRST;
    } else if (CueLexicon.AGENT_HEADS.contains(lemma) || w.tagStarts(head, "NNP")) {
      kind = Kind.AGENT;
    } else {
      kind = Kind.THING;
    }
    return new Subject(from, to, kind);
  }

  /** The head noun: the last word before any prepositional or relative modifier. */
  private static int head(Words w, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (w.tagIs(i, "IN") || w.tagIs(i, "TO") || w.tagStarts(i, "W")) {
        return i - 1;
      }
    }
    int last = to - 1;
    while (last > from && (w.tagIs(last, "POS") || w.tagIs(last, "RB"))) {
      last--;
    }
    return last;
  }

  boolean isEmpty() {
    return kind == Kind.EMPTY;
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** Whether the subject is a bare pronoun ("it", "they"), which adds nothing after "add X to". */
  boolean isPronoun(Words w) {
    return to - from == 1 && (w.tagStarts(from, "PRP") || w.tagIs(from, "DT"));
  }

  /** Whether the head is the given lemma ("you"). */
  boolean headIs(Words w, String lemma) {
    return !isEmpty() && w.lemmaIs(head(w, from, to), lemma);
  }

  /** The subject as words of an action, "it" when there is none: "make it cheaper". */
  String asObject(Words w) {
    if (isEmpty()) {
      return "it";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String word = w.word(i);
      if (ARTICLES.contains(word) || w.tagIs(i, "RB") || w.isSeparator(i)) {
        continue;
      }
      if (to - from == 1) {
        word = OBJECT_FORM.getOrDefault(word, word);
      }
      sb.append(sb.isEmpty() ? "" : " ").append(word);
    }
    return sb.isEmpty() ? "it" : sb.toString();
  }
}
