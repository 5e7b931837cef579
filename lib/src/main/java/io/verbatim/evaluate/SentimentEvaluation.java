package io.verbatim.evaluate;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.util.List;
import java.util.Locale;

/**
 * Comment-level sentiment on the clothing reviews: the review text annotated by
 * {@link CommentAnnotator} (CoreNLP RNTN over the shift-reduce parser), predicted label = the
 * comment's {@code sentimentLabel} (token-weighted mean score and the configured thresholds).
 */
final class SentimentEvaluation {

  private final CommentAnnotator annotator;
  private final int threads;

  SentimentEvaluation(CommentAnnotator annotator, int threads) {
    this.annotator = annotator;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<LabelledText> reviews) {
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(reviews, threads,
        r -> annotator.annotate(new Comment(r.id(), null, r.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    Confusion byVote = new Confusion(ClothingReviewsReader.LABELS);
    long sentences = 0;
    for (int i = 0; i < reviews.size(); i++) {
      AnalyzedComment a = analysed.get(i);
      sentences += a.sentences().size();
      confusion.add(reviews.get(i).label(), a.sentimentLabel().value());
      byVote.add(reviews.get(i).label(), vote(a).value());
    }
    return new TaskResult(key, title, dataset, reviews.size(), confusion, null, null,
        List.of(new Speed("tagging+parse+sentiment", sentences, seconds, threads)),
        List.of("Held-out split: rows whose CRC-32 of the index column (as UTF-8 text) mod 10"
                + " == 0; rows without Review Text skipped; the title is not analysed.",
            "Gold: rating 1-2 negative, 3 neutral, 4-5 positive. Predicted: the comment's"
                + " sentimentLabel from CommentAnnotator with the default configuration.",
            String.format(Locale.ROOT, "Diagnostic, not the baseline: with the token-weighted"
                + " majority of the sentence labels as comment label instead: accuracy %.3f,"
                + " macro-F1 %.3f.", byVote.accuracy(), byVote.macroF1())));
  }

  /** The sentence label that covers most tokens; ties go to the earlier label (negative first). */
  static SentimentLabel vote(AnalyzedComment a) {
    long[] weight = new long[SentimentLabel.values().length];
    for (Sentence s : a.sentences()) {
      weight[s.sentimentLabel().ordinal()] += s.tokens().size();
    }
    SentimentLabel best = a.sentimentLabel();
    long most = 0;
    for (SentimentLabel l : SentimentLabel.values()) {
      if (weight[l.ordinal()] > most) {
        most = weight[l.ordinal()];
        best = l;
      }
    }
    return best;
  }
}
