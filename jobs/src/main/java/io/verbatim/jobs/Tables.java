package io.verbatim.jobs;

import static io.verbatim.output.OutputSchema.COMMENTS;
import static io.verbatim.output.OutputSchema.EXAMPLES;
import static io.verbatim.output.OutputSchema.IDEA_ID;
import static io.verbatim.output.OutputSchema.IMPLIED;
import static io.verbatim.output.OutputSchema.LABEL;
import static io.verbatim.output.OutputSchema.NEGATIVE_SHARE;
import static io.verbatim.output.OutputSchema.OWNER;
import static io.verbatim.output.OutputSchema.PARENT_ID;
import static io.verbatim.output.OutputSchema.RANK;
import static io.verbatim.output.OutputSchema.REACH;
import static io.verbatim.output.OutputSchema.SCORE;
import static io.verbatim.output.OutputSchema.SCORE_IMPACT;
import static io.verbatim.output.OutputSchema.SCORE_IMPACT_PART;
import static io.verbatim.output.OutputSchema.SCORE_NEGATIVITY;
import static io.verbatim.output.OutputSchema.SCORE_REACH;
import static io.verbatim.output.OutputSchema.SCORE_TREND;
import static io.verbatim.output.OutputSchema.SENTIMENT_MEAN;
import static io.verbatim.output.OutputSchema.SHARE;
import static io.verbatim.output.OutputSchema.THEME_ID;
import static io.verbatim.output.OutputSchema.THEME_SENTIMENTS;
import static io.verbatim.output.OutputSchema.TITLE;
import static io.verbatim.output.OutputSchema.TREND;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Idea;
import io.verbatim.model.Reject;
import io.verbatim.model.Sentence;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.OutputSchema;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How lib records become rows of the output tables, and back. The tables' columns and types are
 * {@link OutputSchema}'s; this class only turns them into Spark schemas and fills them in the
 * same order.
 */
public final class Tables implements Serializable {

  static final StructType SENTENCES = schema(OutputSchema.SENTENCES);
  static final StructType THEMES = schema(OutputSchema.THEMES);
  static final StructType IDEAS = schema(OutputSchema.IDEAS);
  static final StructType REJECTS = schema(OutputSchema.REJECTS);

  private final List<String> metadataColumns;

  /** @param metadataColumns input columns kept as metadata, in output order */
  Tables(List<String> metadataColumns) {
    this.metadataColumns = List.copyOf(metadataColumns);
  }

  StructType comments() {
    return schema(OutputSchema.comments(metadataColumns));
  }

  /** The Spark schema of a table of the contract. */
  static StructType schema(OutputSchema.Table table) {
    return new StructType(table.columns().stream()
        .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), c.nullable()))
        .toArray(StructField[]::new));
  }

  private static DataType sparkType(OutputSchema.Type type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
      case DOUBLE_LIST -> DataTypes.createArrayType(DataTypes.DoubleType, false);
    };
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
          s.suggestion(), s.action(), s.suggestionKind(), s.suggestionScore(),
          c.comment().metadata().get(OutputSchema.QUESTION)));
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
        s.trend(), s.scoreImpact(), s.theme().terms().toArray(String[]::new),
        s.theme().question());
  }

  static Row idea(Idea i) {
    Idea.ScoreComponents p = i.components();
    return RowFactory.create(i.id(), i.rank(), i.title(), i.themeId(), i.owner(), i.implied(),
        i.reach(), i.sentimentMean(), i.scoreImpact(), i.trend(), i.score(), p.reach(),
        p.negativity(), p.scoreImpact(), p.trend(), i.examples().toArray(String[]::new),
        i.question());
  }

  /** Where a reject stands in the input (file, then record), as a key rejects are sorted by. */
  static String inputOrder(Reject r) {
    return r.source() + '\u0000' + String.format(java.util.Locale.ROOT, "%019d", r.position());
  }

  static Row reject(Reject r) {
    return RowFactory.create(r.raw(), r.source(), r.position(), r.reason());
  }

  /**
   * The theme_sentiments of a sentences row, parallel to its theme_ids; null for outputs written
   * before the column existed, which readers take as "each theme has the sentence's score".
   */
  static List<Double> themeSentiments(Row r) {
    scala.Option<Object> at = r.schema().getFieldIndex(THEME_SENTIMENTS);
    if (at.isEmpty() || r.isNullAt((Integer) at.get())) {
      return null;
    }
    return r.getList((Integer) at.get());
  }

  /**
   * A theme read back from the themes table. The table keeps what readers need; the key and
   * terms only matter while tagging, so they come back empty.
   */
  public static ThemeSummary themeOf(Row r) {
    Theme t = new Theme(r.getAs(THEME_ID), "", r.getAs(LABEL), r.getAs(PARENT_ID),
        r.getAs(OWNER), List.of(), false, question(r));
    return new ThemeSummary(t, r.<Long>getAs(COMMENTS), r.<Double>getAs(SHARE),
        r.<Double>getAs(SENTIMENT_MEAN), r.<Double>getAs(NEGATIVE_SHARE),
        r.getAs(TREND), r.getAs(SCORE_IMPACT));
  }

  public static Idea ideaOf(Row r) {
    Idea.ScoreComponents parts = new Idea.ScoreComponents(r.<Double>getAs(SCORE_REACH),
        r.<Double>getAs(SCORE_NEGATIVITY), r.<Double>getAs(SCORE_IMPACT_PART),
        r.<Double>getAs(SCORE_TREND));
    return new Idea(r.getAs(IDEA_ID), r.<Integer>getAs(RANK), r.getAs(TITLE),
        r.getAs(THEME_ID), r.getAs(OWNER), r.<Boolean>getAs(IMPLIED),
        r.<Long>getAs(REACH), r.<Double>getAs(SENTIMENT_MEAN), r.getAs(SCORE_IMPACT),
        r.getAs(TREND), r.<Double>getAs(SCORE), parts,
        r.getList(r.fieldIndex(EXAMPLES)), question(r));
  }

  /** A themes or ideas row's question; null for outputs written before the column existed. */
  private static String question(Row r) {
    scala.Option<Object> at = r.schema().getFieldIndex(OutputSchema.QUESTION);
    return at.isEmpty() ? null : r.getAs((Integer) at.get());
  }
}
