package io.verbatim.jobs;

import io.verbatim.model.Comment;
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
    return new InputCounts(read, accepted, duplicateIds, duplicateTexts,
        new TreeMap<>(comments.map(Comment::language).countByValue()),
        new TreeMap<>(comments.flatMap(c -> c.flags().iterator()).countByValue()));
  }

  long rejected() {
    return read - accepted;
  }
}
