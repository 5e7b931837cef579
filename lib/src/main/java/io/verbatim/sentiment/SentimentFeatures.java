package io.verbatim.sentiment;

import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binary features of a token list, as the classifier sees them: lower-cased lemmas as unigrams
 * ({@code u:}) and adjacent bigrams ({@code b:}), numbers folded to {@code <num>}; lemmas after a
 * negation (not, n't, never, no, ...) up to the next punctuation or "but" get a {@code NOT_}
 * prefix. Lexicon features ({@code lex:pos}, {@code lex:neg}) fire when a word of the small
 * built-in {@link Lexicon} occurs, flipped when negated, so polarity words the training data
 * never saw (a late flight in a clothing-trained model) still count.
 */
public final class SentimentFeatures {

  static final String NEGATED = "NOT_";

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nothing",
      "nobody", "none", "nor", "neither", "without", "cannot", "hardly", "barely");
  private static final Set<String> SCOPE_ENDS = Set.of("but", "however", "although", "though",
      "yet", "except");

  private SentimentFeatures() {
  }

  /** The distinct features of one sentence or comment, in first-seen order. */
  public static List<String> of(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    boolean negated = false;
    int positive = 0;
    int negative = 0;
    for (Token t : tokens) {
      String lemma = normalised(t);
      if (punctuation(t, lemma) || SCOPE_ENDS.contains(lemma)) {
        negated = false;
        words.add(lemma);
        continue;
      }
      if (NEGATIONS.contains(lemma)) {
        negated = true;
        words.add(lemma);
        continue;
      }
      int polarity = Lexicon.polarity(lemma);
      if (negated) {
        polarity = -polarity;
      }
      if (polarity > 0) {
        positive++;
      } else if (polarity < 0) {
        negative++;
      }
      words.add(negated ? NEGATED + lemma : lemma);
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      out.add("u:" + words.get(i));
      if (i > 0) {
        out.add("b:" + words.get(i - 1) + " " + words.get(i));
      }
    }
    if (positive > 0) {
      out.add("lex:pos");
    }
    if (positive > 1) {
      out.add("lex:pos2");
    }
    if (negative > 0) {
      out.add("lex:neg");
    }
    if (negative > 1) {
      out.add("lex:neg2");
    }
    if (positive == 0 && negative == 0) {
      out.add("lex:none");
    }
    return new ArrayList<>(out);
  }

  private static String normalised(Token t) {
    String lemma = t.lemma() == null ? t.word() : t.lemma();
    lemma = lemma.toLowerCase(Locale.ROOT);
    if ("CD".equals(t.pos()) && lemma.chars().anyMatch(Character::isDigit)) {
      return "<num>";
    }
    return lemma;
  }

  private static boolean punctuation(Token t, String lemma) {
    if (lemma.isEmpty()) {
      return true;
    }
    for (int i = 0; i < lemma.length(); i++) {
      if (Character.isLetterOrDigit(lemma.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
