package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.ingest.ColumnMapping;
import io.verbatim.ingest.IngestResult;
import io.verbatim.ingest.RejectKind;
import io.verbatim.ingest.RejectShare;
import io.verbatim.ingest.TooManyRejectsException;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Counts what ingest rejected, per file and kind of reason, and stops the run (before anything is
 * annotated or committed) when {@link RejectShare} says the input was read wrongly.
 */
final class RejectGate {

  private RejectGate() {
  }

  /** @throws TooManyRejectsException unless {@code input.allowRejects} */
  static void check(JavaRDD<IngestResult> results, Ingestion.Plan plan,
                    VerbatimConfig.Input cfg) {
    if (cfg.allowRejects()) {
      return;
    }
    Map<String, Long> read = new HashMap<>(results.map(RejectGate::source).countByValue());
    Map<RejectShare.FileKind, RejectShare.Tally> tallies = new HashMap<>(results
        .filter(r -> r instanceof IngestResult.Rejected rj && rj.reject().position() > 0)
        .mapToPair(r -> {
          Reject j = ((IngestResult.Rejected) r).reject();
          return new Tuple2<>(new RejectShare.FileKind(j.source(), RejectKind.of(j.reason()).key()),
              RejectShare.Tally.of(j.reason(), j.raw(), j.position()));
        })
        .reduceByKey(RejectShare.Tally::merge)
        .collectAsMap());
    Map<String, ColumnMapping> columns = new HashMap<>();
    plan.readable().forEach((file, mapping) -> columns.put(file.name(), mapping));
    RejectShare.verdict(read, tallies, columns, cfg.maxRejectShare()).ifPresent(sentence -> {
      throw new TooManyRejectsException(sentence);
    });
  }

  private static String source(IngestResult r) {
    if (r instanceof IngestResult.Accepted a) {
      Comment c = a.comment();
      return c.source();
    }
    return ((IngestResult.Rejected) r).reject().source();
  }
}
