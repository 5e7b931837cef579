package io.verbatim.sentiment.aspect;

import io.verbatim.model.Token;
import io.verbatim.words.SectionedWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which way single words lean, from the project's own general opinion word list
 * ({@code opinion-words.txt}): +1, -1 or 0. A few words only carry an opinion in one part of
 * speech ("like" as a verb, not as a preposition; "fine" as an adjective, not a penalty).
 */
public final class OpinionWords {

  private static final String RESOURCE = "opinion-words.txt";
  private static final Map<String, Integer> POLARITY = new HashMap<>();
  /** Phrases by their first word: each phrase's words and polarity. */
  private static final Map<String, List<Phrase>> PHRASES = new HashMap<>();

  static {
    load();
  }

  /** A fixed multi-word opinion ("out of this world", "take forever"). */
  private record Phrase(List<String> words, int polarity) {
  }

  /**
   * An opinion found at a token.
   *
   * @param polarity +1 or -1
   * @param length how many tokens it spans (1 for a single word)
   */
  record Match(int polarity, int length) {
  }

  /** Words that are opinions only with a tag starting with the given prefix. */
  private static final Map<String, String> ONLY_AS = Map.of(
      "like", "VB", "well", "RB", "special", "JJ", "plus", "NN", "fine", "JJ", "fair", "JJ",
      "treat", "NN", "break", "VB", "lack", "VB", "wait", "VB");

  private OpinionWords() {
  }

  /** The phrase or word opinion that starts at token {@code i}; null when none. */
  static Match at(List<Token> tokens, int i) {
    for (Phrase p : PHRASES.getOrDefault(lower(tokens.get(i)), List.of())) {
      if (matches(tokens, i, p.words())) {
        return new Match(p.polarity(), p.words().size());
      }
    }
    int p = polarity(tokens.get(i));
    return p == 0 ? null : new Match(p, 1);
  }

  private static boolean matches(List<Token> tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = tokens.get(i + k);
      if (!words.get(k).equals(lower(t)) && !words.get(k).equals(t.lemma())) {
        return false;
      }
    }
    return true;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /**
   * +1, -1 or 0 for one lower-case word or lemma, whatever its part of speech: the one polarity
   * source other stages (the suggestion rules' word lists) read.
   */
  public static int polarity(String word) {
    return POLARITY.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** Every single word of the list that leans {@code polarity} (+1 or -1). */
  public static java.util.Set<String> words(int polarity) {
    java.util.Set<String> out = new java.util.HashSet<>();
    POLARITY.forEach((w, p) -> {
      if (p == polarity) {
        out.add(w);
      }
    });
    return java.util.Set.copyOf(out);
  }

  /** +1, -1 or 0 for one token. */
  static int polarity(Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    Integer p = POLARITY.get(word);
    String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
    if (p == null) {
      p = POLARITY.get(lemma);
    }
    if (p == null) {
      return 0;
    }
    String only = ONLY_AS.get(lemma);
    return only == null || t.pos().startsWith(only) ? p : 0;
  }

  private static void load() {
    SectionedWords.read(OpinionWords.class, RESOURCE, OpinionWords::add);
  }

  private static void add(String section, String text) {
    switch (section) {
      case "[positive]", "[negative]" -> {
        for (String w : text.split("\\s+")) {
          POLARITY.put(w, section.equals("[positive]") ? 1 : -1);
        }
      }
      case "[positive phrases]", "[negative phrases]" -> {
        List<String> words = List.of(text.split("\\s+"));
        PHRASES.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Phrase(words, section.startsWith("[positive") ? 1 : -1));
      }
      default -> throw new IllegalStateException(RESOURCE + ": no section for " + text);
    }
  }
}
