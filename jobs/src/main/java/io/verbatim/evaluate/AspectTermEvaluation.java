package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.Metrics;
import io.verbatim.labelled.Parallel;
import io.verbatim.themes.AspectExtractor;
import io.verbatim.themes.Taxonomy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Aspect-term extraction on SemEval-2014 Task 4: {@link AspectExtractor} with the default
 * taxonomy on every sentence of the set (sentences without gold terms count for precision).
 *
 * <p>Matching, per sentence and on whole words: a gold term is normalised as the extractor
 * normalises phrases (the lower-case lemmas of the tokens its character span covers, folded
 * through the taxonomy's synonyms); each distinct normalised gold term counts once. A gold term
 * is <i>found</i> (recall) when a found phrase equals it or contains it. A found phrase is
 * <i>correct</i> (precision) when it equals, contains or is contained in a gold term of the
 * sentence — the extractor emits a compound and its nouns ("wine list", "wine", "list"), and
 * those parts are not counted as errors.
 */
final class AspectTermEvaluation {

  private final Tagger tagger;
  private final Taxonomy taxonomy;
  private final AspectExtractor extractor;
  private final int threads;

  AspectTermEvaluation(Tagger tagger, Taxonomy taxonomy, int threads) {
    this.tagger = tagger;
    this.taxonomy = taxonomy;
    this.extractor = new AspectExtractor(taxonomy);
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> sentences) {
    Stopwatch tagClock = new Stopwatch();
    List<List<Tagger.Tagged>> tagged =
        Parallel.map(sentences, threads, s -> tagger.sentences(s.text()));
    double tagSeconds = tagClock.seconds();
    long coreNlpSentences = tagged.stream().mapToLong(List::size).sum();

    long correct = 0;
    long found = 0;
    long goldFound = 0;
    long gold = 0;
    double extractSeconds = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Stopwatch clock = new Stopwatch();
      Set<String> phrases = new LinkedHashSet<>();
      for (Tagger.Tagged s : tagged.get(i)) {
        phrases.addAll(extractor.extract(s.tokens()));
      }
      extractSeconds += clock.seconds();
      Set<String> golds = new LinkedHashSet<>();
      for (AspectSentence.Term t : sentences.get(i).terms()) {
        String g = normalisedGold(tagged.get(i), t);
        if (!g.isEmpty()) {
          golds.add(g);
        }
      }
      gold += golds.size();
      found += phrases.size();
      for (String g : golds) {
        if (phrases.stream().anyMatch(p -> containsWords(p, g))) {
          goldFound++;
        }
      }
      for (String p : phrases) {
        if (golds.stream().anyMatch(g -> containsWords(p, g) || containsWords(g, p))) {
          correct++;
        }
      }
    }
    return new TaskResult(key, title, dataset, gold, null, null,
        new Metrics(correct, found, goldFound, gold),
        List.of(new Speed("tagging", coreNlpSentences, tagSeconds, threads),
            new Speed("aspects", coreNlpSentences, extractSeconds, 1)),
        List.of(sentences.size() + " sentences, all of them (also those without gold terms).",
            "Gold term = lower-case lemmas of the tokens it spans, through the taxonomy;"
                + " found (recall) when a found phrase equals or contains it on whole words;"
                + " a found phrase is correct (precision) when it equals, contains or is"
                + " contained in a gold term of its sentence."));
  }

  /** Lemmas of the tokens overlapping the term's span, joined, normalised by the taxonomy. */
  String normalisedGold(List<Tagger.Tagged> sentences, AspectSentence.Term term) {
    StringJoiner lemmas = new StringJoiner(" ");
    for (Tagger.Tagged s : sentences) {
      for (int k = 0; k < s.tokens().size(); k++) {
        if (s.begins()[k] < term.to() && s.ends()[k] > term.from()) {
          lemmas.add(s.tokens().get(k).lemma());
        }
      }
    }
    String joined = lemmas.toString();
    return joined.isEmpty() ? "" : taxonomy.normalise(joined);
  }

  /** Whether {@code phrase} contains {@code part} as whole words. */
  static boolean containsWords(String phrase, String part) {
    return (" " + phrase + " ").contains(" " + part + " ");
  }
}
