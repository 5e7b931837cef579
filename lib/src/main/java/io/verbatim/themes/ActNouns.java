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
 *
 * <p>An act names a process someone runs only when its verb is done to a few kinds of things:
 * customers modify a loan, validate a debt, deposit a check or money, pay off a loan, but they
 * access, verify, transfer or are offered anything at all ("access my account", "access the
 * site", "access my funds"). "Fix access problems" says that some act failed, not which
 * process; "Fix modification problems" names one ({@link #namesAProcess}).
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

  /**
   * A verb names a process when it is done to at most this many kinds of things, counted as the
   * inverse of Simpson's index: the number of equally common objects that would make two of its
   * uses as likely to be done to the same thing. On the CFPB dev parts (in-sample; word counts
   * only, labels not read) acts of one process count 2.6 to 4.4 ("modify" 3.5: loan, mortgage,
   * payment; "validate" 3.6; "deposit" 4.4; "pay off" 4.2 on the payday part), acts done to
   * anything 7.3 and up ("access" 7.9 and 8.8, "verify" 12, "transfer" 15, "offer" 32); 6 is
   * between the two.
   */
  static final double MAX_KINDS = 6;
  /** Below this many noun objects a verb is not judged general: too few to tell. */
  static final long MIN_OBJECT_NOUNS = 20;

  private final Map<String, Long> verbs;
  private final Map<String, Long> objects;
  private final Map<String, Long> nouns;
  private final Map<String, Map<String, Long>> things;

  /**
   * @param verbs uses of each verb lemma in the corpus
   * @param objects uses of each verb lemma with a direct object right after it
   * @param nouns uses of each noun lemma in the corpus
   */
  public ActNouns(Map<String, Long> verbs, Map<String, Long> objects, Map<String, Long> nouns) {
    this(verbs, objects, nouns, Map.of());
  }

  /**
   * @param things for each verb lemma (with its particle, "pay off", when one follows it), the
   *     nouns it is done to, by lemma
   */
  public ActNouns(Map<String, Long> verbs, Map<String, Long> objects, Map<String, Long> nouns,
                  Map<String, Map<String, Long>> things) {
    this.verbs = verbs;
    this.objects = objects;
    this.nouns = nouns;
    this.things = things;
  }

  /** What a corpus says of its words: verb and noun uses, what each verb is done to; mergeable. */
  public static final class Uses implements Serializable {
    private final Map<String, Long> verbs = new HashMap<>();
    private final Map<String, Long> objects = new HashMap<>();
    private final Map<String, Long> nouns = new HashMap<>();
    private final Map<String, Map<String, Long>> things = new HashMap<>();

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
          addThing(tokens, i, lemma);
        }
      }
    }

    /** The noun a verb is done to ("paid off my loan": "pay off", "loan"); not a pronoun. */
    private void addThing(List<Token> tokens, int verb, String lemma) {
      int at = verb;
      String act = lemma;
      if (at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("RP")
          && PARTICLES.contains(lower(tokens.get(at + 1)))) {
        at++;
        act = lemma + " " + lower(tokens.get(at));
      }
      int object = objectAfter(tokens, at);
      if (object >= 0 && tokens.get(object).isNoun()) {
        things.computeIfAbsent(act, k -> new HashMap<>())
            .merge(lower(tokens.get(object)), 1L, Long::sum);
      }
    }

    public Uses merge(Uses o) {
      o.verbs.forEach((k, v) -> verbs.merge(k, v, Long::sum));
      o.objects.forEach((k, v) -> objects.merge(k, v, Long::sum));
      o.nouns.forEach((k, v) -> nouns.merge(k, v, Long::sum));
      o.things.forEach((k, v) -> {
        Map<String, Long> into = things.computeIfAbsent(k, x -> new HashMap<>());
        v.forEach((noun, n) -> into.merge(noun, n, Long::sum));
      });
      return this;
    }

    public ActNouns acts() {
      return new ActNouns(verbs, objects, nouns, things);
    }
  }

  private static String lower(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** A noun or pronoun right after the verb, past its determiners and adjectives. */
  static boolean hasObject(List<Token> tokens, int verb) {
    return objectAfter(tokens, verb) >= 0;
  }

  /** Where the noun or pronoun right after a word stands, past determiners and adjectives; -1. */
  private static int objectAfter(List<Token> tokens, int word) {
    int at = word + 1;
    while (at < tokens.size() && (MODIFIERS.contains(tokens.get(at).pos())
        || tokens.get(at).isAdjective())) {
      at++;
    }
    return at < tokens.size() && (tokens.get(at).isNoun() || tokens.get(at).pos().equals("PRP"))
        ? at : -1;
  }

  /** Whether the head (last word) of a theme's key names something done. */
  public boolean namesAnAct(String key) {
    return !madeFrom(head(key)).isEmpty();
  }

  /**
   * Whether the head of a theme's key names something done to a few kinds of things: an act
   * none of whose verbs is done to anything at all ({@link #MAX_KINDS}); a verb with too few
   * objects to tell is given the benefit of the doubt.
   */
  public boolean namesAProcess(String key) {
    Set<String> made = madeFrom(head(key));
    return !made.isEmpty() && made.stream().noneMatch(this::doneToAnything);
  }

  /** The verbs (with their particle, "pay off") a noun is made from, none if it names no act. */
  private Set<String> madeFrom(String noun) {
    Set<String> out = new HashSet<>();
    long asVerb = verbs.getOrDefault(noun, 0L);
    if (asVerb >= MIN_VERB_USES
        && asVerb >= SAME_WORD_VERB_SHARE * nouns.getOrDefault(noun, 0L)
        && objects.getOrDefault(noun, 0L) >= OBJECT_SHARE * asVerb) {
      out.add(noun);
    }
    for (String v : verbsItCouldBeMadeFrom(noun)) {
      if (!v.equals(noun) && verbs.getOrDefault(v, 0L) >= MIN_VERB_USES && madeFrom(noun, v)) {
        out.add(noun.startsWith(v) && PARTICLES.contains(noun.substring(v.length()))
            ? v + " " + noun.substring(v.length()) : v);
      }
    }
    return out;
  }

  private static String head(String key) {
    String[] words = key.split(" ");
    return words[words.length - 1];
  }

  /** Whether a verb is done to more kinds of things than a process ({@link #MAX_KINDS}). */
  private boolean doneToAnything(String verb) {
    return kindsDoneTo(verb) > MAX_KINDS;
  }

  /**
   * How many kinds of things a verb is done to, as the inverse Simpson index of its objects; 0
   * below {@link #MIN_OBJECT_NOUNS} objects, too few to tell.
   */
  double kindsDoneTo(String verb) {
    Map<String, Long> done = things.getOrDefault(verb, Map.of());
    long all = done.values().stream().mapToLong(Long::longValue).sum();
    if (all < MIN_OBJECT_NOUNS) {
      return 0;
    }
    double same = done.values().stream().mapToDouble(n -> (double) n * n).sum();
    return (double) all * all / same;
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
