package io.verbatim.evaluate;

import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Confusion;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.training.SentimentTraining;
import io.verbatim.sentiment.TrainedSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comment-level sentiment on the clothing reviews. A comment is what the customer wrote: the
 * review's title and text ({@link ClothingReviewsReader}), annotated by {@link CommentAnnotator};
 * predicted label = the comment's {@code sentimentLabel}. The same annotator also scores the
 * review text alone, reported in the notes, so both definitions are always measured on exactly
 * the same rows, whichever sentiment model the annotator runs.
 *
 * <p>Speed: the full annotation is timed as a stage of its own, and so is the trained model's
 * sentiment path alone (tokenize + ssplit + features + scores: no POS tags, no parse) on the same
 * comments, so the report sets it beside parse + RNTN.
 */
final class SentimentEvaluation {

  /** Stage name of the trained model's sentiment path, as the report shows it. */
  static final String TRAINED_PATH = "tokenize+ssplit+trained sentiment";

  private final CommentAnnotator annotator;
  private final int threads;

  SentimentEvaluation(CommentAnnotator annotator, int threads) {
    this.annotator = annotator;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<LabelledText> reviews) {
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = annotate(reviews, LabelledText::text, dataset);
    double seconds = clock.seconds();
    List<AnalyzedComment> textOnly =
        annotate(reviews, ClothingReviewsReader::reviewText, dataset);
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    Confusion textConfusion = new Confusion(ClothingReviewsReader.LABELS);
    Confusion byVote = new Confusion(ClothingReviewsReader.LABELS);
    long sentences = 0;
    for (int i = 0; i < reviews.size(); i++) {
      AnalyzedComment a = analysed.get(i);
      sentences += a.sentences().size();
      confusion.add(reviews.get(i).label(), a.sentimentLabel().value());
      textConfusion.add(reviews.get(i).label(), textOnly.get(i).sentimentLabel().value());
      byVote.add(reviews.get(i).label(), vote(a).value());
    }
    boolean rntn = CommentAnnotator.RNTN.equals(annotator.sentimentModel());
    boolean trained = CommentAnnotator.TRAINED.equals(annotator.sentimentModel());
    Speed full = new Speed(Speed.annotation(annotator), sentences, seconds, threads);
    List<String> notes = new ArrayList<>(List.of(
        "Sealed split (io.verbatim.labelled.Split, set 'clothing-reviews', id the index"
            + " column): rows without Review Text skipped. The comment scored is what the customer wrote:"
            + " title, blank line, review text.",
        "Gold: rating 1-2 negative, 3 neutral, 4-5 positive. Predicted: the comment's"
            + " sentimentLabel from CommentAnnotator with the default thresholds.",
        String.format(Locale.ROOT, "Review text alone (title dropped), same rows and"
                + " annotator: accuracy %.3f, macro-F1 %.3f (F1 negative %.3f, neutral %.3f,"
                + " positive %.3f).", textConfusion.accuracy(), textConfusion.macroF1(),
            textConfusion.f1(ClothingReviewsReader.NEGATIVE),
            textConfusion.f1(ClothingReviewsReader.NEUTRAL),
            textConfusion.f1(ClothingReviewsReader.POSITIVE)),
        String.format(Locale.ROOT, "Diagnostic, not the baseline: with the token-weighted"
            + " majority of the sentence labels as comment label instead: accuracy %.3f,"
            + " macro-F1 %.3f.", byVote.accuracy(), byVote.macroF1())));
    if (!rntn && !trained) {
      return new TaskResult(key, title, dataset, reviews.size(), confusion, null, null,
          List.of(full), notes);
    }
    // The trained model's own path is timed beside the default and the RNTN runs, so the
    // report can set the comment sentiment path against parse + RNTN on the same comments.
    Speed trainedPath = trainedPath(reviews);
    notes.add(String.format(Locale.ROOT, "Speed, same comments and %d threads: the trained"
            + " model's sentiment path (%s) %.0f sentences/s; this annotator's full run (%s)"
            + " %.0f sentences/s: %.1f times %s.%s", threads, TRAINED_PATH,
        trainedPath.perSecond(), full.stage(), full.perSecond(),
        trainedPath.perSecond() / full.perSecond(),
        rntn ? "faster without parse + RNTN" : "faster than the full run",
        rntn ? "" : " The full run POS-tags and lemmatises for themes and sentence opinions,"
            + " a cost the comment score itself does not need."));
    return new TaskResult(key, title, dataset, reviews.size(), confusion, null, null,
        List.of(full, trainedPath), notes);
  }

  private List<AnalyzedComment> annotate(List<LabelledText> reviews,
                                         java.util.function.Function<LabelledText, String> text,
                                         String dataset) {
    return Parallel.map(reviews, threads, r -> annotator.annotate(
        new Comment(r.id(), null, text.apply(r), null, null, dataset, 0)));
  }

  /**
   * Times what the trained sentiment needs and does per comment in the pipeline: tokenize +
   * ssplit, then a score for every sentence and one for the whole comment.
   */
  private Speed trainedPath(List<LabelledText> reviews) {
    // A pass over a few comments first: the timed pass is short, so the JIT must be warm.
    scoreAll(reviews.subList(0, Math.min(200, reviews.size())));
    Stopwatch clock = new Stopwatch();
    long sentences = scoreAll(reviews);
    return new Speed(TRAINED_PATH, sentences, clock.seconds(), threads);
  }

  private long scoreAll(List<LabelledText> reviews) {
    SentimentModel model = TrainedSentiment.shipped().model();
    List<Integer> counts = Parallel.map(reviews, threads, r -> {
      List<List<Token>> sentences = SentimentTraining.tokenize(r.text());
      for (List<Token> s : sentences) {
        model.scores(s);
      }
      model.commentScores(sentences);
      return sentences.size();
    });
    return counts.stream().mapToLong(Integer::longValue).sum();
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
