package io.verbatim.jobs;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The nightly run's memory: every batch of annotated comments and rejects, so a night only
 * annotates its new files (annotation is the expensive part) and re-reads earlier nights.
 * Partitioned by the night a batch arrived: {@code store/night=YYYY-MM-DD/BATCH/}.
 *
 * <p>A batch is written to a staging folder and renamed into place, so a batch folder is either
 * complete or absent. Comments are stored as serialised records: the store is internal state of
 * this version of Verbatim, not a table for people (those are the run's outputs).
 */
final class CommentStore {

  private static final Encoder<AnalyzedComment> COMMENTS =
      Encoders.javaSerialization(AnalyzedComment.class);
  private static final Encoder<Reject> REJECTS = Encoders.javaSerialization(Reject.class);

  private final SparkSession spark;
  private final Path root;

  CommentStore(SparkSession spark, Path out) {
    this.spark = spark;
    this.root = out.resolve("store");
  }

  /** A stored batch: the night it arrived and its id. */
  record Batch(java.time.LocalDate night, String id) implements java.io.Serializable {
    Path path(Path root) {
      return root.resolve("night=" + night).resolve(id);
    }
  }

  boolean has(Batch batch) {
    return Files.isDirectory(batch.path(root));
  }

  void write(Batch batch, JavaRDD<AnalyzedComment> comments, JavaRDD<Reject> rejects) {
    Path dest = batch.path(root);
    Path staging = dest.resolveSibling(batch.id() + ".staging");
    try {
      deleteTree(staging);
      spark.createDataset(comments.rdd(), COMMENTS).write().mode(SaveMode.Overwrite)
          .parquet(staging.resolve("comments").toString());
      spark.createDataset(rejects.rdd(), REJECTS).write().mode(SaveMode.Overwrite)
          .parquet(staging.resolve("rejects").toString());
      Files.move(staging, dest, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store batch " + batch + ": " + e.getMessage(), e);
    }
  }

  JavaRDD<AnalyzedComment> comments(List<Batch> batches) {
    return read(batches, "comments", COMMENTS);
  }

  JavaRDD<Reject> rejects(List<Batch> batches) {
    return read(batches, "rejects", REJECTS);
  }

  private <T> JavaRDD<T> read(List<Batch> batches, String part, Encoder<T> encoder) {
    if (batches.isEmpty()) {
      return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
    }
    String[] paths = batches.stream().map(b -> b.path(root).resolve(part).toString())
        .toArray(String[]::new);
    return spark.read().parquet(paths).as(encoder).javaRDD();
  }

  /** Staging folders of killed runs: their work is redone, so they go. */
  void dropStaging() {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root, 2)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".staging")).toList()) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
