package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Confusion;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence sentiment across domains, on SemEval-2014 Task 4 review sentences whose aspect terms
 * (conflict ones aside) all share one polarity, which then is the sentence's gold label. Each is
 * annotated by {@link CommentAnnotator} as a one-sentence comment and scored by its sentence
 * label; when CoreNLP splits it, by the token-weighted mean of its sentence scores read with the
 * configured thresholds. The comment score is not used: in trained mode it reads the whole
 * comment with the model alone, and this task measures what each sentence is given.
 */
final class SentenceSentimentEvaluation {

  private final CommentAnnotator annotator;
  private final double negativeBelow;
  private final double positiveAbove;
  private final int threads;

  SentenceSentimentEvaluation(CommentAnnotator annotator, double negativeBelow,
                              double positiveAbove, int threads) {
    this.annotator = annotator;
    this.negativeBelow = negativeBelow;
    this.positiveAbove = positiveAbove;
    this.threads = threads;
  }

  /** The sentences with one polarity over their aspect terms, with that polarity as gold. */
  static List<LabelledText> singlePolarity(List<AspectSentence> sentences) {
    return sentences.stream()
        .filter(s -> polarities(s).size() == 1)
        .map(s -> new LabelledText(s.id(), s.text(), polarities(s).iterator().next()))
        .toList();
  }

  private static Set<String> polarities(AspectSentence s) {
    Set<String> out = new HashSet<>();
    for (AspectSentence.Term t : s.terms()) {
      if (ClothingReviewsReader.LABELS.contains(t.polarity())) {
        out.add(t.polarity());
      }
    }
    return out;
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> all) {
    List<LabelledText> sentences = singlePolarity(all);
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(sentences, threads,
        s -> annotator.annotate(new Comment(s.id(), null, s.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    long coreNlpSentences = 0;
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedComment a = analysed.get(i);
      coreNlpSentences += a.sentences().size();
      confusion.add(sentences.get(i).label(), labelOf(a).value());
    }
    String stage = Speed.annotation(annotator);
    return new TaskResult(key, title, dataset, confusion.total(), confusion, null, null,
        List.of(new Speed(stage, coreNlpSentences, seconds, threads)),
        List.of("Review sentences whose non-conflict aspect terms all share one polarity, with"
            + " that polarity as gold (" + sentences.size() + " of " + all.size() + "); each"
            + " annotated as a one-sentence comment and scored by its sentence label ("
            + annotator.sentimentModel() + "). No model or rule was fitted to these labels, but"
            + " the opinion word list was shaped while reading aspect errors on these sets."));
  }

  private SentimentLabel labelOf(AnalyzedComment a) {
    List<Sentence> sentences = a.sentences();
    if (sentences.size() == 1) {
      return sentences.get(0).sentimentLabel();
    }
    double sum = 0;
    long tokens = 0;
    for (Sentence s : sentences) {
      sum += s.sentimentScore() * s.tokens().size();
      tokens += s.tokens().size();
    }
    return SentimentLabel.of(tokens == 0 ? 0 : sum / tokens, negativeBelow, positiveAbove);
  }
}
