package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.IndexBuilder;
import io.verbatim.index.IndexStats;
import io.verbatim.output.OutputSchema;
import io.verbatim.index.SentenceDoc;
import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private IndexJob() {
  }

  /** Builds the index of the committed outputs in {@code dir} and switches it in. */
  public static IndexStats build(SparkSession spark, Path dir, VerbatimConfig.Index config) {
    if (!Files.isDirectory(dir.resolve(OutputSchema.IDEAS.name()))) {
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
    Dataset<Row> comments = read(spark, tables, OutputSchema.COMMENTS_TABLE);
    Dataset<Row> sentences = read(spark, tables, OutputSchema.SENTENCES);
    // The input's own columns and the language are the sentence facets.
    List<String> metadata = new ArrayList<>();
    for (String c : comments.columns()) {
      if (OutputSchema.isMetadata(c) || c.equals(OutputSchema.LANGUAGE)) {
        metadata.add(c);
      }
    }
    List<Column> commentColumns = new ArrayList<>();
    commentColumns.add(comments.col(OutputSchema.COMMENT_ID).as("c_id"));
    commentColumns.add(comments.col(OutputSchema.CREATED_AT));
    commentColumns.add(comments.col(OutputSchema.SCORE));
    for (String m : metadata) {
      commentColumns.add(comments.col(m).as("m_" + m));
    }
    Dataset<Row> joined = sentences.join(comments.select(commentColumns.toArray(Column[]::new)),
        sentences.col(OutputSchema.COMMENT_ID).equalTo(org.apache.spark.sql.functions.col("c_id")))
        .orderBy(OutputSchema.COMMENT_ID, OutputSchema.SENTENCE_INDEX);

    try (IndexBuilder builder = IndexBuilder.create(dir, config)) {
      // Themes before sentences: the builder needs the hierarchy for the theme facet.
      for (Row r : read(spark, tables, OutputSchema.THEMES).collectAsList()) {
        builder.addTheme(Tables.themeOf(r));
      }
      for (Row r : read(spark, tables, OutputSchema.IDEAS).collectAsList()) {
        builder.addIdea(Tables.ideaOf(r));
      }
      // Read ahead: Spark computes the next partition while this thread indexes the current
      // one, rather than the two taking turns.
      try (Prefetched<Row> it = new Prefetched<>(joined.toLocalIterator(), 50_000,
          "index-read-ahead")) {
        while (it.hasNext()) {
          builder.addSentence(sentence(it.next(), metadata));
        }
      }
      return builder.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** One table of a run's outputs, by the contract's folder name. */
  static Dataset<Row> read(SparkSession spark, Path tables, OutputSchema.Table table) {
    return spark.read().parquet(tables.resolve(table.name()).toString());
  }

  private static SentenceDoc sentence(Row r, List<String> metadata) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String m : metadata) {
      String v = r.getAs("m_" + m);
      if (v != null) {
        meta.put(m, v);
      }
    }
    Double score = r.isNullAt(r.fieldIndex(OutputSchema.SCORE)) ? null
        : r.getAs(OutputSchema.SCORE);
    return new SentenceDoc(r.getAs(OutputSchema.COMMENT_ID),
        r.<Integer>getAs(OutputSchema.SENTENCE_INDEX), r.getAs(OutputSchema.TEXT),
        r.<Instant>getAs(OutputSchema.CREATED_AT), r.getAs(OutputSchema.SENTIMENT_LABEL),
        r.<Double>getAs(OutputSchema.SENTIMENT_SCORE),
        r.getList(r.fieldIndex(OutputSchema.THEME_IDS)), Tables.themeSentiments(r),
        r.<Boolean>getAs(OutputSchema.IS_SUGGESTION), r.getAs(OutputSchema.ACTION), score, meta);
  }
}
