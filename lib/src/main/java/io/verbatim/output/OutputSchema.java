package io.verbatim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output contract: every table a run writes, its columns in order, their types and what they
 * mean. Writers build their schemas from it, readers (the index, the digest, notebooks) find
 * columns by these names, and the README's tables are checked against it, so a column is added
 * or renamed in one place.
 *
 * <p>The comments table also carries the input's own metadata columns, which only a run knows:
 * {@link #comments(List)} places them where {@link #METADATA} stands.
 */
public final class OutputSchema {

  /** Column types, as Parquet files written by Spark hold them. */
  public enum Type {
    STRING("string"), TIMESTAMP("timestamp"), INTEGER("int"), LONG("long"), DOUBLE("double"),
    BOOLEAN("boolean"), STRING_LIST("list of string"), DOUBLE_LIST("list of double");

    private final String readable;

    Type(String readable) {
      this.readable = readable;
    }

    public String readable() {
      return readable;
    }
  }

  /** One column: its name, type, whether it may be null, and what it holds. */
  public record Column(String name, Type type, boolean nullable, String meaning) {
  }

  /** One table: a folder of Parquet files under the output folder, named {@code name}. */
  public record Table(String name, String rows, List<Column> columns) {

    public Table {
      columns = List.copyOf(columns);
    }

    public List<String> names() {
      return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
  }

  public static final String COMMENT_ID = "comment_id";
  public static final String CREATED_AT = "created_at";
  public static final String TEXT = "text";
  public static final String SCORE = "score";
  public static final String LANGUAGE = "language";
  public static final String FLAGS = "flags";
  public static final String SENTIMENT_LABEL = "sentiment_label";
  public static final String SENTIMENT_SCORE = "sentiment_score";
  public static final String THEME_IDS = "theme_ids";
  public static final String THEME_SENTIMENTS = "theme_sentiments";
  public static final String IS_SUGGESTION = "is_suggestion";
  public static final String IDEA_IDS = "idea_ids";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String ACTION = "action";
  public static final String SUGGESTION_KIND = "suggestion_kind";
  public static final String SUGGESTION_SCORE = "suggestion_score";
  /**
   * The survey question a comment answers: a metadata column of comments, copied to sentences;
   * with themes split by question, also the question of each theme and idea.
   */
  public static final String QUESTION = "question";
  public static final String THEME_ID = "theme_id";
  public static final String LABEL = "label";
  public static final String PARENT_ID = "parent_id";
  public static final String OWNER = "owner";
  public static final String COMMENTS = "comments";
  public static final String SHARE = "share";
  public static final String SENTIMENT_MEAN = "sentiment_mean";
  public static final String NEGATIVE_SHARE = "negative_share";
  public static final String TREND = "trend";
  public static final String SCORE_IMPACT = "score_impact";
  public static final String MEMBERS = "members";
  public static final String IDEA_ID = "idea_id";
  public static final String RANK = "rank";
  public static final String TITLE = "title";
  public static final String IMPLIED = "implied";
  public static final String REACH = "reach";
  public static final String SCORE_REACH = "score_reach";
  public static final String SCORE_NEGATIVITY = "score_negativity";
  public static final String SCORE_IMPACT_PART = "score_impact_part";
  public static final String SCORE_TREND = "score_trend";
  public static final String EXAMPLES = "examples";
  public static final String RAW = "raw";
  public static final String SOURCE = "source";
  public static final String POSITION = "position";
  public static final String REASON = "reason";

  /** Stands for the input's metadata columns in {@link #COMMENTS_TABLE}. */
  public static final Column METADATA = new Column("*metadata columns*", Type.STRING, true,
      "every other input column, input order (a name clashing with a column here gets an "
          + "`input_` prefix)");

  /** The comments table with {@link #METADATA} in place of the input's own columns. */
  public static final Table COMMENTS_TABLE = new Table("comments", "one row per accepted comment",
      List.of(
          new Column(COMMENT_ID, Type.STRING, false, "input id or derived stable id"),
          new Column(CREATED_AT, Type.TIMESTAMP, true, ""),
          new Column(TEXT, Type.STRING, false, ""),
          METADATA,
          new Column(SCORE, Type.DOUBLE, true, "the input score"),
          new Column(LANGUAGE, Type.STRING, false,
              "ISO 639-1 code, `und` when too short to tell"),
          new Column(FLAGS, Type.STRING_LIST, false, "what cleaning found or did: "
              + "`html_stripped`, `entities_decoded`, `control_chars_removed`, "
              + "`replacement_chars`, `emoji`, `urls`, `handles`, `redacted_email`, "
              + "`redacted_phone`, `redacted_card`, `redacted_iban`, `redacted_url_secret`"),
          new Column(SENTIMENT_LABEL, Type.STRING, true,
              "negative / neutral / positive; null when not analysed (another language)"),
          new Column(SENTIMENT_SCORE, Type.DOUBLE, true, "-1..1"),
          new Column(THEME_IDS, Type.STRING_LIST, false,
              "main theme (most mentioned in the comment) first"),
          new Column(IS_SUGGESTION, Type.BOOLEAN, false, "any sentence asks the organisation "
              + "for a change (tips to other customers and endorsements are not flagged)"),
          new Column(IDEA_IDS, Type.STRING_LIST, false, "ideas this comment is evidence for")));

  public static final Table SENTENCES = new Table("sentences", "one row per sentence of an "
      + "analysed comment", List.of(
          new Column(COMMENT_ID, Type.STRING, false, ""),
          new Column(SENTENCE_INDEX, Type.INTEGER, false, "0-based position in the comment"),
          new Column(TEXT, Type.STRING, false, ""),
          new Column(SENTIMENT_LABEL, Type.STRING, false, "negative / neutral / positive"),
          new Column(SENTIMENT_SCORE, Type.DOUBLE, false, "-1..1"),
          new Column(THEME_IDS, Type.STRING_LIST, false, "most specific themes named"),
          new Column(THEME_SENTIMENTS, Type.DOUBLE_LIST, false, "parallel to theme_ids: each "
              + "theme's score in the clause that names it, -1..1; the sentence score where the "
              + "clause is silent; absent from outputs written before this version"),
          new Column(IS_SUGGESTION, Type.BOOLEAN, false, "asks the organisation for a change"),
          new Column(ACTION, Type.STRING, true, "the normalised change asked for"),
          new Column(SUGGESTION_KIND, Type.STRING, true, "`change` \\| `advice` \\| "
              + "`endorsement`, null when the sentence suggests nothing; only `change` sets "
              + "is_suggestion and can become an idea"),
          new Column(SUGGESTION_SCORE, Type.DOUBLE, false,
              "the model's probability that the sentence suggests anything of any kind, 0..1; 1 "
                  + "or 0 with `annotation.suggestions: rules`"),
          new Column(QUESTION, Type.STRING, true, "the survey question the comment answers "
              + "(with `--text-column Q1,Q2`), as in the comments table")));

  public static final Table THEMES = new Table("themes", "one row per theme", List.of(
      new Column(THEME_ID, Type.STRING, false, "stable across runs"),
      new Column(LABEL, Type.STRING, false, ""),
      new Column(PARENT_ID, Type.STRING, true, "null for a top-level theme"),
      new Column(OWNER, Type.STRING, false, "back-end function that owns it"),
      new Column(COMMENTS, Type.LONG, false, "distinct comments mentioning it or a sub-theme"),
      new Column(SHARE, Type.DOUBLE, false,
          "of all accepted comments (split by question: of the answers to its question)"),
      new Column(SENTIMENT_MEAN, Type.DOUBLE, false,
          "of its mentions' per-theme scores; a parent takes its sub-theme's score"),
      new Column(NEGATIVE_SHARE, Type.DOUBLE, false,
          "of its mentions scoring below `annotation.negativeBelow`"),
      new Column(TREND, Type.DOUBLE, true, "share in the last `themes.trendWindowDays` days up "
          + "to the newest comment minus share in the window before; null without dates"),
      new Column(SCORE_IMPACT, Type.DOUBLE, true, "mean score of comments with the theme minus "
          + "mean of those without; null without scores"),
      new Column(MEMBERS, Type.STRING_LIST, false,
          "the phrases merged into the theme: its key and the taxonomy's synonyms"),
      new Column(QUESTION, Type.STRING, true, "the survey question whose answers it was found "
          + "in, with `--split-by-question`; null otherwise")));

  public static final Table IDEAS = new Table("ideas", "one row per idea, best first", List.of(
      new Column(IDEA_ID, Type.STRING, false, "hash of its usual wording: stable across runs"),
      new Column(RANK, Type.INTEGER, false, "1 = first"),
      new Column(TITLE, Type.STRING, false, ""),
      new Column(THEME_ID, Type.STRING, true, ""),
      new Column(OWNER, Type.STRING, false, ""),
      new Column(IMPLIED, Type.BOOLEAN, false,
          "implied by recurring negative comments rather than asked for outright"),
      new Column(REACH, Type.LONG, false, "distinct comments"),
      new Column(SENTIMENT_MEAN, Type.DOUBLE, false,
          "whole-comment sentiment of the comments behind it"),
      new Column(SCORE_IMPACT, Type.DOUBLE, true, ""),
      new Column(TREND, Type.DOUBLE, true, ""),
      new Column(SCORE, Type.DOUBLE, false, "the ranking score"),
      new Column(SCORE_REACH, Type.DOUBLE, false, "its reach component"),
      new Column(SCORE_NEGATIVITY, Type.DOUBLE, false, "its negativity component"),
      new Column(SCORE_IMPACT_PART, Type.DOUBLE, false, "its score-impact component"),
      new Column(SCORE_TREND, Type.DOUBLE, false, "its trend component"),
      new Column(EXAMPLES, Type.STRING_LIST, false, "up to `ideas.examples` quotes"),
      new Column(QUESTION, Type.STRING, true, "the survey question whose answers it comes "
          + "from, with `--split-by-question`; null otherwise")));

  public static final Table REJECTS = new Table("rejects", "one row per rejected record",
      List.of(
          new Column(RAW, Type.STRING, true, "the record as read, cut at 10,000 characters"),
          new Column(SOURCE, Type.STRING, false, "file relative to the input root"),
          new Column(POSITION, Type.LONG, false, "1-based record number"),
          new Column(REASON, Type.STRING, false, "")));

  /** Every table, in the order a run writes them. */
  public static final List<Table> TABLES =
      List.of(COMMENTS_TABLE, SENTENCES, THEMES, IDEAS, REJECTS);

  /** Names of every table folder. */
  public static List<String> tableNames() {
    return TABLES.stream().map(Table::name).toList();
  }

  private OutputSchema() {
  }

  /** The comments table of a run whose input carried {@code metadata} columns, in order. */
  public static Table comments(List<String> metadata) {
    List<Column> columns = new ArrayList<>();
    for (Column c : COMMENTS_TABLE.columns()) {
      if (c == METADATA) {
        metadata.forEach(m -> columns.add(new Column(metadataColumnName(m), Type.STRING, true,
            "input metadata")));
      } else {
        columns.add(c);
      }
    }
    return new Table(COMMENTS_TABLE.name(), COMMENTS_TABLE.rows(), columns);
  }

  /** Output name of an input metadata column: renamed when it clashes with a fixed column. */
  public static String metadataColumnName(String input) {
    return COMMENTS_TABLE.column(input).isPresent() ? "input_" + input : input;
  }

  /** Whether a comments-table column is one of the input's metadata columns. */
  public static boolean isMetadata(String column) {
    return COMMENTS_TABLE.column(column).isEmpty();
  }
}
