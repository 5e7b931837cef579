package io.verbatim.themes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a noun names something done (a foreclosure, a modification, a payoff, a dispute) rather
 * than a thing or a setting (a car, a debt, the police), read from the corpus's own verbs: the
 * noun is made from a verb the customers use, by an English suffix ("foreclose" + "ure"), by a
 * particle ("pay" + "off"), or is the verb itself as often as a fourth of the times it is a noun
 * ("they disputed it", "my dispute"). "Fix foreclosure problems" names a process someone runs
 * and can be handed; "Fix car problems" names where the trouble happened, not what went wrong.
 * The suffixes and particles are general English morphology, in {@code theme-words.txt}.
 */
public final class ActNouns {

  private static final WordFile WORDS = WordFile.load("theme-words.txt");
  private static final List<String> SUFFIXES = List.copyOf(WORDS.words("act suffixes"));
  private static final Set<String> PARTICLES = WORDS.words("act particles");
  /**
   * A noun that is also a verb ("dispute") names an act when it is used as a verb at least this
   * share of the times it is used as a noun: "work" and "check" are verbs often enough, "title"
   * (5 verb uses to 318 noun uses on the CFPB payday dev part) is not.
   */
  static final double SAME_WORD_VERB_SHARE = 0.25;
  /** A verb said fewer times than this is too rare to make a noun of (a tagging slip). */
  static final long MIN_VERB_USES = 3;

  private final Map<String, Long> verbs;
  private final Map<String, Long> nouns;

  /**
   * @param verbs uses of each verb lemma in the corpus
   * @param nouns uses of each noun lemma in the corpus
   */
  public ActNouns(Map<String, Long> verbs, Map<String, Long> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  /** Whether the head (last word) of a theme's key names something done. */
  public boolean namesAnAct(String key) {
    String[] words = key.split(" ");
    String noun = words[words.length - 1];
    long asVerb = verbs.getOrDefault(noun, 0L);
    if (asVerb >= MIN_VERB_USES
        && asVerb >= SAME_WORD_VERB_SHARE * nouns.getOrDefault(noun, 0L)) {
      return true;
    }
    for (Map.Entry<String, Long> v : verbs.entrySet()) {
      if (v.getValue() >= MIN_VERB_USES && !v.getKey().equals(noun)
          && madeFrom(noun, v.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun is the verb with a noun-making suffix or particle. */
  static boolean madeFrom(String noun, String verb) {
    if (verb.length() < 3 || !noun.startsWith(verb.substring(0, 2))) {
      return false;
    }
    if (noun.startsWith(verb) && PARTICLES.contains(noun.substring(verb.length()))) {
      return true;
    }
    boolean softEnd = verb.endsWith("e") || verb.endsWith("y");
    String stem = softEnd ? verb.substring(0, verb.length() - 1) : verb;
    for (String suffix : SUFFIXES) {
      if (suffix.equals("y")) {
        // "deliver" + "y"; never after a dropped ending ("police" is no "policy").
        if (!softEnd && noun.equals(verb + suffix)) {
          return true;
        }
      } else if (noun.equals(stem + suffix) || noun.equals(verb + suffix)
          || verb.endsWith("y") && noun.equals(stem + "i" + suffix)) {
        return true;
      }
    }
    return false;
  }
}
