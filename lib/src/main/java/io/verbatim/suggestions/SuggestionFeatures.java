package io.verbatim.suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the learned suggestion model sees of a sentence, as named feature values: word unigrams
 * and bigrams, character 3- and 4-grams, which rules of the chain fire and the kind the first one
 * gives, and mood and modal patterns from the tagger (a question, modal + verb, who the subject
 * of a modal is, a clause that starts with a base verb). The strongest SemEval-2019 Task 9
 * systems combined rule cues with n-grams: n-grams carry the training domain, the rule cues carry
 * over to new domains. Each n-gram family is scaled to Euclidean length 1 so long sentences do
 * not outweigh short ones; cue and pattern features have value 1. Families were kept or dropped
 * by cross-validation inside the training set ({@code SuggestionVariants} in the jobs' tests):
 * tag bigrams and trigrams and the sentence's first tags cost F1 there and are left out; lemma
 * n-grams, word trigrams and character 5-grams gained too little to pay for doubling the model
 * (its load and scoring time). The same code builds the features for training (in jobs) and for
 * scoring, so the two cannot drift apart.
 */
public final class SuggestionFeatures {

  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "they", "it", "this",
      "that", "he", "she", "there", "someone", "people", "users");

  private SuggestionFeatures() {
  }

  /**
   * The features of one sentence.
   *
   * @param in the sentence as the rules read it
   * @param firing names of the rules of the chain that fire on it
   * @param verdict the rules' verdict (the first rule that fired)
   */
  static Map<String, Double> of(RuleInput in, List<String> firing, Suggestion verdict) {
    Words w = in.w;
    Map<String, Double> f = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      words.add(w.word(i));
    }
    scaled(f, grams(words, "w:", "b:"));
    scaled(f, chars(" " + String.join(" ", words) + " ", 3, 4, "c:"));
    for (String rule : firing) {
      f.put("r:" + rule, 1.0);
    }
    f.put("k:" + verdict.kind().name().toLowerCase(Locale.ROOT), 1.0);
    patterns(in, f);
    return f;
  }

  /** Mood and modality: what the tagger says about how the sentence is put. */
  private static void patterns(RuleInput in, Map<String, Double> f) {
    Words w = in.w;
    if (in.question) {
      f.put("p:question", 1.0);
    }
    for (int i = 0; i < w.size(); i++) {
      if (w.isModal(i)) {
        f.put("p:md=" + w.lemma(i), 1.0);
        int v = w.skipAdverbs(i + 1);
        if (w.isNegation(v)) {
          f.put("p:md-not", 1.0);
          v = w.skipAdverbs(v + 1);
        }
        if (w.tagIs(v, "VB")) {
          f.put("p:md+vb=" + w.lemma(v), 1.0);
        }
        String subject = w.lemma(i - 1);
        if (SUBJECTS.contains(subject)) {
          f.put("p:" + subject + "+" + w.lemma(i), 1.0);
        }
      }
      if (w.tagIs(i, "VB") && (i == 0 || w.isSeparator(i - 1))) {
        f.put("p:clause-starts-vb", 1.0);
      }
    }
  }

  /** Unigrams and bigrams (with sentence start and end marks) of a sequence, prefixed. */
  private static List<String> grams(List<String> sequence, String one, String two) {
    List<String> grams = new ArrayList<>();
    for (String s : sequence) {
      grams.add(one + s);
    }
    String previous = "<s>";
    for (String s : sequence) {
      grams.add(two + previous + "_" + s);
      previous = s;
    }
    grams.add(two + previous + "_</s>");
    return grams;
  }

  /** Character n-grams of {@code text}, {@code from} to {@code to} long, prefixed. */
  private static List<String> chars(String text, int from, int to, String prefix) {
    List<String> chars = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      for (int i = 0; i + n <= text.length(); i++) {
        chars.add(prefix + text.substring(i, i + n));
      }
    }
    return chars;
  }

  /** Adds the counts of {@code names} to {@code f}, scaled to Euclidean length 1. */
  static void scaled(Map<String, Double> f, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    Map<String, Double> counts = new LinkedHashMap<>();
    for (String n : names) {
      counts.merge(n, 1.0, Double::sum);
    }
    double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> c * c).sum());
    counts.forEach((n, c) -> f.put(n, c / norm));
  }
}
