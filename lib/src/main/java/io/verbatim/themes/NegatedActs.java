package io.verbatim.themes;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acts customers expected and did not get, told with any negated verb: "they did not apply my
 * payment", "the payment was not applied" and "I couldn't make a payment" are the events "payment
 * not applied" and "payment not made", whatever the verb. The object is found as for the other
 * events ({@link EventPhrases}); the event is named by the verb's participle, so the active and
 * passive tellings are one theme, which hangs under its object's theme. Verbs of knowing,
 * wanting and saying ("I don't know the amount") tell no failure when negated; they and the
 * irregular participles are in {@code event-phrases.txt}.
 */
final class NegatedActs implements Serializable {

  /** The event phrases' file, read once by {@link EventPhrases}. */
  private static final WordFile FILE = EventPhrases.FILE;
  private static final Set<String> STATIVE = FILE.words("not a failure when negated");
  private static final Map<String, String> IRREGULAR = FILE.pairs("irregular participles");
  private static final Pattern KEY = Pattern.compile("(.+) not ([a-z-]+)");

  private NegatedActs() {
  }

  /** Whether a negated verb (by lemma) can tell an act that did not happen. */
  static boolean tellsAnAct(Token verb) {
    String lemma = verb.lemma();
    return verb.isVerb() && !verb.pos().equals("MD") && lemma.length() > 1
        && lemma.chars().allMatch(Character::isLetter) && !STATIVE.contains(lemma);
  }

  /** The event's phrase: the object and the verb's participle ("payment not applied"). */
  static String phrase(String object, Token verb) {
    return object + " not " + participle(verb);
  }

  /**
   * The past participle of a verb: the word itself when the tagger says it is one, else the
   * irregular form, else the regular spelling ("apply": "applied", "stop": "stopped").
   */
  static String participle(Token verb) {
    String lemma = verb.lemma();
    String irregular = IRREGULAR.get(lemma);
    if (irregular != null) {
      return irregular;
    }
    if (verb.pos().equals("VBN")) {
      return verb.word().toLowerCase(Locale.ROOT);
    }
    return regular(lemma);
  }

  static String regular(String lemma) {
    int n = lemma.length();
    char last = lemma.charAt(n - 1);
    if (last == 'e') {
      return lemma + "d";
    }
    if (last == 'y' && n > 1 && !vowel(lemma.charAt(n - 2))) {
      return lemma.substring(0, n - 1) + "ied";
    }
    // One short syllable ending consonant-vowel-consonant doubles it: "stop", "ban".
    if (n >= 3 && n <= 4 && !vowel(last) && "wxy".indexOf(last) < 0
        && vowel(lemma.charAt(n - 2)) && !vowel(lemma.charAt(n - 3))
        && lemma.chars().filter(c -> vowel((char) c)).count() == 1) {
      return lemma + last + "ed";
    }
    return lemma + "ed";
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The object of an event key that tells something not done ("payment not made": payment). */
  static Optional<String> objectOf(String key) {
    Matcher m = KEY.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The change an idea about the event asks for ("payment not applied": "Make sure the payment
   * is applied"), empty when the key is no negated act.
   */
  static Optional<String> changeFor(String key) {
    Matcher m = KEY.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of("Make sure the " + m.group(1) + " is " + m.group(2));
  }
}
