package io.verbatim.jobs;

import io.verbatim.ingest.Duplicates;
import io.verbatim.ingest.IngestResult;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * What ingest made of the input files: the accepted comments (each id once) and the rejects
 * with their reasons, with the counts the manifest reconciles.
 */
record Ingested(List<InputFiles.InputFile> files, JavaRDD<IngestResult> results,
                JavaRDD<Comment> accepted, JavaRDD<Reject> rejects, InputCounts counts) {


  List<String> inputs() {
    return files.stream().map(InputFiles.InputFile::uri).toList();
  }

  /**
   * Applies the duplicate rules to raw ingest results and counts everything. The results and
   * the accepted comments are cached: later stages read them more than once. Three actions count
   * it all: one over the results (read, and accepted before duplicate ids were dropped, so the
   * duplicates are their difference), one over the accepted comments (their number, languages
   * and cleaning flags) and one for the distinct texts.
   */
  static Ingested of(List<InputFiles.InputFile> files, JavaRDD<IngestResult> raw) {
    JavaRDD<IngestResult> results = raw.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Comment> byId = results
        .filter(r -> r instanceof IngestResult.Accepted)
        .mapToPair(r -> {
          Comment c = ((IngestResult.Accepted) r).comment();
          return new Tuple2<>(c.id(), c);
        });
    JavaPairRDD<String, Comment> kept = byId.reduceByKey(Duplicates::earlier);
    JavaRDD<Comment> accepted = kept.values().persist(StorageLevel.MEMORY_AND_DISK());
    long[] readAccepted = results.aggregate(new long[2], (n, r) -> {
      n[0]++;
      if (r instanceof IngestResult.Accepted) {
        n[1]++;
      }
      return n;
    }, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    InputCounts.Tally tally = InputCounts.tally(accepted);
    long duplicateIds = readAccepted[1] - tally.comments();
    long duplicateTexts = tally.comments() - accepted.map(Duplicates::textKey).distinct().count();
    JavaRDD<Reject> rejects = results.filter(r -> r instanceof IngestResult.Rejected)
        .map(r -> ((IngestResult.Rejected) r).reject());
    if (duplicateIds > 0) {
      // Joining every comment with the one kept for its id is a shuffle of the whole input,
      // paid (when the rejects are written) only when some id does repeat.
      rejects = rejects.union(byId.join(kept)
          .filter(t -> !Duplicates.isKept(t._2()._1(), t._2()._2()))
          .map(t -> Duplicates.reject(t._2()._1(), t._2()._2())));
    }
    return new Ingested(files, results, accepted, rejects,
        tally.counts(readAccepted[0], duplicateIds, duplicateTexts));
  }

  void release() {
    accepted.unpersist();
    results.unpersist();
  }
}
