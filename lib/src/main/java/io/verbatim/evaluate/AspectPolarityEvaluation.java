package io.verbatim.evaluate;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.SentimentLabel;
import java.util.List;
import java.util.Locale;

/**
 * Aspect-term polarity on SemEval-2014 Task 4: every aspect term takes the polarity of the
 * sentence that names it. Each review sentence is annotated by {@link CommentAnnotator} as a
 * one-sentence comment; when CoreNLP keeps it as one sentence its sentence label (most probable
 * class) is used, otherwise the comment label. Terms with polarity "conflict" are skipped. The
 * comment label (score thresholds) is scored too, as a second figure.
 */
final class AspectPolarityEvaluation {

  private final CommentAnnotator annotator;
  private final int threads;

  AspectPolarityEvaluation(CommentAnnotator annotator, int threads) {
    this.annotator = annotator;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> all) {
    List<AspectSentence> sentences = all.stream()
        .filter(s -> s.terms().stream().anyMatch(AspectPolarityEvaluation::scored))
        .toList();
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(sentences, threads,
        s -> annotator.annotate(new Comment(s.id(), null, s.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    Confusion byThreshold = new Confusion(ClothingReviewsReader.LABELS);
    long terms = 0;
    long coreNlpSentences = 0;
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedComment a = analysed.get(i);
      coreNlpSentences += a.sentences().size();
      SentimentLabel label = a.sentences().size() == 1
          ? a.sentences().get(0).sentimentLabel() : a.sentimentLabel();
      for (AspectSentence.Term t : sentences.get(i).terms()) {
        if (scored(t)) {
          confusion.add(t.polarity(), label.value());
          byThreshold.add(t.polarity(), a.sentimentLabel().value());
          terms++;
        }
      }
    }
    return new TaskResult(key, title, dataset, terms, confusion, null, null,
        List.of(new Speed("tagging+parse+sentiment", coreNlpSentences, seconds, threads)),
        List.of("Each aspect term gets the label of its whole sentence (annotated as a"
                + " one-sentence comment; the sentence's most probable class). Conflict terms"
                + " skipped; " + sentences.size() + " sentences annotated.",
            String.format(Locale.ROOT, "With the comment label (score thresholds) instead:"
                + " accuracy %.3f, macro-F1 %.3f.", byThreshold.accuracy(), byThreshold.macroF1())));
  }

  private static boolean scored(AspectSentence.Term t) {
    return ClothingReviewsReader.LABELS.contains(t.polarity());
  }
}
