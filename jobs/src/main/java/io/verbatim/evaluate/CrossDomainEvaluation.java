package io.verbatim.evaluate;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One cell of the cross-domain sentiment matrix: one sentiment path (a configured
 * {@link CommentAnnotator}) on the sealed part of one domain, every item annotated as a comment
 * of its own and labelled by the comment label {@code run} gives it. What the cell's headline is
 * depends on the domain's gold ({@link Kind}).
 */
final class CrossDomainEvaluation {

  /** What a domain's gold allows to measure. */
  enum Kind {
    /** Negative, neutral and positive gold: macro-F1. */
    THREE_WAY("macro_f1", Confusion::macroF1),
    /** Negative and positive gold only: accuracy (a neutral prediction is wrong). */
    BINARY("accuracy", Confusion::accuracy),
    /** Every item is a complaint: the share labelled negative. */
    COMPLAINTS("negative_share", c -> share(c, ClothingReviewsReader.NEGATIVE));

    final String figure;
    final ToDoubleFunction<Confusion> headline;

    Kind(String figure, ToDoubleFunction<Confusion> headline) {
      this.figure = figure;
      this.headline = headline;
    }
  }

  /** Figures beyond accuracy and macro-F1 that cells report, by name, with how to compute them. */
  static final Map<String, ToDoubleFunction<Confusion>> SHARES = Map.of(
      "neutral_share", c -> share(c, ClothingReviewsReader.NEUTRAL),
      "negative_share", c -> share(c, ClothingReviewsReader.NEGATIVE));

  /** Key prefix of the matrix's results: {@code matrix.<path>.<domain>}. */
  static final String PREFIX = "matrix.";

  private final int threads;

  CrossDomainEvaluation(int threads) {
    this.threads = threads;
  }

  /**
   * Scores one path on one domain's sealed items.
   *
   * @param path the row's name ("trained", "vader", ...)
   * @param domain the column's name ("amazon", "cfpb", ...)
   * @param note how this cell was obtained (what the path saw of the domain)
   */
  TaskResult run(CommentAnnotator annotator, String path, String domain, Kind kind,
                 String dataset, List<LabelledText> items, String note) {
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(items, threads, t -> annotator.annotate(
        new Comment(t.id(), null, t.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    Confusion c = new Confusion(ClothingReviewsReader.LABELS);
    long sentences = 0;
    for (int i = 0; i < items.size(); i++) {
      c.add(items.get(i).label(), analysed.get(i).sentimentLabel().value());
      sentences += analysed.get(i).sentences().size();
    }
    Map<String, Double> extra = new java.util.LinkedHashMap<>();
    if (kind != Kind.THREE_WAY) {
      extra.put("neutral_share", share(c, ClothingReviewsReader.NEUTRAL));
    }
    if (kind == Kind.COMPLAINTS) {
      extra.put("negative_share", share(c, ClothingReviewsReader.NEGATIVE));
    }
    List<String> notes = new ArrayList<>(List.of(note, "Headline: " + kind.figure
        + ". Sealed part only (io.verbatim.labelled.Split); each item annotated as one comment"
        + " and labelled by its comment label."));
    return new TaskResult(PREFIX + path + "." + domain, "Sentiment across domains: " + path
        + " on " + domain, dataset, items.size(), c, null, null,
        List.of(new Speed(Speed.annotation(annotator), sentences, seconds, threads)), notes,
        extra);
  }

  /** The share of all items predicted {@code label}. */
  static double share(Confusion c, String label) {
    long n = 0;
    for (String gold : c.labels()) {
      n += c.count(gold, label);
    }
    return c.total() == 0 ? 0 : n / (double) c.total();
  }
}
