package io.verbatim.themes;

import java.util.List;
import java.util.Set;

/**
 * Word lists that keep theme discovery about aspects of the service, not about language; the
 * words live in {@code theme-words.txt}.
 */
final class Vocabulary {

  private static final WordFile FILE = WordFile.load("theme-words.txt");

  private Vocabulary() {
  }

  /**
   * Nouns too general to be a theme on their own ("time", "thing") and filler nouns that name a
   * theme only through what they are about ("problem with my refund"); they still take part in
   * compounds ("waiting time").
   */
  static final Set<String> GENERIC_NOUNS = FILE.words("generic nouns");

  /**
   * Tokens tagged as nouns that are never aspects: contractions, interjections, units and
   * abbreviations, social-media furniture, greetings.
   */
  static final Set<String> NOT_ASPECTS = FILE.words("not aspects");

  /** Adjectives that express an opinion of an aspect rather than name a kind of it. */
  static final Set<String> EVALUATIVE = FILE.words("evaluative");

  /**
   * Nouns that name how a customer and a company reach each other (letter, email, phone call),
   * not what went wrong ({@link Channels}).
   */
  static final Set<String> CHANNEL_NOUNS = FILE.words("channel nouns");

  /**
   * Set phrases (lemmas) whose nouns name nothing: "room for improvement" is a verdict, not a
   * hotel room.
   */
  static final List<List<String>> SET_PHRASES = FILE.lines("set phrases").stream()
      .map(line -> List.of(line.split("\\s+"))).toList();
}
