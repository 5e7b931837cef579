package io.verbatim.themes;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Failures customers tell as events rather than name with a noun: "my flight got cancelled",
 * "they cancelled my flight" and "cancelled flight" are all the event "cancelled flight"; "my
 * refund never arrived" and "I did not receive my refund" are "refund not received"; "charged me
 * twice" is "double charge"; "still waiting" is a wait; "the balance was wrong" is "incorrect
 * balance"; any other act told negated is {@link NegatedActs}'s, except the customer's own
 * inability to pay, which is {@link Hardship}'s. Read from lemmas and
 * part-of-speech tags only (no parse): the object is the noun phrase after an active verb, or the
 * subject before a passive or intransitive one. The verbs, their participles and the changes an idea about each
 * asks for are in {@code event-phrases.txt}.
 *
 * <p>Service-failure detection other stages may want (negative evidence for sentiment) should use
 * this unit rather than a second word list.
 */
public final class EventPhrases implements Serializable {

  static final WordFile FILE = WordFile.load("event-phrases.txt");
  private static final Map<String, Event> DONE = events("done to something", Kind.DONE);
  private static final Map<String, Event> BROKE = events("broke down", Kind.BROKE);
  private static final Map<String, Event> MISSING = events("never happened", Kind.MISSING);
  private static final Map<String, Event> TWICE = events("twice", Kind.TWICE);
  private static final Map<String, Event> WAITING = events("waiting", Kind.WAITING);
  private static final Map<String, String> WRONG = FILE.pairs("wrong");
  private static final String WRONG_CHANGE = "Get {object} right";
  static final Set<String> NEGATION = FILE.words("negation");
  static final Set<String> NEGATION_TO = FILE.words("negation before to");
  private static final Set<String> RULE_MODALS = FILE.words("modals of a rule");
  static final Set<String> CUSTOMER = FILE.words("the customer");
  static final Set<String> ABILITY = FILE.words("ability");
  private static final Set<String> REPEAT = FILE.words("repeat");
  private static final Set<String> PASSIVE = FILE.words("passive");
  private static final Set<String> STILL = FILE.words("still");
  /** How far back from a verb its negation or auxiliary may stand ("have still not received"). */
  private static final int BEFORE = 4;
  /** How far after a verb its object or repeat word may stand ("cancelled our return flight"). */
  private static final int AFTER = 5;

  /** How the event relates to its noun. */
  enum Kind { DONE, BROKE, MISSING, TWICE, WAITING }

  /**
   * One event verb as the data file gives it.
   *
   * @param words participle (DONE, BROKE), words after the object (MISSING) or the event's own
   *     noun phrase (TWICE, WAITING)
   * @param noun the event as a noun when no object is named; null for none
   * @param change the change an idea about it asks for, {@code {object}} standing for its object
   * @param bareChange the change when the event has no object ("Reduce cancellations"); null
   */
  record Event(Kind kind, String verb, String words, String noun, String change,
               String bareChange) implements Serializable {
  }

  /** One event found in a sentence: its phrase and the tokens {@code from..to} it spans. */
  public record Found(String phrase, int from, int to) implements Serializable {
  }

  private final Taxonomy taxonomy;

  public EventPhrases(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  private static Map<String, Event> events(String section, Kind kind) {
    Map<String, Event> out = new LinkedHashMap<>();
    for (String line : FILE.lines(section)) {
      String[] f = line.split("\\s*\\|\\s*");
      Event e = switch (kind) {
        case DONE, BROKE -> new Event(kind, f[0], f[1], dash(f[2]), f[3], dash(f[4]));
        case MISSING -> new Event(kind, f[0], f[1], dash(f[2]), f[3], null);
        case TWICE -> new Event(kind, f[0], f[1], f[1], f[2], f[2]);
        case WAITING -> new Event(kind, f[0], f[1], f[1], null, null);
      };
      out.put(f[0], e);
    }
    return Collections.unmodifiableMap(out);
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }

  /**
   * The participle that names a failure verb's event ("canceled" and "cancelled" both
   * "cancelled"), empty when the verb names no failure; for the noun-phrase reading "cancelled
   * flight".
   */
  public static Optional<String> participle(String lemma) {
    Event e = DONE.get(lemma);
    return e == null ? Optional.ofNullable(WRONG.get(lemma)) : Optional.of(e.words());
  }

  /** Every event of one sentence, in order of the verbs that tell them. */
  public List<Found> find(List<Token> tokens) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String verb = t.lemma();
      // "I could not pay": the customer's hardship, not the company's failure (Hardship).
      int customer = Hardship.customer(tokens, i);
      if (customer >= 0) {
        out.add(new Found(taxonomy.normalise(Hardship.PHRASE), customer, i + 1));
        continue;
      }
      Found f = null;
      if (t.isAdjective() && WRONG.containsKey(verb)) {
        f = wrongThing(tokens, i);
      }
      if (!t.isVerb()) {
        if (f != null) {
          out.add(f);
        }
        continue;
      }
      if (TWICE.containsKey(verb) && repeated(tokens, i)) {
        f = new Found(TWICE.get(verb).noun(), Math.max(0, i - 1), i + 1);
      } else if (MISSING.containsKey(verb) && negated(tokens, i)) {
        f = missing(MISSING.get(verb), tokens, i);
      } else if (DONE.containsKey(verb) && !negated(tokens, i)) {
        // "refused to remove the fee": the act refused is the event, told by the next verb.
        f = NEGATION_TO.contains(verb) && toFollows(tokens, i) ? null
            : done(DONE.get(verb), tokens, i);
      } else if (BROKE.containsKey(verb) && !negated(tokens, i)) {
        f = broke(BROKE.get(verb), tokens, i);
      } else if (WAITING.containsKey(verb)) {
        f = waiting(WAITING.get(verb), tokens, i);
      } else if (!failure(verb) && NegatedActs.tellsAnAct(t) && negated(tokens, i)) {
        // A failure verb negated is no failure ("never missed a payment").
        f = negatedAct(tokens, i);
      }
      if (f != null) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** "cancelled my flight" (object after), "my flight was cancelled" (subject before). */
  private Found done(Event e, List<Token> tokens, int verb) {
    boolean passive = passive(tokens, verb);
    int object = passive ? subject(tokens, auxiliary(tokens, verb)) : object(tokens, verb);
    // "cancelled flight": the noun reading is the aspect extractor's; not an event twice.
    if (!passive && tokens.get(verb).pos().equals("VBN") && object == verb + 1) {
      return null;
    }
    if (object < 0) {
      return e.noun() == null ? null : new Found(e.noun(), verb, verb + 1);
    }
    return found(e.words() + " " + noun(tokens.get(object)), verb, object);
  }

  /** "the app crashed", "my card was broken". */
  private Found broke(Event e, List<Token> tokens, int verb) {
    int subject = subject(tokens, auxiliary(tokens, verb));
    if (subject < 0) {
      return e.noun() == null ? null : new Found(e.noun(), verb, verb + 1);
    }
    return found(e.words() + " " + noun(tokens.get(subject)), verb, subject);
  }

  /** "did not receive my refund", "my refund never arrived", "has yet to be processed". */
  private Found missing(Event e, List<Token> tokens, int verb) {
    int object = object(tokens, verb);
    if (object < 0) {
      object = subject(tokens, auxiliary(tokens, verb));
    }
    if (object < 0) {
      return e.noun() == null ? null
          : new Found(taxonomy.normaliseWord(e.noun()) + " " + e.words(), verb, verb + 1);
    }
    return found(noun(tokens.get(object)) + " " + e.words(), verb, object);
  }

  /**
   * "they did not apply my payment", "my payment was not applied", "refused to remove the fee":
   * any act that did not happen, with its object; none without one.
   */
  private Found negatedAct(List<Token> tokens, int verb) {
    boolean passive = passive(tokens, verb);
    if (!passive && customersOwnChoice(tokens, verb)) {
      return null;
    }
    int object = passive ? subject(tokens, auxiliary(tokens, verb)) : object(tokens, verb);
    return object < 0 ? null
        : found(NegatedActs.phrase(noun(tokens.get(object)), tokens.get(verb)), verb, object);
  }

  /**
   * "I did not order the upgrade", "we never signed the contract": what customers say they did not do
   * is their side of the story, not a failure; "I could not book the seat" is one.
   */
  private static boolean customersOwnChoice(List<Token> tokens, int verb) {
    boolean able = false;
    for (int k = verb - 1; k >= Math.max(0, verb - BEFORE - 1); k--) {
      Token t = tokens.get(k);
      if (boundary(t)) {
        return false;
      }
      able |= ABILITY.contains(t.lemma()) || ABILITY.contains(lower(t));
      if (t.pos().equals("PRP")) {
        return CUSTOMER.contains(lower(t)) && !able;
      }
    }
    return false;
  }

  /**
   * "the payoff amount was wrong", "my balance is incorrect": the thing said to be wrong, as the
   * noun reading "wrong balance" names it; none when the adjective stands before its noun (the
   * aspect extractor's) or no copula links it to a subject.
   */
  private Found wrongThing(List<Token> tokens, int adjective) {
    int copula = auxiliary(tokens, adjective);
    if (copula == adjective) {
      return null;
    }
    int subject = subject(tokens, copula);
    return subject < 0 ? null : found(WRONG.get(tokens.get(adjective).lemma()) + " "
        + noun(tokens.get(subject)), adjective, subject);
  }

  /** "still waiting", "waiting for my refund", "kept on hold". */
  private Found waiting(Event e, List<Token> tokens, int verb) {
    if (e.verb().equals("hold")) {
      boolean onHold = verb > 0 && tokens.get(verb - 1).lemma().equals("on");
      return onHold ? new Found(taxonomy.normalise(e.noun()), verb - 1, verb + 1) : null;
    }
    int awaited = verb + 1 < tokens.size() && tokens.get(verb + 1).lemma().equals("for")
        ? object(tokens, verb + 1) : -1;
    if (awaited >= 0) {
      return found(noun(tokens.get(awaited)) + " " + MISSING.get("receive").words(), verb,
          awaited);
    }
    return stillWaiting(tokens, verb)
        ? new Found(taxonomy.normalise(e.noun()), Math.max(0, verb - 1), verb + 1) : null;
  }

  private Found found(String phrase, int a, int b) {
    return new Found(taxonomy.normalise(phrase), Math.min(a, b), Math.max(a, b) + 1);
  }

  /** The object's lemma folded through the taxonomy ("bag" to "baggage"). */
  private String noun(Token t) {
    return taxonomy.normaliseWord(t.lemma());
  }

  private static boolean stillWaiting(List<Token> tokens, int verb) {
    for (int k = Math.max(0, verb - 2); k < verb; k++) {
      if (STILL.contains(tokens.get(k).lemma()) || STILL.contains(lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeated(List<Token> tokens, int verb) {
    for (int k = Math.max(0, verb - 1); k < Math.min(tokens.size(), verb + AFTER); k++) {
      if (k != verb && REPEAT.contains(lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negation in the verb's own clause just before it; "failed", "refused", "unable" only with
   * "to" ("failed to process", "unable to make"); none after a modal that states a rule ("may
   * not", "should not").
   */
  private static boolean negated(List<Token> tokens, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - BEFORE); k--) {
      Token t = tokens.get(k);
      if (boundary(t)) {
        return false;
      }
      String w = lower(t);
      if (NEGATION.contains(w) || NEGATION.contains(t.lemma())
          || NEGATION_TO.contains(t.lemma()) && toFollows(tokens, k)) {
        // "a lender may not charge": a rule stated, not an act that failed.
        return k == 0 || !RULE_MODALS.contains(lower(tokens.get(k - 1)));
      }
    }
    return false;
  }

  private static boolean failure(String lemma) {
    return DONE.containsKey(lemma) || BROKE.containsKey(lemma) || TWICE.containsKey(lemma);
  }

  static boolean toFollows(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("TO");
  }

  private static boolean passive(List<Token> tokens, int verb) {
    return tokens.get(verb).pos().equals("VBN") && auxiliary(tokens, verb) < verb;
  }

  /** The passive auxiliary in front of a participle ("got cancelled"), else the verb itself. */
  private static int auxiliary(List<Token> tokens, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - BEFORE); k--) {
      Token t = tokens.get(k);
      if (PASSIVE.contains(t.lemma()) && t.isVerb()) {
        return k;
      }
      if (!t.pos().startsWith("RB") && !t.pos().equals("MD") && !t.isVerb()
          && !NEGATION.contains(lower(t))) {
        break;
      }
    }
    return verb;
  }

  /**
   * The head of the noun phrase in front of {@code at} in its clause: "my flight to Boston got
   * cancelled" gives "flight" (a noun inside a prepositional phrase is not the subject); -1 when
   * there is none.
   */
  private static int subject(List<Token> tokens, int at) {
    int candidate = -1;
    for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
      Token t = tokens.get(k);
      if (t.pos().equals("IN") || t.pos().equals("TO")) {
        candidate = -1;
      } else if (boundary(t) || t.isVerb() || t.pos().startsWith("W")) {
        break;
      } else if (candidate < 0 && objectNoun(t)) {
        candidate = k;
      }
    }
    return candidate;
  }

  /** The head noun of the noun phrase right after a verb or preposition, -1 when none. */
  private static int object(List<Token> tokens, int verb) {
    int head = -1;
    for (int k = verb + 1; k < tokens.size() && k <= verb + AFTER; k++) {
      Token t = tokens.get(k);
      String pos = t.pos();
      if (t.isNoun()) {
        head = objectNoun(t) ? k : head;
      } else if (head >= 0 || !(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ")
          || pos.equals("CD") || pos.equals("POS") || pos.startsWith("RB"))) {
        break;
      }
    }
    return head;
  }

  /** A common noun that can be what an event happens to. */
  private static boolean objectNoun(Token t) {
    String lemma = t.lemma();
    return t.isNoun() && !t.pos().startsWith("NNP") && lemma.length() > 1
        && lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !Vocabulary.GENERIC_NOUNS.contains(lemma) && !Vocabulary.NOT_ASPECTS.contains(lemma);
  }

  static boolean boundary(Token t) {
    String pos = t.pos();
    return pos.equals(",") || pos.equals(":") || pos.equals(".") || pos.equals("CC");
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /**
   * The event as a noun when the key names it with an object ("closed account": "closure"),
   * empty for any other key: the same failure, told of one thing.
   */
  public static Optional<String> eventNounOf(String key) {
    for (Map<String, Event> events : List.of(DONE, BROKE)) {
      for (Event e : events.values()) {
        if (key.startsWith(e.words() + " ") && e.noun() != null) {
          return Optional.of(e.noun());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The words of a key that name a thing: its object when the key names an event ("payment not
   * made": payment; "cancelled flight": flight), else the whole key. The event's own words are no
   * nouns, so whether they are mostly written capitalised says nothing.
   */
  public static String objectOf(String key) {
    for (Map<String, Event> events : List.of(DONE, BROKE)) {
      for (Event e : events.values()) {
        if (key.startsWith(e.words() + " ")) {
          return key.substring(e.words().length() + 1);
        }
      }
    }
    for (String word : Set.copyOf(WRONG.values())) {
      if (key.startsWith(word + " ")) {
        return key.substring(word.length() + 1);
      }
    }
    return NegatedActs.objectOf(key).orElse(key);
  }

  /**
   * The object of a key that tells something that never came ("refund not received": refund),
   * else empty.
   */
  public static Optional<String> missingObjectOf(String key) {
    for (Event e : MISSING.values()) {
      if (key.endsWith(" " + e.words())) {
        return Optional.of(key.substring(0, key.length() - e.words().length() - 1));
      }
    }
    return Optional.empty();
  }

  /** The object of a key that tells an act not done ("fee not removed": fee), else empty. */
  public static Optional<String> negatedObjectOf(String key) {
    return NegatedActs.objectOf(key);
  }

  /**
   * The change an idea about an event theme asks for ("cancelled flight": "Reduce flight
   * cancellations"), empty when the key names no event.
   */
  public static Optional<String> changeFor(String key) {
    for (Map<String, Event> events : List.of(DONE, BROKE)) {
      for (Event e : events.values()) {
        if (key.startsWith(e.words() + " ")) {
          return Optional.of(fill(e.change(), key.substring(e.words().length() + 1)));
        }
        if (key.equals(e.noun()) && e.bareChange() != null) {
          return Optional.of(e.bareChange());
        }
      }
    }
    for (boolean ownNoun : new boolean[] {true, false}) {
      // "response not received" is about answering; other things not received, about delivery.
      for (Event e : MISSING.values()) {
        if (key.endsWith(" " + e.words()) && (e.noun() != null) == ownNoun) {
          String object = key.substring(0, key.length() - e.words().length() - 1);
          if (!ownNoun || object.equals(e.noun())) {
            return Optional.of(fill(e.change(), object));
          }
        }
      }
    }
    for (Event e : TWICE.values()) {
      if (key.equals(e.noun())) {
        return Optional.of(e.change());
      }
    }
    for (String word : Set.copyOf(WRONG.values())) {
      if (key.startsWith(word + " ")) {
        return Optional.of(fill(WRONG_CHANGE, key.substring(word.length() + 1)));
      }
    }
    return NegatedActs.changeFor(key);
  }

  private static String fill(String change, String object) {
    String s = change.replace("{object}", object).replaceAll("\\s+", " ").strip();
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
