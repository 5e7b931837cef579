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

  /** Comments per language and per cleaning flag, for the manifest. */
  static Map<String, Long>[] tally(JavaRDD<Comment> comments) {
    @SuppressWarnings("unchecked")
    Map<String, Long>[] out = new Map[2];
    out[0] = new TreeMap<>(comments.map(Comment::language).countByValue());
    out[1] = new TreeMap<>(comments.flatMap(c -> c.flags().iterator()).countByValue());
    return out;
  }

  long rejected() {
    return read - accepted;
  }
}
