package io.verbatim.themes;

import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a noun names something done (a foreclosure, a modification, a payoff, a dispute) rather
 * than a thing or a setting (a car, a debt, the police), read from the corpus's own verbs: the
 * noun is made from a verb the customers use, by an English suffix ("foreclose" + "ure"), by a
 * particle ("pay" + "off"), or is the verb itself, done to something, as often as a fourth of
 * the times it is a noun ("they disputed the charge", "my dispute"). "Fix foreclosure problems" names a process someone runs
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
  /** Tags that may stand between a verb and its object: determiners, possessives, numbers. */
  private static final Set<String> MODIFIERS = Set.of("DT", "PDT", "PRP$", "CD", "POS");
  /** A verb said fewer times than this is too rare to make a noun of (a tagging slip). */
  static final long MIN_VERB_USES = 3;

  /**
   * A noun that is also a verb names an act only when the verb is done to something: at least
   * this share of its uses has a direct object right after it ("dispute the charge", "deposit
   * a check"). "It doesn't work" and "I work nights" name no deed (5% and 13% on the CFPB dev
   * parts), so "work" stays a setting. Set low because a passive use ("was deposited") has its
   * object before the verb and is not counted.
   */
  static final double OBJECT_SHARE = 0.2;

  private final Map<String, Long> verbs;
  private final Map<String, Long> objects;
  private final Map<String, Long> nouns;

  /**
   * @param verbs uses of each verb lemma in the corpus
   * @param objects uses of each verb lemma with a direct object right after it
   * @param nouns uses of each noun lemma in the corpus
   */
  public ActNouns(Map<String, Long> verbs, Map<String, Long> objects, Map<String, Long> nouns) {
    this.verbs = verbs;
    this.objects = objects;
    this.nouns = nouns;
  }

  /** What a corpus says of its words: verb and noun uses, mergeable. */
  public static final class Uses implements Serializable {
    private final Map<String, Long> verbs = new HashMap<>();
    private final Map<String, Long> objects = new HashMap<>();
    private final Map<String, Long> nouns = new HashMap<>();

    public void add(List<Token> tokens) {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isNoun()) {
          nouns.merge(lemma, 1L, Long::sum);
        } else if (t.isVerb()) {
          verbs.merge(lemma, 1L, Long::sum);
          if (hasObject(tokens, i)) {
            objects.merge(lemma, 1L, Long::sum);
          }
        }
      }
    }

    public Uses merge(Uses o) {
      o.verbs.forEach((k, v) -> verbs.merge(k, v, Long::sum));
      o.objects.forEach((k, v) -> objects.merge(k, v, Long::sum));
      o.nouns.forEach((k, v) -> nouns.merge(k, v, Long::sum));
      return this;
    }

    public ActNouns acts() {
      return new ActNouns(verbs, objects, nouns);
    }
  }

  /** A noun or pronoun right after the verb, past its determiners and adjectives. */
  static boolean hasObject(List<Token> tokens, int verb) {
    int at = verb + 1;
    while (at < tokens.size() && (MODIFIERS.contains(tokens.get(at).pos())
        || tokens.get(at).isAdjective())) {
      at++;
    }
    return at < tokens.size() && (tokens.get(at).isNoun() || tokens.get(at).pos().equals("PRP"));
  }

  /** Whether the head (last word) of a theme's key names something done. */
  public boolean namesAnAct(String key) {
    String[] words = key.split(" ");
    String noun = words[words.length - 1];
    long asVerb = verbs.getOrDefault(noun, 0L);
    if (asVerb >= MIN_VERB_USES
        && asVerb >= SAME_WORD_VERB_SHARE * nouns.getOrDefault(noun, 0L)
        && objects.getOrDefault(noun, 0L) >= OBJECT_SHARE * asVerb) {
      return true;
    }
    return verbsItCouldBeMadeFrom(noun).stream().anyMatch(v -> !v.equals(noun)
        && verbs.getOrDefault(v, 0L) >= MIN_VERB_USES && madeFrom(noun, v));
  }

  /**
   * The verbs a noun could be made from, by undoing each suffix or particle it ends with
   * ("modification": "modif", "modife", "modify"); a few look-ups instead of a pass over every
   * verb of the corpus.
   */
  private static Set<String> verbsItCouldBeMadeFrom(String noun) {
    Set<String> out = new HashSet<>();
    for (String particle : PARTICLES) {
      if (noun.endsWith(particle)) {
        out.add(noun.substring(0, noun.length() - particle.length()));
      }
    }
    for (String suffix : SUFFIXES) {
      if (noun.endsWith(suffix)) {
        String base = noun.substring(0, noun.length() - suffix.length());
        out.addAll(List.of(base, base + "e", base + "y"));
        if (base.endsWith("i")) {
          out.add(base.substring(0, base.length() - 1) + "y");
        }
      }
    }
    return out;
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
