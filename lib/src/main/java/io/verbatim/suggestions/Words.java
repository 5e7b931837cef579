package io.verbatim.suggestions;

import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence's tokens as the rules read them: lower-cased words and lemmas, Penn tags, quotes
 * removed. Reads past either end answer "" so rules can look ahead without bounds checks.
 */
final class Words {

  /** Quotes carry nothing for the rules but split patterns such as "please ``add''". */
  private static final Set<String> DROPPED_TAGS = Set.of("``", "''", "\"");

  private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "-", "--", "...", "!", "?",
      ".", "-lrb-", "-rrb-", "(", ")", "[", "]", "–", "—");

  private final String[] words;
  private final String[] lemmas;
  private final String[] tags;

  private Words(List<String> words, List<String> lemmas, List<String> tags) {
    this.words = words.toArray(String[]::new);
    this.lemmas = lemmas.toArray(String[]::new);
    this.tags = tags.toArray(String[]::new);
  }

  static Words of(List<Token> tokens) {
    List<String> w = new ArrayList<>();
    List<String> l = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (Token token : Informal.normalise(tokens)) {
      String tag = token.pos() == null ? "" : token.pos();
      String word = token.word() == null ? "" : token.word().toLowerCase(Locale.ROOT);
      if (DROPPED_TAGS.contains(tag) || word.isBlank()) {
        continue;
      }
      // Pronouns keep their form: CoreNLP lemmatises "me" to "I", and "let me" is not "let I".
      String lemma = token.lemma() == null || token.lemma().isBlank() || tag.startsWith("PRP")
          ? word : token.lemma().toLowerCase(Locale.ROOT);
      // Negation is matched by lemma; not every lemmatiser maps "n't" to "not".
      if (word.equals("n't") || word.equals("not")) {
        lemma = "not";
      }
      w.add(word);
      l.add(lemma);
      t.add(tag);
    }
    return new Words(w, l, t);
  }

  int size() {
    return words.length;
  }

  boolean isEmpty() {
    return words.length == 0;
  }

  String word(int i) {
    return in(i) ? words[i] : "";
  }

  String lemma(int i) {
    return in(i) ? lemmas[i] : "";
  }

  String tag(int i) {
    return in(i) ? tags[i] : "";
  }

  boolean in(int i) {
    return i >= 0 && i < words.length;
  }

  boolean lemmaIs(int i, String lemma) {
    return lemma(i).equals(lemma);
  }

  boolean lemmaIn(int i, Set<String> set) {
    return in(i) && set.contains(lemmas[i]);
  }

  boolean wordIs(int i, String word) {
    return word(i).equals(word);
  }

  boolean wordIn(int i, Set<String> set) {
    return in(i) && set.contains(words[i]);
  }

  boolean tagIs(int i, String tag) {
    return tag(i).equals(tag);
  }

  boolean tagStarts(int i, String prefix) {
    return in(i) && tags[i].startsWith(prefix);
  }

  boolean isVerb(int i) {
    return tagStarts(i, "VB");
  }

  /** A base-form verb; VBP too, because the tagger often gives it to subjectless verbs. */
  boolean isBaseVerb(int i) {
    return tagIs(i, "VB") || tagIs(i, "VBP");
  }

  boolean isModal(int i) {
    return tagIs(i, "MD");
  }

  /** Verbs that carry tense, plus modals: what a clause with its own subject must contain. */
  boolean isFinite(int i) {
    String t = tag(i);
    return t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD");
  }

  boolean isPast(int i) {
    return tagIs(i, "VBD") || tagIs(i, "VBN");
  }

  boolean isNoun(int i) {
    return tagStarts(i, "NN");
  }

  boolean isAdjective(int i) {
    return tagStarts(i, "JJ");
  }

  boolean isNegation(int i) {
    return lemmaIs(i, "not") || lemmaIs(i, "never");
  }

  /** Punctuation that ends a clause or opens a new one. */
  boolean isSeparator(int i) {
    // CoreNLP splits "read-only" into three tokens; that hyphen (HYPH) joins, it doesn't separate,
    // unless a base-form verb follows a full word: "one tip - check your bill", "slow - beware"
    boolean joins = in(i) && tags[i].equals("HYPH")
        && !(tagIs(i + 1, "VB") && i > 0 && !tagIs(i - 1, "AFX") && words[i - 1].length() >= 3);
    return in(i) && !joins && (SEPARATORS.contains(words[i]) || tags[i].equals(",")
        || tags[i].equals(":") || tags[i].equals(".") || tags[i].startsWith("-"));
  }

  /** Adverbs that may sit between a modal and its verb ("should really consider"). */
  int skipAdverbs(int i) {
    while (in(i) && !isNegation(i)
        && (tagIs(i, "RB") || lemmaIs(i, "please") || lemmaIs(i, "also") || lemmaIs(i, "just"))) {
      i++;
    }
    return i;
  }

  /** The first word at or before {@code i}, going backwards, that is not an adverb. */
  int skipAdverbsBack(int i) {
    while (in(i) && tagStarts(i, "RB") && !isNegation(i)) {
      i--;
    }
    return i;
  }

  /** Whether the sentence is a question: it ends with "?", ignoring closing punctuation. */
  boolean isQuestion() {
    for (int i = words.length - 1; i >= 0; i--) {
      if (words[i].contains("?")) {
        return true;
      }
      if (!isSeparator(i)) {
        return false;
      }
    }
    return false;
  }

  /** First index at or after {@code from} whose lemma is {@code lemma}, or -1. */
  int find(String lemma, int from) {
    for (int i = Math.max(0, from); i < words.length; i++) {
      if (lemmas[i].equals(lemma)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sb.append(i == 0 ? "" : " ").append(words[i]).append('/').append(tags[i]);
    }
    return sb.toString();
  }
}
