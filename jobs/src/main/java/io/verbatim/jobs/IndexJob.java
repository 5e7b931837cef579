package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.IndexBuilder;
import io.verbatim.index.IndexStats;
import io.verbatim.index.SentenceDoc;
import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds {@code DIR/index} from a run's committed Parquet outputs: themes and ideas first (the
 * index needs the theme hierarchy for its facets), then every sentence with its comment's date,
 * score and metadata, streamed to the driver one partition at a time.
 */
public final class IndexJob {

  private static final Set<String> COMMENT_ANALYSIS = Set.of("comment_id", "text",
      "sentiment_label", "sentiment_score", "theme_ids", "is_suggestion", "idea_ids",
      "created_at", "score", "flags");

  private IndexJob() {
  }

  /** Builds the index of the committed outputs in {@code dir} and switches it in. */
  public static IndexStats build(SparkSession spark, Path dir, VerbatimConfig.Index config) {
    if (!Files.isDirectory(dir.resolve("ideas"))) {
      throw new ConfigException("No Verbatim outputs in " + dir + "; run `verbatim run` first.");
    }
    return build(spark, dir, dir, config);
  }

  /**
   * Builds the index of the tables in {@code tables} into {@code dir/index} (a local folder:
   * Lucene writes to local disk) and switches it in.
   */
  static IndexStats build(SparkSession spark, Path tables, Path dir,
                          VerbatimConfig.Index config) {
    Dataset<Row> comments = spark.read().parquet(tables.resolve("comments").toString());
    Dataset<Row> sentences = spark.read().parquet(tables.resolve("sentences").toString());
    List<String> metadata = new ArrayList<>();
    for (String c : comments.columns()) {
      if (!COMMENT_ANALYSIS.contains(c)) {
        metadata.add(c);
      }
    }
    List<Column> commentColumns = new ArrayList<>();
    commentColumns.add(comments.col("comment_id").as("c_id"));
    commentColumns.add(comments.col("created_at"));
    commentColumns.add(comments.col("score"));
    for (String m : metadata) {
      commentColumns.add(comments.col(m).as("m_" + m));
    }
    Dataset<Row> joined = sentences.join(comments.select(commentColumns.toArray(Column[]::new)),
        sentences.col("comment_id").equalTo(org.apache.spark.sql.functions.col("c_id")))
        .orderBy("comment_id", "sentence_index");

    try (IndexBuilder builder = IndexBuilder.create(dir, config)) {
      // Themes before sentences: the builder needs the hierarchy for the theme facet.
      for (Row r : spark.read().parquet(tables.resolve("themes").toString()).collectAsList()) {
        builder.addTheme(Tables.themeOf(r));
      }
      for (Row r : spark.read().parquet(tables.resolve("ideas").toString()).collectAsList()) {
        builder.addIdea(Tables.ideaOf(r));
      }
      Iterator<Row> it = joined.toLocalIterator();
      while (it.hasNext()) {
        builder.addSentence(sentence(it.next(), metadata));
      }
      return builder.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the index in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static SentenceDoc sentence(Row r, List<String> metadata) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String m : metadata) {
      String v = r.getAs("m_" + m);
      if (v != null) {
        meta.put(m, v);
      }
    }
    Double score = r.isNullAt(r.fieldIndex("score")) ? null : r.getAs("score");
    return new SentenceDoc(r.getAs("comment_id"), r.<Integer>getAs("sentence_index"),
        r.getAs("text"), r.<Instant>getAs("created_at"), r.getAs("sentiment_label"),
        r.<Double>getAs("sentiment_score"), r.getList(r.fieldIndex("theme_ids")),
        Tables.themeSentiments(r),
        r.<Boolean>getAs("is_suggestion"), r.getAs("action"), score, meta);
  }
}
