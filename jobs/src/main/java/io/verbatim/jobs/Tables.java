package io.verbatim.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import io.verbatim.model.Reject;
import io.verbatim.model.Sentence;
import io.verbatim.model.ThemeSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables: their Parquet schemas (the contract documented in the README) and how a lib
 * record becomes a row.
 */
final class Tables implements Serializable {

  static final List<String> COMMENT_FIXED = List.of("comment_id", "created_at", "text", "score",
      "language", "flags", "sentiment_label", "sentiment_score", "theme_ids", "is_suggestion", "idea_ids");

  static final StructType SENTENCES = new StructType(new StructField[] {
      createStructField("comment_id", StringType, false),
      createStructField("sentence_index", IntegerType, false),
      createStructField("text", StringType, false),
      createStructField("sentiment_label", StringType, false),
      createStructField("sentiment_score", DoubleType, false),
      createStructField("theme_ids", createArrayType(StringType, false), false),
      createStructField("theme_sentiments", createArrayType(DoubleType, false), false),
      createStructField("is_suggestion", BooleanType, false),
      createStructField("action", StringType, true),
      createStructField("question", StringType, true)});

  static final StructType THEMES = new StructType(new StructField[] {
      createStructField("theme_id", StringType, false),
      createStructField("label", StringType, false),
      createStructField("parent_id", StringType, true),
      createStructField("owner", StringType, false),
      createStructField("comments", LongType, false),
      createStructField("share", DoubleType, false),
      createStructField("sentiment_mean", DoubleType, false),
      createStructField("negative_share", DoubleType, false),
      createStructField("trend", DoubleType, true),
      createStructField("score_impact", DoubleType, true)});

  static final StructType IDEAS = new StructType(new StructField[] {
      createStructField("idea_id", StringType, false),
      createStructField("rank", IntegerType, false),
      createStructField("title", StringType, false),
      createStructField("theme_id", StringType, true),
      createStructField("owner", StringType, false),
      createStructField("implied", BooleanType, false),
      createStructField("reach", LongType, false),
      createStructField("sentiment_mean", DoubleType, false),
      createStructField("score_impact", DoubleType, true),
      createStructField("trend", DoubleType, true),
      createStructField("score", DoubleType, false),
      createStructField("score_reach", DoubleType, false),
      createStructField("score_negativity", DoubleType, false),
      createStructField("score_impact_part", DoubleType, false),
      createStructField("score_trend", DoubleType, false),
      createStructField("examples", createArrayType(StringType, false), false)});

  static final StructType REJECTS = new StructType(new StructField[] {
      createStructField("raw", StringType, true),
      createStructField("source", StringType, false),
      createStructField("position", LongType, false),
      createStructField("reason", StringType, false)});

  private final List<String> metadataColumns;

  /** @param metadataColumns input columns kept as metadata, in output order */
  Tables(List<String> metadataColumns) {
    this.metadataColumns = List.copyOf(metadataColumns);
  }

  /** Output column name of a metadata column: renamed when it clashes with a fixed column. */
  static String metadataColumnName(String input) {
    return COMMENT_FIXED.contains(input) ? "input_" + input : input;
  }

  StructType comments() {
    List<StructField> fields = new ArrayList<>(List.of(
        createStructField("comment_id", StringType, false),
        createStructField("created_at", TimestampType, true),
        createStructField("text", StringType, false)));
    for (String m : metadataColumns) {
      fields.add(createStructField(metadataColumnName(m), StringType, true));
    }
    fields.addAll(List.of(
        createStructField("score", DoubleType, true),
        createStructField("language", StringType, false),
        createStructField("flags", createArrayType(StringType, false), false),
        createStructField("sentiment_label", StringType, true),
        createStructField("sentiment_score", DoubleType, true),
        createStructField("theme_ids", createArrayType(StringType, false), false),
        createStructField("is_suggestion", BooleanType, false),
        createStructField("idea_ids", createArrayType(StringType, false), false)));
    return new StructType(fields.toArray(StructField[]::new));
  }

  Row comment(AnalyzedComment c, List<String> ideaIds) {
    List<Object> values = new ArrayList<>();
    values.add(c.comment().id());
    values.add(c.comment().createdAt());
    values.add(c.comment().text());
    for (String m : metadataColumns) {
      values.add(c.comment().metadata().get(m));
    }
    values.add(c.comment().score());
    values.add(c.comment().language());
    values.add(c.comment().flags().toArray(String[]::new));
    values.add(c.analysed() ? c.sentimentLabel().value() : null);
    values.add(c.analysed() ? c.sentimentScore() : null);
    values.add(c.themeIds().toArray(String[]::new));
    values.add(c.isSuggestion());
    values.add(ideaIds.toArray(String[]::new));
    return RowFactory.create(values.toArray());
  }

  static List<Row> sentences(AnalyzedComment c) {
    List<Row> rows = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      rows.add(RowFactory.create(c.comment().id(), s.index(), s.text(), s.sentimentLabel().value(),
          s.sentimentScore(), s.themeIds().toArray(String[]::new), themeSentiments(s),
          s.suggestion(), s.action(), c.comment().metadata().get("question")));
    }
    return rows;
  }

  /** Parallel to theme_ids: each theme's score, the sentence's where it has none of its own. */
  private static Double[] themeSentiments(Sentence s) {
    return s.themeIds().stream().map(s::sentimentFor).toArray(Double[]::new);
  }

  static Row theme(ThemeSummary s) {
    return RowFactory.create(s.theme().id(), s.theme().label(), s.theme().parentId(),
        s.theme().owner(), s.comments(), s.share(), s.sentimentMean(), s.negativeShare(),
        s.trend(), s.scoreImpact());
  }

  static Row idea(Idea i) {
    Idea.ScoreComponents p = i.components();
    return RowFactory.create(i.id(), i.rank(), i.title(), i.themeId(), i.owner(), i.implied(),
        i.reach(), i.sentimentMean(), i.scoreImpact(), i.trend(), i.score(), p.reach(),
        p.negativity(), p.scoreImpact(), p.trend(), i.examples().toArray(String[]::new));
  }

  static Row reject(Reject r) {
    return RowFactory.create(r.raw(), r.source(), r.position(), r.reason());
  }

  /**
   * A theme read back from the themes table. The table keeps what readers need; the key and
   * terms only matter while tagging, so they come back empty.
   */
  /**
   * The theme_sentiments of a sentences row, parallel to its theme_ids; null for outputs written
   * before the column existed, which readers take as "each theme has the sentence's score".
   */
  static List<Double> themeSentiments(Row r) {
    scala.Option<Object> at = r.schema().getFieldIndex("theme_sentiments");
    if (at.isEmpty() || r.isNullAt((Integer) at.get())) {
      return null;
    }
    return r.getList((Integer) at.get());
  }

  static ThemeSummary themeOf(Row r) {
    Theme t = new Theme(r.getAs("theme_id"), "", r.getAs("label"), r.getAs("parent_id"),
        r.getAs("owner"), List.of(), false);
    return new ThemeSummary(t, r.<Long>getAs("comments"), r.<Double>getAs("share"),
        r.<Double>getAs("sentiment_mean"), r.<Double>getAs("negative_share"),
        r.getAs("trend"), r.getAs("score_impact"));
  }

  static Idea ideaOf(Row r) {
    Idea.ScoreComponents parts = new Idea.ScoreComponents(r.<Double>getAs("score_reach"),
        r.<Double>getAs("score_negativity"), r.<Double>getAs("score_impact_part"),
        r.<Double>getAs("score_trend"));
    return new Idea(r.getAs("idea_id"), r.<Integer>getAs("rank"), r.getAs("title"),
        r.getAs("theme_id"), r.getAs("owner"), r.<Boolean>getAs("implied"),
        r.<Long>getAs("reach"), r.<Double>getAs("sentiment_mean"), r.getAs("score_impact"),
        r.getAs("trend"), r.<Double>getAs("score"), parts,
        r.getList(r.fieldIndex("examples")));
  }
}
