package io.verbatim.events;

import io.verbatim.model.Token;
import io.verbatim.words.SectionedWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds service failures told as facts: an event that went wrong ("my bag was lost", "they
 * cancelled my flight", "Flight delayed 3 hours"), an expected one that did not happen ("my
 * order never arrived", "no one called back", "still hasn't been fixed"), waiting ("on hold for
 * an hour", "still waiting") and missing replies or repeated charges ("no reply", "charged
 * twice"). A complaint even without an opinion word in it. Failures under a condition ("if my
 * flight is cancelled") or negated ("wasn't charged") do not count.
 *
 * <p>Patterns are general English over word forms, in {@code service-failures.txt}; they need
 * tokens only (no POS tags or lemmas; a noun tag, where there is one, helps find the object).
 * Stateless and thread-safe.
 */
public final class ServiceFailure {

  /**
   * One failed event.
   *
   * @param verb the lemma of the event's verb ("lose", "arrive", "wait")
   * @param object the thing it happened to, lower-cased ("bag", "order"); null when not named
   * @param start first token of the pattern
   * @param end token after the pattern
   */
  public record Event(String verb, String object, int start, int end) {
  }

  private static final String RESOURCE = "service-failures.txt";
  private static final String NUM = "<num>";
  /** How far before a failed verb a form of be or get makes it passive. */
  private static final int PASSIVE_REACH = 4;
  private static final String DURATION = "<duration>";

  private static final Map<String, String> FAILED = new HashMap<>();
  private static final Map<String, String> UNDONE = new HashMap<>();
  private static final Set<String> NEGATORS = new HashSet<>();
  private static final List<List<String>> NEGATOR_PHRASES = new ArrayList<>();
  private static final Set<String> PASSIVE = new HashSet<>();
  private static final Set<String> OPENERS = new HashSet<>();
  private static final Set<String> PARTICLES = new HashSet<>();
  private static final Set<String> NOT_OBJECTS = new HashSet<>();
  private static final Set<String> NUMBERS = new HashSet<>();
  private static final Set<String> DURATIONS = new HashSet<>();
  private static final Set<String> CONDITIONS = new HashSet<>();
  /** Phrases by first word (or slot): verb and words. */
  private static final Map<String, List<Phrase>> PHRASES = new HashMap<>();

  private record Phrase(String verb, List<String> words) {
  }

  static {
    load();
  }

  private ServiceFailure() {
  }

  /** Whether the tokens tell of any service failure. */
  public static boolean any(List<Token> tokens) {
    return !in(tokens).isEmpty();
  }

  /** The failed events in a sentence, in order. */
  public static List<Event> in(List<Token> tokens) {
    int n = tokens.size();
    String[] w = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
    List<Event> out = new ArrayList<>(1);
    int clauseStart = 0;
    boolean conditional = false;
    for (int i = 0; i < n; i++) {
      if (boundary(w[i])) {
        clauseStart = i + 1;
        conditional = false;
        continue;
      }
      if (CONDITIONS.contains(w[i])) {
        conditional = true;
      }
      if (conditional) {
        continue;
      }
      Event e = phrase(tokens, w, i, clauseStart);
      if (e == null) {
        e = failed(tokens, w, i, clauseStart);
      }
      if (e == null) {
        e = undone(tokens, w, i, clauseStart);
      }
      if (e != null) {
        out.add(e);
        i = e.end() - 1;
      }
    }
    return out;
  }

  private static Event phrase(List<Token> tokens, String[] w, int i, int clauseStart) {
    List<Phrase> candidates = new ArrayList<>(PHRASES.getOrDefault(w[i], List.of()));
    if (number(w[i])) {
      candidates.addAll(PHRASES.getOrDefault(NUM, List.of()));
    }
    for (Phrase p : candidates) {
      if (matches(w, i, p.words())) {
        int end = i + p.words().size();
        return new Event(p.verb(), objectBefore(tokens, w, i, clauseStart), i, end);
      }
    }
    return null;
  }

  private static boolean matches(String[] w, int i, List<String> words) {
    if (i + words.size() > w.length) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      String want = words.get(k);
      String got = w[i + k];
      boolean ok = want.equals(NUM) ? number(got)
          : want.equals(DURATION) ? DURATIONS.contains(got) : want.equals(got);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** "was cancelled", "lost my bag", "Flight delayed 3 hours." */
  private static Event failed(List<Token> tokens, String[] w, int i, int clauseStart) {
    String verb = FAILED.get(w[i]);
    if (verb == null || negatedWithin(w, i, 2, clauseStart)) {
      return null;
    }
    int next = i + 1;
    while (next < w.length && PARTICLES.contains(w[next])) {
      next++;
    }
    // "was cancelled", "has been delayed", and questions: "why was my flight cancelled".
    boolean passive = false;
    for (int k = i - 1; k >= Math.max(clauseStart, i - PASSIVE_REACH); k--) {
      passive |= PASSIVE.contains(w[k]);
    }
    if (next < w.length && OPENERS.contains(w[next]) && !passive) {
      return new Event(verb, objectAfter(tokens, w, next), i, next);
    }
    boolean ends = next >= w.length || boundary(w[next]) || w[next].equals("again")
        || w[next].equals("twice") || number(w[next]);
    boolean self = i - 1 >= 0 && (w[i - 1].equals("i") || w[i - 1].equals("we"));
    if (passive || ends && !self) {
      return new Event(verb, objectBefore(tokens, w, i, clauseStart), i, next);
    }
    return null;
  }

  /** "never arrived", "didn't receive my refund", "no one called back". */
  private static Event undone(List<Token> tokens, String[] w, int i, int clauseStart) {
    String verb = UNDONE.get(w[i]);
    // After a determiner the word is a noun ("didn't get my refund"), not the event.
    if (verb == null || i > 0 && OPENERS.contains(w[i - 1])
        || !negatedWithin(w, i, 3, clauseStart)) {
      return null;
    }
    int next = i + 1;
    while (next < w.length && PARTICLES.contains(w[next])) {
      next++;
    }
    String object = next < w.length && OPENERS.contains(w[next])
        ? objectAfter(tokens, w, next) : null;
    if (object == null) {
      object = objectBefore(tokens, w, i, clauseStart);
    }
    return new Event(verb, object, i, i + 1);
  }

  /** Whether a negator (word or phrase) ends within {@code reach} tokens before {@code i}. */
  private static boolean negatedWithin(String[] w, int i, int reach, int clauseStart) {
    for (int k = i - 1; k >= Math.max(clauseStart, i - reach); k--) {
      if (NEGATORS.contains(w[k]) || w[k].endsWith("n't")) {
        return true;
      }
      for (List<String> p : NEGATOR_PHRASES) {
        int from = k - p.size() + 1;
        if (from >= clauseStart && matches(w, from, p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String objectAfter(List<Token> tokens, String[] w, int from) {
    for (int k = from; k < Math.min(w.length, from + 4) && !boundary(w[k]); k++) {
      if (nounLike(tokens.get(k), w[k])) {
        // The last noun of a compound names the thing: "my checked bag", "the order number".
        int last = k;
        while (last + 1 < w.length && nounLike(tokens.get(last + 1), w[last + 1])
            && tokens.get(last + 1).pos().startsWith("NN")) {
          last++;
        }
        return w[last];
      }
    }
    return null;
  }

  private static String objectBefore(List<Token> tokens, String[] w, int at, int clauseStart) {
    for (int k = at - 1; k >= Math.max(clauseStart, at - 5); k--) {
      if (nounLike(tokens.get(k), w[k])) {
        return w[k];
      }
    }
    return null;
  }

  /** A noun by its tag; without tags, any word that is not a function word. */
  private static boolean nounLike(Token t, String lower) {
    if (!t.pos().isEmpty()) {
      return t.pos().startsWith("NN");
    }
    return lower.length() > 1 && !NOT_OBJECTS.contains(lower) && !number(lower)
        && lower.chars().allMatch(Character::isLetter);
  }

  private static boolean number(String w) {
    if (NUMBERS.contains(w)) {
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(String w) {
    if (w.equals("but")) {
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i)) || w.charAt(i) == '\'') {
        return false;
      }
    }
    return true;
  }

  private static void load() {
    SectionedWords.read(ServiceFailure.class, RESOURCE, ServiceFailure::add);
  }

  private static void add(String section, String text) {
    List<String> words = List.of(text.split("\\s+"));
    switch (section) {
      case "[failed]" -> words.subList(1, words.size()).forEach(f -> FAILED.put(f, words.get(0)));
      case "[undone]" -> words.subList(1, words.size()).forEach(f -> UNDONE.put(f, words.get(0)));
      case "[negators]" -> NEGATORS.addAll(words);
      case "[negator phrases]" -> NEGATOR_PHRASES.add(words);
      case "[passive]" -> PASSIVE.addAll(words);
      case "[object openers]" -> OPENERS.addAll(words);
      case "[particles]" -> PARTICLES.addAll(words);
      case "[not objects]" -> NOT_OBJECTS.addAll(words);
      case "[numbers]" -> NUMBERS.addAll(words);
      case "[durations]" -> DURATIONS.addAll(words);
      case "[conditions]" -> CONDITIONS.addAll(words);
      case "[phrases]" -> {
        int colon = text.indexOf(':');
        if (colon < 1) {
          throw new IllegalStateException(RESOURCE + ": phrase without 'verb:': " + text);
        }
        List<String> phrase = List.of(text.substring(colon + 1).strip().split("\\s+"));
        PHRASES.computeIfAbsent(phrase.get(0), k -> new ArrayList<>())
            .add(new Phrase(text.substring(0, colon).strip(), phrase));
      }
      default -> throw new IllegalStateException(RESOURCE + ": unknown section " + section);
    }
  }
}
