package io.verbatim.themes;

import io.verbatim.model.AspectMention;
import io.verbatim.model.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds candidate aspect phrases in a sentence: noun compounds ("baggage fee"), a noun with its
 * descriptive modifier ("lost baggage", "vegetarian meal") and the nouns themselves, lemmatised and
 * folded through the taxonomy's synonyms.
 *
 * <p>Failures told as events ("they cancelled my flight") are found by {@link EventPhrases} and
 * listed with the nouns.
 *
 * <p>Evaluative adjectives ("great service", "rude staff") are not part of an aspect: they are
 * what customers think of it, so "great service" counts as "service".
 */
public final class AspectExtractor implements Serializable {

  private static final int MAX_COMPOUND = 3;

  private final Taxonomy taxonomy;
  private final EventPhrases events;

  public AspectExtractor(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.events = new EventPhrases(taxonomy);
  }


  /** Aspect phrases of one sentence, normalised, each once, in order of appearance. */
  public List<String> extract(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (AspectMention m : mentions(tokens)) {
      out.add(m.phrase());
    }
    return List.copyOf(out);
  }

  /**
   * Every aspect phrase of one sentence with its token span, in order of appearance; a phrase
   * named twice ("the soup was cold, the other soup fine") is listed at each place.
   */
  public List<AspectMention> mentions(List<Token> tokens) {
    List<AspectMention> out = new ArrayList<>();
    boolean[] setPhrase = setPhrases(tokens);
    int i = 0;
    while (i < tokens.size()) {
      if (setPhrase[i] || !isAspectNoun(tokens.get(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < tokens.size() && !setPhrase[i] && isAspectNoun(tokens.get(i))) {
        i++;
      }
      addNounRun(tokens, start, i, out);
    }
    // Failures told with a verb ("my flight got cancelled") are aspects as much as nouns are.
    for (EventPhrases.Found e : events.find(tokens)) {
      add(e.phrase(), e.from(), e.to(), out);
    }
    return List.copyOf(out);
  }

  /** Which tokens belong to one of {@link Vocabulary#SET_PHRASES}. */
  private static boolean[] setPhrases(List<Token> tokens) {
    boolean[] in = new boolean[tokens.size()];
    for (List<String> phrase : Vocabulary.SET_PHRASES) {
      for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
        boolean match = true;
        for (int k = 0; k < phrase.size() && match; k++) {
          match = phrase.get(k).equals(tokens.get(i + k).lemma());
        }
        if (match) {
          java.util.Arrays.fill(in, i, i + phrase.size(), true);
        }
      }
    }
    return in;
  }

  private void addNounRun(List<Token> tokens, int start, int end, List<AspectMention> out) {
    // Long runs are usually tagging noise; keep the last few nouns, where the head is.
    int from = Math.max(start, end - MAX_COMPOUND);
    // A generic noun in front adds nothing: "4 hour flight" is about the flight.
    while (from < end - 1 && Vocabulary.GENERIC_NOUNS.contains(tokens.get(from).lemma())) {
      from++;
    }
    List<String> nouns = new ArrayList<>();
    for (int k = from; k < end; k++) {
      nouns.add(tokens.get(k).lemma());
    }
    String compound = String.join(" ", nouns);
    Token modifier = start > 0 ? tokens.get(start - 1) : null;
    if (modifier != null && isDescriptiveModifier(modifier)) {
      // The word, not the lemma: "lost baggage", "connecting flight", not "lose baggage"; a
      // failure in the spelling its event uses ("canceled" and "cancelled flight" are one).
      String word = EventPhrases.participle(modifier.lemma())
          .orElse(modifier.word().toLowerCase(java.util.Locale.ROOT));
      add(word + " " + compound, start - 1, end, out);
    }
    if (nouns.size() > 1) {
      add(compound, start, end, out);
      // Also the final two nouns: "airport baggage fee" should still count as "baggage fee".
      if (nouns.size() > 2) {
        add(nouns.get(nouns.size() - 2) + " " + nouns.get(nouns.size() - 1), start, end, out);
      }
    }
    for (String noun : nouns) {
      if (!Vocabulary.GENERIC_NOUNS.contains(noun)) {
        add(noun, start, end, out);
      }
    }
  }

  private void add(String phrase, int from, int to, List<AspectMention> out) {
    String normalised = taxonomy.normalise(phrase);
    // "plus side", "second time": nothing but generic words is no aspect.
    boolean allGeneric = true;
    for (String w : normalised.split(" ")) {
      allGeneric &= Vocabulary.GENERIC_NOUNS.contains(w) || Vocabulary.EVALUATIVE.contains(w);
    }
    if (!allGeneric) {
      out.add(new AspectMention(normalised, from, to));
    }
  }

  /**
   * Whether a noun (lemma) can be the object of a change: a word, and not one that is never an
   * aspect ("something", "lol", units, greetings; {@code theme-words.txt}).
   */
  public static boolean canBeObject(String lemma) {
    return isWord(lemma) && !Vocabulary.NOT_ASPECTS.contains(lemma);
  }

  private boolean isAspectNoun(Token t) {
    if (!t.isNoun() || !isWord(t.lemma()) || Vocabulary.NOT_ASPECTS.contains(t.lemma())) {
      return false;
    }
    // Proper nouns are places, brands and people ("Madrid", "Northwind"), not aspects; but
    // customers capitalise at random ("the Wifi", "your App"), so a taxonomy word still counts.
    return !t.pos().startsWith("NNP") || taxonomy.knows(t.lemma());
  }

  /** Modifiers that narrow an aspect ("lost", "online", "vegetarian") rather than judge it. */
  private static boolean isDescriptiveModifier(Token t) {
    String lemma = t.lemma();
    if (!isWord(lemma) || Vocabulary.EVALUATIVE.contains(lemma)
        || Vocabulary.EVALUATIVE.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    // VBN: "lost baggage", "delayed flight"; JJ: "vegetarian meal"; VBG before a noun is part of
    // the compound: "boarding pass", "booking system".
    return t.pos().equals("VBN") || t.pos().equals("JJ") || t.pos().equals("VBG");
  }

  private static boolean isWord(String s) {
    if (s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
