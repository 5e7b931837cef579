package io.verbatim.jobs;

import io.verbatim.model.Comment;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;

/**
 * The input side of a run's counts: records read, accepted, and the duplicates found. Rejected
 * is what read has beyond accepted, so the two always reconcile.
 */
record InputCounts(long read, long accepted, long duplicateIds, long duplicateTexts,
                   Map<String, Long> languages, Map<String, Long> flags) {

  /** The counts, with comments per language and per cleaning flag tallied from {@code comments}. */
  static InputCounts of(long read, long accepted, long duplicateIds, long duplicateTexts,
                        JavaRDD<Comment> comments) {
    Tally t = tally(comments);
    return new InputCounts(read, accepted, duplicateIds, duplicateTexts, t.languages(),
        t.flags());
  }

  /** Comments, and comments per language and per cleaning flag, in one pass. */
  static Tally tally(JavaRDD<Comment> comments) {
    return comments.aggregate(Tally.empty(), Tally::add, Tally::merge);
  }

  long rejected() {
    return read - accepted;
  }

  /** What one pass over the accepted comments counts; mergeable, so partitions count alone. */
  static final class Tally implements Serializable {

    private long comments;
    private final TreeMap<String, Long> languages = new TreeMap<>();
    private final TreeMap<String, Long> flags = new TreeMap<>();

    static Tally empty() {
      return new Tally();
    }

    Tally add(Comment c) {
      comments++;
      languages.merge(c.language(), 1L, Long::sum);
      c.flags().forEach(f -> flags.merge(f, 1L, Long::sum));
      return this;
    }

    Tally merge(Tally o) {
      comments += o.comments;
      o.languages.forEach((k, v) -> languages.merge(k, v, Long::sum));
      o.flags.forEach((k, v) -> flags.merge(k, v, Long::sum));
      return this;
    }

    long comments() {
      return comments;
    }

    Map<String, Long> languages() {
      return languages;
    }

    Map<String, Long> flags() {
      return flags;
    }

    /** The input counts, with the read and duplicate figures the tally cannot see. */
    InputCounts counts(long read, long duplicateIds, long duplicateTexts) {
      return new InputCounts(read, comments, duplicateIds, duplicateTexts, languages, flags);
    }
  }
}
