package io.verbatim.themes;

import io.verbatim.model.Token;
import java.util.List;
import java.util.Set;

/**
 * The customer could not pay: "we can't afford the rent", "I was unable to make my instalments",
 * "we struggle to meet the rent", "we fell behind". Told with the same negation as
 * an act the company failed to do ("they did not apply my payment"), it is the opposite story:
 * the customer's hardship, which a company meets with payment plans, not with a fix to its own
 * process. So it is one event whatever was not paid, read only when
 * <ul>
 *   <li>the subject is the customer ("I", "we"; not "they", not "me" as in "they would not let
 *       me pay");
 *   <li>the customer could not ("could not", "unable to", "not able to", "struggling to"), or is
 *       behind;
 *   <li>the act is paying: a verb of paying ("afford", "pay") or a thing paid in turns after the
 *       verb ("make the payments");
 *   <li>no way of paying is named after it ("could not pay online", "unable to pay with my
 *       card"): then the way failed, and the act is the company's failure as before, as is a
 *       customer who could not sign in, which is no paying.
 * </ul>
 * The words are in {@code event-phrases.txt}; the event's phrase is a pinned theme of the
 * taxonomy, which gives it its owner and its change.
 */
final class Hardship {

  /** The event phrases' file, read once by {@link EventPhrases}. */
  private static final WordFile FILE = EventPhrases.FILE;
  /** The event's phrase, whatever was not paid. */
  static final String PHRASE = FILE.lines("hardship").get(0);
  private static final Set<String> PAYING = FILE.words("hardship: paying");
  private static final Set<String> PAID = FILE.words("hardship: what is paid");
  private static final Set<String> STRUGGLING = FILE.words("hardship: struggling");
  private static final Set<String> BEHIND = FILE.words("hardship: behind");
  private static final Set<String> WAYS = FILE.words("hardship: a way of paying");
  /** How far back from the act its subject may stand ("we have been struggling to pay"). */
  private static final int BEFORE = 6;
  /** How far after a verb the thing paid may stand ("keep up with the monthly payments"). */
  private static final int AFTER = 6;

  private Hardship() {
  }

  /**
   * The customer who could not pay, when the token at {@code at} is the act ("pay" in "I could
   * not pay") or the "behind" of "we fell behind": the index of the subject pronoun, else -1.
   */
  static int customer(List<Token> tokens, int at) {
    Token t = tokens.get(at);
    if (BEHIND.contains(EventPhrases.lower(t)) && at > 0 && tokens.get(at - 1).isVerb()) {
      return subject(tokens, at - 1, true);
    }
    if (!t.isVerb() || !paying(tokens, at) || wayNamed(tokens, at)) {
      return -1;
    }
    return subject(tokens, at, false);
  }

  /** A verb of paying, or a thing paid in turns after the verb in its clause. */
  private static boolean paying(List<Token> tokens, int verb) {
    if (PAYING.contains(tokens.get(verb).lemma())) {
      return true;
    }
    for (int k = verb + 1; k < tokens.size() && k <= verb + AFTER; k++) {
      Token t = tokens.get(k);
      if (EventPhrases.boundary(t) || t.isVerb()) {
        return false;
      }
      if (t.isNoun() && PAID.contains(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** A way or place of paying named after the act, in its clause or the reason given for it. */
  private static boolean wayNamed(List<Token> tokens, int verb) {
    for (int k = verb + 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.pos().equals(".") || t.pos().equals(":")) {
        return false;
      }
      if (WAYS.contains(t.lemma()) || WAYS.contains(EventPhrases.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The customer pronoun in front of the act when the customer could not do it (or, for
   * "behind", whenever it is the customer); -1 when the subject is anyone else or nothing says
   * they could not.
   */
  private static int subject(List<Token> tokens, int verb, boolean behind) {
    boolean negated = false;
    boolean able = false;
    boolean unable = behind;
    for (int k = verb - 1; k >= Math.max(0, verb - BEFORE); k--) {
      Token t = tokens.get(k);
      if (EventPhrases.boundary(t)) {
        return -1;
      }
      String w = EventPhrases.lower(t);
      negated |= EventPhrases.NEGATION.contains(w) || EventPhrases.NEGATION.contains(t.lemma());
      able |= EventPhrases.ABILITY.contains(w) || EventPhrases.ABILITY.contains(t.lemma());
      // "unable to": a word of ability that is itself a negation before "to".
      unable |= (EventPhrases.ABILITY.contains(w) && EventPhrases.NEGATION_TO.contains(w)
          || STRUGGLING.contains(t.lemma())) && EventPhrases.toFollows(tokens, k);
      if (t.pos().equals("PRP")) {
        return EventPhrases.CUSTOMER.contains(w) && (unable || negated && able) ? k : -1;
      }
    }
    return -1;
  }

}
