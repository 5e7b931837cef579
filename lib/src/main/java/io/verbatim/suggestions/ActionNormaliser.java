package io.verbatim.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words the change a suggestion asks for as a short, headline-style phrase, so that the same
 * request from different people reads (and groups) the same.
 *
 * <p>The conventions:
 * <ul>
 *   <li>lower case; starts with a base-form verb. Only that verb is lemmatised ("extended" becomes
 *       "extend"); other words stay as written so the phrase still reads as the customer said it;
 *   <li>politeness, subjects and modals are dropped: "Please could you add wifi" = "add wifi";
 *   <li>the articles a/an/the are dropped everywhere (headline style: "extend opening hours",
 *       "make seats wider"), other determiners stay because they carry meaning ("more", "no",
 *       "every"); fixed phrases such as "a few" or "a lot" keep theirs;
 *   <li>"there is/should be X" = "add X" ("no X" = "remove X", "less/fewer X" = "reduce X");
 *       "X should have Y" = "add Y to X";
 *   <li>"X should be ADJ" = "make X ADJ"; "X should be VBN" = "VBN X" ("update app");
 *   <li>a thing that should do something without an object = "make X do it" ("make app work
 *       offline"); with an object the subject is dropped ("the app should support X" = "support
 *       X");
 *   <li>"I/we could / should be able to VB" = "allow VBing"; "users should be able to VB" =
 *       "allow users to VB";
 *   <li>negation = "do not VB ...";
 *   <li>wrappers are unwrapped: "consider/try/start adding" = "add", "make sure to / be sure to /
 *       remember to / don't forget to VB" = "VB";
 *   <li>the phrase ends with its clause: at a reason or relative clause ("because", "as it",
 *       "so that", "which"), at a comma that starts a new clause, at "if possible" and "as soon as
 *       possible"; it is capped at {@value #MAX_WORDS} words and dangling function words are
 *       trimmed.
 * </ul>
 * Every method returns null when the words do not make an action; the detector then treats the
 * cue as not having fired.
 */
final class ActionNormaliser {

  static final int MAX_WORDS = 12;

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Articles that are part of a quantity and keep it readable. */
  private static final Set<String> KEEPS_ARTICLE = Set.of("lot", "bit", "little", "few",
      "couple", "while", "number", "must");
  private static final Set<String> DROPPED = Set.of("please", "kindly", "pls");
  /** Words left at the end once the clause is cut: "add wifi too please". */
  private static final Set<String> TRAILING = Set.of("please", "too", "also", "though", "anyway",
      "etc", "etc.", "thanks", "lol", "pls", "asap", "either", "really", "just");
  private static final Set<String> TRAILING_TAGS = Set.of("CC", "DT", "IN", "TO", ",", ":", ".",
      "POS", "WDT", "WP", "WRB", "PRP$", "-LRB-", "-RRB-", "MD", "EX");
  /** Words that open a clause after the action: "add wifi because ...". */
  private static final Set<String> CLAUSE_CUTS = Set.of("because", "cause", "'cause", "since",
      "although", "though", "whereas", "otherwise", "but", "thanks", "thank", "which", "who",
      "whom", "whose", "unless", "thx", "imo", "imho", "e.g.", "eg", "i.e.", "ie", "etc",
      "etc.");
  /** "Consider adding X" asks to add X. */
  private static final Set<String> GERUND_WRAPPERS = Set.of("consider", "try", "start", "begin",
      "recommend", "suggest");
  /** "Remember to book" asks to book. */
  private static final Set<String> INFINITIVE_WRAPPERS = Set.of("try", "remember", "forget",
      "hesitate", "fail");
  /** Verbs whose negation asks for what follows: "don't forget to ...". */
  private static final Set<String> NEGATION_FLIPS = Set.of("forget", "hesitate", "fail");
  /** Contracted forms as words of an action. */
  private static final Map<String, String> EXPANDED = Map.of("n't", "not", "ca", "can", "wo",
      "will", "'ll", "will", "'re", "are", "'ve", "have", "'m", "am", "'d", "would");

  private ActionNormaliser() {
  }

  /** Where the action that starts at {@code from} ends (exclusive). */
  static int clauseEnd(Words w, int from) {
    for (int i = from; i < w.size(); i++) {
      String lemma = w.lemma(i);
      if (i > from && w.isSeparator(i)
          && (!w.tagIs(i, ",") || !continuesList(w, i + 1))) {
        return i;
      }
      if (i > from && CLAUSE_CUTS.contains(lemma)) {
        return i;
      }
      boolean nextIsSubject = w.tagIs(i + 1, "PRP") || w.tagIs(i + 1, "EX");
      if (lemma.equals("as") && (nextIsSubject || w.lemmaIs(i + 1, "soon")
          || w.lemmaIs(i + 1, "possible") || w.tagIs(i + 1, "DT") && w.isFinite(i + 3))) {
        return i;
      }
      if (lemma.equals("so") && (nextIsSubject || w.lemmaIs(i + 1, "that")
          || w.tagIs(i + 1, "DT") || w.lemmaIs(i + 1, "as"))) {
        return i;
      }
      boolean clauseFollows = nextIsSubject || w.tagIs(i + 1, "DT") || w.isNoun(i + 1);
      if ((lemma.equals("and") || lemma.equals("or")) && clauseFollows && w.isFinite(i + 2)) {
        return i;
      }
      if (lemma.equals("in") && w.lemmaIs(i + 1, "order")) {
        return i;
      }
      if (lemma.equals("if") && (w.lemmaIs(i + 1, "possible") || w.lemmaIs(i + 1, "at")
          || w.lemmaIs(i + 1, "necessary") || nextIsSubject && w.isModal(i + 2)
          && !w.isVerb(i + 3))) {
        return i;
      }
    }
    return w.size();
  }

  /** After a comma, more of the same noun list ("wifi, sockets and usb ports") stays. */
  private static boolean continuesList(Words w, int i) {
    return (w.isNoun(i) || w.isAdjective(i) || w.tagIs(i, "CD"))
        && !w.isFinite(i + 1) && !w.tagIs(i + 1, "PRP");
  }

  /** The verb phrase that starts at {@code verb}: "add wifi on planes". */
  static String verbPhrase(Words w, int verb, int end) {
    return verbPhrase(w, verb, end, false);
  }

  static String verbPhrase(Words w, int verb, int end, boolean negated) {
    int head = unwrap(w, verb, end);
    // "Don't forget to book", "don't be afraid to ask": the negation asks for the inner verb
    if (negated && (NEGATION_FLIPS.contains(w.lemma(verb)) || w.lemmaIs(verb, "be"))) {
      int to = w.find("to", verb);
      if (head == verb && to > 0 && to < end && w.isVerb(to + 1)) {
        head = unwrap(w, to + 1, end);
      }
      negated = head == verb;
    }
    if (head >= end || !w.in(head)) {
      return null;
    }
    Phrase p = new Phrase();
    if (negated) {
      p.add("do").add("not");
    }
    p.add(w.lemma(head)).addSpan(w, head + 1, end);
    return p.render();
  }

  /**
   * Follows wrappers to the verb that carries the request: "consider adding" to "adding",
   * "make sure to book" to "book", "do yourself a favour and stay" to "stay".
   */
  private static int unwrap(Words w, int verb, int end) {
    String lemma = w.lemma(verb);
    int next = w.skipAdverbs(verb + 1);
    if (GERUND_WRAPPERS.contains(lemma) && w.tagIs(next, "VBG")) {
      return unwrap(w, next, end);
    }
    if (INFINITIVE_WRAPPERS.contains(lemma) && w.lemmaIs(next, "to") && w.isVerb(next + 1)) {
      return unwrap(w, next + 1, end);
    }
    boolean sure = w.lemmaIs(next, "sure") || w.lemmaIs(next, "certain");
    if (sure && (lemma.equals("make") || lemma.equals("be"))) {
      int i = next + 1;
      if (w.lemmaIs(i, "to") && w.isVerb(i + 1)) {
        return unwrap(w, i + 1, end);
      }
      if (w.lemmaIs(i, "that")) {
        i++;
      }
      if (w.wordIs(i, "you") && w.isBaseVerb(i + 1)) {
        return unwrap(w, i + 1, end);
      }
    }
    if (lemma.equals("feel") && w.lemmaIs(next, "free") && w.lemmaIs(next + 1, "to")
        && w.isVerb(next + 2)) {
      return unwrap(w, next + 2, end);
    }
    if ((lemma.equals("go") && w.lemmaIs(next, "ahead") || lemma.equals("do")
        && (w.lemmaIs(next + 2, "favor") || w.lemmaIs(next + 2, "favour")))) {
      int and = w.find("and", next);
      if (and > 0 && and < end && and < next + 5 && w.isVerb(and + 1)) {
        return unwrap(w, and + 1, end);
      }
    }
    return verb;
  }

  /**
   * The predicate after a subject and its modal: "[the seats should] be wider" = "make seats
   * wider", "[there should] be more buses" = "add more buses".
   *
   * @param ability the subject wants to be able to do it ("I wish I could ...")
   */
  static String predicate(Words w, Subject subject, int p, int end, boolean negated,
                          boolean ability) {
    p = w.skipAdverbs(p);
    if (w.isNegation(p)) {
      negated = true;
      p = w.skipAdverbs(p + 1);
    }
    if (p >= end || !w.in(p)) {
      return null;
    }
    if (subject.is(Subject.Kind.THERE)) {
      return w.lemmaIs(p, "be") ? existential(w, p + 1, end, negated) : null;
    }
    if (w.lemmaIs(p, "be")) {
      return copula(w, subject, p + 1, end, negated, ability);
    }
    if (w.lemmaIs(p, "have") && w.lemmaIs(p + 1, "to") && w.isVerb(p + 2)) {
      return predicate(w, subject, p + 2, end, negated, ability);
    }
    if (w.lemmaIs(p, "have") && !w.isPast(w.skipAdverbs(p + 1)) && !ability) {
      return negated ? removal(w, p + 1, end) : addition(w, p + 1, end, subject);
    }
    if (!w.isVerb(p)) {
      return null;
    }
    if (ability) {
      if (subject.is(Subject.Kind.FIRST) || subject.isEmpty()) {
        if (CueLexicon.PERSONAL_VERBS.contains(w.lemma(p)) && !w.lemmaIs(p, "use")) {
          return null;
        }
        String vp = verbPhrase(w, p, end, negated);
        return vp == null || negated ? vp : "allow " + gerundOfFirst(vp);
      }
      String vp = verbPhrase(w, p, end, negated);
      return vp == null ? null : "allow " + subject.asObject(w) + " to " + vp;
    }
    String vp = verbPhrase(w, p, end, negated);
    if (vp != null && subject.is(Subject.Kind.THING) && !negated && !startsObject(w, p + 1)) {
      return "make " + subject.asObject(w) + " " + vp;
    }
    return vp;
  }

  /** "[it should be] fixed" = "fix it"; "[the seats should be] wider" = "make seats wider". */
  private static String copula(Words w, Subject subject, int q, int end, boolean negated,
                               boolean ability) {
    q = w.skipAdverbs(q);
    if (w.isNegation(q)) {
      negated = true;
      q = w.skipAdverbs(q + 1);
    }
    if (q >= end) {
      return null;
    }
    boolean allowed = w.lemmaIs(q, "able") || w.wordIs(q, "allowed")
        || w.wordIs(q, "permitted");
    if (allowed && w.lemmaIs(q + 1, "to") && w.isVerb(q + 2) && !negated) {
      return predicate(w, subject, q + 2, end, false, true);
    }
    if (ability) {
      return null; // "if we were ..." without "able to" wishes nothing of the business
    }
    if (w.tagIs(q, "VBN") && w.lemmaIs(q + 1, "by") && w.tagIs(q + 2, "VBG") && !negated) {
      return verbPhrase(w, q + 2, end); // "could be solved by adding X" = "add X"
    }
    if (w.tagIs(q, "VBN")) {
      if (subject.headIs(w, "it") && w.lemmaIs(q + 1, "that")) {
        return null; // "it should be noted that ...": a remark, not a request
      }
      Phrase p = new Phrase();
      if (negated) {
        p.add("do").add("not");
      }
      return p.add(w.lemma(q)).add(subject.asObject(w)).addSpan(w, q + 1, end).render();
    }
    if (w.tagIs(q, "VBG")) {
      return verbPhrase(w, q, end, negated);
    }
    if (w.lemmaIn(q, CueLexicon.REPROACH)) {
      return null;
    }
    Phrase p = new Phrase();
    if (subject.headIs(w, "you") && subject.to() - subject.from() == 1) {
      p.add("be"); // advice to the reader: "you should be careful" = "be careful"
    } else {
      p.add("make").add(subject.asObject(w));
    }
    if (negated) {
      if (w.lemmaIs(q, "so") || w.lemmaIs(q, "too")) {
        q++;
      }
      p.add(w.isAdjective(q) || w.tagStarts(q, "RB") ? "less" : "not");
    }
    p.addSpan(w, q, end);
    return p.size() <= 2 ? null : p.render();
  }

  /** "[there should be] more buses" = "add more buses"; "no fees" = "remove fees". */
  static String existential(Words w, int q, int end, boolean negated) {
    q = w.skipAdverbs(q);
    if (w.isNegation(q)) {
      negated = true;
      q = w.skipAdverbs(q + 1);
    }
    if (negated || w.lemmaIs(q, "no")) {
      return removal(w, w.lemmaIs(q, "no") ? q + 1 : q, end);
    }
    if (w.lemmaIs(q, "less") || w.lemmaIs(q, "fewer")) {
      return new Phrase().add("reduce").addSpan(w, q + 1, end).render();
    }
    return addition(w, q, end, null);
  }

  /** "add X", or "add X to Y" when the owner is a thing: "the rooms should have kettles". */
  static String addition(Words w, int np, int end, Subject owner) {
    while (w.lemmaIs(np, "some") || w.lemmaIs(np, "any")) {
      np++;
    }
    if (np >= end || w.isSeparator(np) || w.isFinite(np) || w.tagIs(np, "VB")) {
      return null;
    }
    Phrase p = new Phrase().add("add").addSpan(w, np, end);
    if (p.size() < 2) {
      return null;
    }
    if (owner != null && owner.is(Subject.Kind.THING) && !owner.isPronoun(w)) {
      p.add("to").add(owner.asObject(w));
    }
    return p.render();
  }

  private static String removal(Words w, int np, int end) {
    while (w.lemmaIs(np, "any") || w.lemmaIs(np, "more") || w.lemmaIs(np, "so")) {
      np++;
    }
    Phrase p = new Phrase().add("remove").addSpan(w, np, end);
    return p.size() < 2 ? null : p.render();
  }

  /** Whether what follows a verb is its object, which makes the subject droppable. */
  static boolean startsObject(Words w, int i) {
    String t = w.tag(i);
    return t.startsWith("NN") || t.startsWith("JJ") || t.equals("DT") || t.equals("PRP$")
        || t.equals("CD") || t.equals("PRP") || t.equals("PDT") || t.equals("VBG")
        || (t.equals("JJR") || t.equals("RBR")) && (w.isNoun(i + 1) || w.isAdjective(i + 1));
  }

  private static String gerundOfFirst(String phrase) {
    int space = phrase.indexOf(' ');
    String verb = space < 0 ? phrase : phrase.substring(0, space);
    return gerund(verb) + (space < 0 ? "" : phrase.substring(space));
  }

  /** English -ing form of a verb lemma: make = making, stop = stopping, see = seeing. */
  static String gerund(String verb) {
    if (verb.equals("be")) {
      return "being";
    }
    if (verb.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye")
        && !verb.endsWith("oe") && verb.length() > 2) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    int n = verb.length();
    if (n >= 3 && vowelGroups(verb) == 1 && !isVowel(verb.charAt(n - 1))
        && isVowel(verb.charAt(n - 2)) && !isVowel(verb.charAt(n - 3))
        && "wxy".indexOf(verb.charAt(n - 1)) < 0) {
      return verb + verb.charAt(n - 1) + "ing";
    }
    return verb + "ing";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static int vowelGroups(String s) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < s.length(); i++) {
      boolean v = isVowel(s.charAt(i));
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups;
  }

  /** Words collected for an action, with the tags needed to trim its end. */
  static final class Phrase {
    private final List<String> words = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    Phrase add(String word) {
      for (String part : word.split(" ")) {
        if (!part.isEmpty()) {
          words.add(part);
          tags.add("VB");
        }
      }
      return this;
    }

    Phrase addSpan(Words w, int from, int to) {
      for (int i = Math.max(from, 0); i < to && i < w.size(); i++) {
        String word = w.word(i);
        if (ARTICLES.contains(word) && !KEEPS_ARTICLE.contains(w.lemma(i + 1))
            || DROPPED.contains(word) || word.equals("-lrb-") || word.equals("-rrb-")) {
          continue;
        }
        words.add(EXPANDED.getOrDefault(word, word));
        tags.add(w.tag(i));
      }
      return this;
    }

    int size() {
      return words.size();
    }

    String render() {
      int n = Math.min(words.size(), MAX_WORDS);
      while (n > 1 && (TRAILING_TAGS.contains(tags.get(n - 1))
          || TRAILING.contains(words.get(n - 1)))) {
        n--;
      }
      if (n == 0) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String word = words.get(i);
        boolean attach = i > 0 && (word.equals(",") || word.equals("%") || word.startsWith("'")
            || words.get(i - 1).equals("$") || tags.get(i).equals("HYPH")
            || tags.get(i - 1).equals("HYPH"));
        sb.append(i == 0 || attach ? "" : " ").append(word);
      }
      return sb.toString();
    }
  }
}
