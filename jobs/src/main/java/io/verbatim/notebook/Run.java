package io.verbatim.notebook;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.digest.DailySeries;
import io.verbatim.digest.DateRange;
import io.verbatim.digest.DigestInput;
import io.verbatim.digest.ThemeSeries;
import io.verbatim.jobs.DigestJob;
import io.verbatim.jobs.Tables;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.Manifest;
import io.verbatim.output.OutputSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;

/**
 * One run's outputs, read by the documented column names: each table as a Spark Dataset
 * ({@link #ideas()}, ...) and as plain lib records ({@link #ideaList()}, {@link #themeList()}),
 * plus the views the notebooks start from.
 */
public final class Run {

  private final Path dir;
  private final Manifest manifest;
  private List<Idea> ideas;
  private List<ThemeSummary> themes;

  private Run(Path dir, Manifest manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  static Run open(Path dir) {
    Path file = dir.resolve("manifest.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No Verbatim run in " + dir
          + " (no manifest.json); give the folder passed to `verbatim run --out`.");
    }
    try {
      return new Run(dir.toAbsolutePath().normalize(),
          Manifest.fromJson(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The effective configuration of the run, with {@code overrides} (dotted keys) applied. */
  public VerbatimConfig config(Map<String, Object> overrides) {
    try {
      Path file = Files.createTempFile("verbatim-run-config", ".json");
      try {
        Files.writeString(file, manifest.config().toString());
        return ConfigLoader.load(file, overrides);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public VerbatimConfig config() {
    return config(Map.of());
  }

  public Dataset<Row> comments() {
    return table("comments");
  }

  public Dataset<Row> sentences() {
    return table("sentences");
  }

  public Dataset<Row> themes() {
    return table("themes");
  }

  public Dataset<Row> ideas() {
    return table("ideas").orderBy("rank");
  }

  public Dataset<Row> rejects() {
    return table("rejects");
  }

  private Dataset<Row> table(String name) {
    return Notebook.spark().read().parquet(dir.resolve(name).toString());
  }

  /** The ideas as lib records, best first. */
  public synchronized List<Idea> ideaList() {
    if (ideas == null) {
      ideas = ideas().collectAsList().stream().map(Tables::ideaOf)
          .sorted(Comparator.comparingInt(Idea::rank)).toList();
    }
    return ideas;
  }

  /** The themes as lib records, most mentioned first. */
  public synchronized List<ThemeSummary> themeList() {
    if (themes == null) {
      themes = themes().collectAsList().stream().map(Tables::themeOf)
          .sorted(Comparator.comparingLong(ThemeSummary::comments).reversed()
              .thenComparing(t -> t.theme().id()))
          .toList();
    }
    return themes;
  }

  /**
   * The input's own columns kept on each comment (channel, product, question, ...): every
   * column of {@code comments} that is not one of the documented analysis columns.
   */
  public List<String> metadataColumns() {
    return java.util.Arrays.stream(comments().columns())
        .filter(OutputSchema::isMetadata).toList();
  }

  /** A theme's label by id ("" for none). */
  public String label(String themeId) {
    return themeList().stream().filter(t -> t.theme().id().equals(themeId))
        .map(t -> t.theme().label()).findFirst().orElse("");
  }

  /** The idea at {@code rank} (1 = first). */
  public Idea idea(int rank) {
    return ideaList().stream().filter(i -> i.rank() == rank).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no idea ranked " + rank + "; the run has "
            + ideaList().size() + " ideas"));
  }

  /** Counts and data quality from the manifest: what was read, kept, rejected and found. */
  public Table overview() {
    Manifest.Counts c = manifest.counts();
    Table t = Table.of("measure", "value")
        .row("records read", c.read())
        .row("accepted", c.accepted())
        .row("rejected", c.rejected())
        .row("duplicate ids (rejected)", c.duplicateIds())
        .row("duplicate texts (kept)", c.duplicateTexts())
        .row("not analysed (other language)", c.notAnalysed())
        .row("sentences", c.sentences())
        .row("suggestions", c.suggestions())
        .row("themes", c.themes())
        .row("ideas", c.ideas())
        .row("share of comments in no theme", manifest.unthemedShare());
    for (Map.Entry<String, Long> e : manifest.languages().entrySet()) {
      t = t.row("language " + e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Long> e : manifest.textFlags().entrySet()) {
      t = t.row("flag " + e.getKey(), e.getValue());
    }
    return t.caption("Run " + manifest.runId() + ", " + manifest.startedAt());
  }

  /** Rejected records per reason, most frequent first. */
  public Table rejectReasons() {
    return Table.of(rejects().groupBy("reason").count().orderBy(col("count").desc()), 50);
  }

  /** The first {@code n} ideas with owner, theme, reach, score and quotes. */
  public Table topIdeas(int n) {
    Table t = Table.of("rank", "idea", "owner", "theme", "implied", "reach", "sentiment",
        "score", "quotes");
    for (Idea i : ideaList().stream().limit(n).toList()) {
      t = t.row(i.rank(), i.title(), i.owner(), label(i.themeId()), i.implied(), i.reach(),
          i.sentimentMean(), i.score(), i.examples());
    }
    return t;
  }

  /** Themes grouped by owner, most mentioned first, with sentiment and negative share. */
  public Table themesByOwner(int perOwner) {
    Map<String, List<ThemeSummary>> byOwner = new TreeMap<>();
    themeList().forEach(t -> byOwner.computeIfAbsent(t.theme().owner(), o -> new ArrayList<>())
        .add(t));
    Table t = Table.of("owner", "theme", "parent", "comments", "share", "sentiment",
        "negative share", "trend");
    for (Map.Entry<String, List<ThemeSummary>> e : byOwner.entrySet()) {
      for (ThemeSummary s : e.getValue().stream().limit(perOwner).toList()) {
        t = t.row(e.getKey(), s.theme().label(), label(s.theme().parentId()), s.comments(),
            s.share(), s.sentimentMean(), s.negativeShare(), s.trend());
      }
    }
    return t;
  }

  /**
   * The sentences behind an idea: those of its comments that ask for a change or name its
   * theme, with the comment's date and the sentence's sentiment.
   */
  public Dataset<Row> sentencesOf(Idea idea) {
    Dataset<Row> comments = comments().where(array_contains(col("idea_ids"), idea.id()))
        .select(col("comment_id").as("c_id"), col("created_at"));
    Dataset<Row> s = sentences();
    var relevant = col("is_suggestion");
    if (idea.themeId() != null) {
      relevant = relevant.or(array_contains(col("theme_ids"), idea.themeId()));
    }
    return s.join(comments, s.col("comment_id").equalTo(col("c_id")))
        .where(relevant)
        .select(col("created_at"), col("comment_id"), col("text"),
            round(col("sentiment_score"), 2).as("sentiment"), col("action"))
        .orderBy(col("sentiment"), col("comment_id"));
  }

  /**
   * Comments split by a metadata column (channel, product, question, ...): volume, sentiment,
   * negative share, mean score and suggestions per value.
   */
  public Dataset<Row> split(String column) {
    Dataset<Row> c = comments();
    if (!List.of(c.columns()).contains(column)) {
      throw new IllegalArgumentException("no column " + column + " in comments; its columns are "
          + String.join(", ", c.columns()));
    }
    long all = c.count();
    return c.groupBy(col(column)).agg(
            count(lit(1)).as("comments"),
            round(count(lit(1)).divide(all), 3).as("share"),
            round(avg("sentiment_score"), 3).as("sentiment"),
            round(avg(when(col("sentiment_label").equalTo("negative"), 1).otherwise(0)), 3)
                .as("negative_share"),
            round(avg("score"), 2).as("mean_score"),
            sum(when(col("is_suggestion"), 1).otherwise(0)).as("suggestions"))
        .orderBy(col("comments").desc());
  }

  /** The day of the newest dated comment (UTC); null when the input had no dates. */
  public LocalDate lastDay() {
    Row r = comments().agg(org.apache.spark.sql.functions.max("created_at")).first();
    return r.isNullAt(0) ? null : ((Instant) r.get(0)).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The day of the oldest dated comment (UTC); null when the input had no dates. */
  public LocalDate firstDay() {
    Row r = comments().agg(org.apache.spark.sql.functions.min("created_at")).first();
    return r.isNullAt(0) ? null : ((Instant) r.get(0)).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The run's digest configuration covering every day from its first to its last dated comment,
   * with {@code overrides} (keys under {@code digest.}, e.g. {@code recentDays}) applied.
   */
  public VerbatimConfig.Digest digestConfig(Map<String, Object> overrides) {
    LocalDate last = requireDates(lastDay());
    Map<String, Object> all = new HashMap<>();
    all.put("digest.historyDays", (int) (ChronoUnit.DAYS.between(firstDay(), last) + 1));
    overrides.forEach((k, v) -> all.put("digest." + k, v));
    return config(all).digest();
  }

  /**
   * Daily figures per theme (sub-themes counted in their parents) and of all comments over the
   * whole run: what the digest is made of.
   */
  public DigestInput daily() {
    return DigestJob.input(Notebook.spark(), dir, requireDates(lastDay()),
        digestConfig(Map.of()));
  }

  /**
   * Weekly mean sentiment of the {@code n} most mentioned top-level themes (each mention scored
   * in the clause that names it), weeks starting on Monday.
   */
  public JFreeChart sentimentOverTime(int n) {
    DigestInput in = daily();
    List<String> top = themeList().stream().filter(t -> t.theme().parentId() == null)
        .limit(n).map(t -> t.theme().id()).toList();
    Map<String, Map<LocalDate, Double>> lines = new LinkedHashMap<>();
    for (String id : top) {
      for (ThemeSeries s : in.themes()) {
        if (s.theme().id().equals(id)) {
          lines.put(s.theme().label(), weekly(s.daily()));
        }
      }
    }
    return Charts.lines("Weekly mean sentiment of the top themes", "Mean sentiment (-1 to 1)",
        lines);
  }

  private static Map<LocalDate, Double> weekly(DailySeries daily) {
    Map<LocalDate, Double> out = new TreeMap<>();
    DateRange all = daily.range();
    LocalDate week = all.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (; !week.isAfter(all.to()); week = week.plusWeeks(1)) {
      DailySeries.SentimentWindow w = daily.sentiment(new DateRange(week, week.plusDays(6)));
      if (w.mean() != null) {
        out.put(week, w.mean());
      }
    }
    return out;
  }

  static LocalDate requireDates(LocalDate day) {
    if (day == null) {
      throw new IllegalStateException("The run's comments have no dates, so there is nothing"
          + " to compare over time.");
    }
    return day;
  }

  @Override
  public String toString() {
    return "Run " + manifest.runId() + " (" + manifest.counts().accepted() + " comments, "
        + manifest.counts().ideas() + " ideas)";
  }
}
