package io.verbatim.evaluate;

import io.verbatim.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a normalised action comes from its sentence: its verb (first word) is a lemma or word
 * of the sentence, and so is one of its later words that the sentence uses as a noun (the
 * object). "where is my bag" turned into "add my bag" fails: no "add" in the sentence.
 */
final class ActionSource {

  private ActionSource() {
  }

  static boolean fromSentence(String action, List<Token> tokens) {
    String[] words = action.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
    if (words.length < 2) {
      return false;
    }
    Set<String> all = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    for (Token t : tokens) {
      String word = t.word().toLowerCase(Locale.ROOT);
      all.add(t.lemma());
      all.add(word);
      if (t.isNoun()) {
        nouns.add(t.lemma());
        nouns.add(word);
      }
    }
    boolean object = false;
    for (int i = 1; i < words.length; i++) {
      object |= nouns.contains(words[i]);
    }
    return all.contains(words[0]) && object;
  }
}
