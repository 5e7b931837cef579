package io.verbatim.jobs;

import io.verbatim.output.OutputSchema;
import io.verbatim.themes.ThemeHierarchy;
import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.digest.DatedSentence;
import io.verbatim.digest.QuotePicker;
import io.verbatim.digest.WindowCounts;
import io.verbatim.digest.DateRange;
import io.verbatim.digest.Digest;
import io.verbatim.digest.DigestBuilder;
import io.verbatim.digest.DigestInput;
import io.verbatim.digest.DigestJson;
import io.verbatim.digest.DigestMailer;
import io.verbatim.digest.DigestSettings;
import io.verbatim.digest.HtmlRenderer;
import io.verbatim.digest.ImageMode;
import io.verbatim.digest.MailSettings;
import io.verbatim.digest.MarkdownRenderer;
import io.verbatim.digest.RunCounts;
import io.verbatim.digest.TrendSettings;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the digest of a date from a run's committed outputs. Spark reads the tables, joins each
 * sentence with its comment's date and groups sentences by comment; everything else (the daily
 * counts per theme, the statistics, the quotes, the wording, the charts) is lib's
 * {@code io.verbatim.digest}.
 */
public final class DigestJob {

  /** Where the digest went. */
  public record Written(Path html, Path markdown, Path json, List<DigestMailer.Delivery> mailed,
                        Digest digest) {
  }

  private DigestJob() {
  }

  /** Writes the digest holding the output folder's lock, as {@code run} and {@code nightly} do. */
  @SuppressWarnings("try") // the lock is held for the body's duration, never referenced
  public static Written write(SparkSession spark, Path out, LocalDate date,
                              VerbatimConfig.Digest cfg, boolean send) {
    try (RunLock lock = RunLock.forOutput(out.toString())) {
      return written(spark, out, date, cfg, send);
    }
  }

  /** Writes the digest; the caller holds the output folder's lock (the nightly job does). */
  static Written written(SparkSession spark, Path out, LocalDate date,
                         VerbatimConfig.Digest cfg, boolean send) {
    DigestInput input = input(spark, out, date, cfg);
    DigestBuilder builder = new DigestBuilder(settings(cfg));
    Digest digest = builder.build(input);

    Path dir = out.resolve("digests");
    Path html = dir.resolve(date + ".html");
    Path md = dir.resolve(date + ".md");
    Path json = dir.resolve(date + ".json");
    writeAtomically(md, new MarkdownRenderer().render(digest));
    writeAtomically(json, DigestJson.write(digest));
    writeAtomically(html, new HtmlRenderer().render(digest, ImageMode.DATA_URI).html());
    for (Map.Entry<String, Digest> e : builder.buildPerOwner(input).entrySet()) {
      writeAtomically(dir.resolve(date + "-owners").resolve(slug(e.getKey()) + ".html"),
          new HtmlRenderer().render(e.getValue(), ImageMode.DATA_URI).html());
    }
    List<DigestMailer.Delivery> mailed = List.of();
    if (send || cfg.mail().enabled()) {
      mailed = mail(cfg.mail(), builder, input);
    }
    return new Written(html, md, json, mailed, digest);
  }

  /**
   * What a digest of {@code date} is made from: daily volumes and sentiment per theme (sub-themes
   * counted in their parents) over {@code cfg.historyDays()}, the ideas, counts and quotes.
   * Notebooks build their own comparisons from it.
   */
  public static DigestInput input(SparkSession spark, Path out, LocalDate date,
                                  VerbatimConfig.Digest cfg) {
    if (!Files.isDirectory(out.resolve(OutputSchema.COMMENTS_TABLE.name()))) {
      throw new ConfigException("No Verbatim outputs in " + out + "; run `verbatim run` first.");
    }
    DateRange range = DateRange.ending(date, cfg.historyDays());
    Dataset<Row> comments = IndexJob.read(spark, out, OutputSchema.COMMENTS_TABLE);
    Dataset<Row> sentences = IndexJob.read(spark, out, OutputSchema.SENTENCES);
    List<ThemeSummary> themes = IndexJob.read(spark, out, OutputSchema.THEMES)
        .collectAsList().stream().map(Tables::themeOf).toList();
    List<Idea> ideas = IndexJob.read(spark, out, OutputSchema.IDEAS).collectAsList()
        .stream().map(Tables::ideaOf).sorted(Comparator.comparingInt(Idea::rank)).toList();
    ThemeHierarchy hierarchy = ThemeHierarchy.of(themes.stream().map(ThemeSummary::theme)
        .toList());

    JavaRDD<DatedSentence> dated = sentences.join(
            comments.select(comments.col(OutputSchema.COMMENT_ID).as("c_id"),
                comments.col(OutputSchema.CREATED_AT)),
            sentences.col(OutputSchema.COMMENT_ID).equalTo(org.apache.spark.sql.functions.col("c_id")))
        .javaRDD()
        .map(r -> datedSentence(r, hierarchy))
        .filter(s -> s != null && range.contains(s.day()));
    // Grouped by comment so the lib counts each comment once per day and theme.
    WindowCounts counts = dated.groupBy(DatedSentence::commentId).values()
        .treeAggregate(new WindowCounts(range), WindowCounts::add, WindowCounts::merge);
    List<DatedSentence> today = dated.filter(s -> s.day().equals(date)).collect();
    return new DigestInput(date, counts.totals(), counts.themeSeries(themes), ideas,
        previousIdeaIds(out, date), counts(out), rejectsByReason(spark, out),
        QuotePicker.pick(today, cfg.quotes(), true), QuotePicker.pick(today, cfg.quotes(), false),
        questionWordings(comments));
  }

  /**
   * Each survey question's wording by column name, from the comments' {@code question} and
   * {@code question_text} columns; empty when the input had no wording row.
   */
  private static Map<String, String> questionWordings(Dataset<Row> comments) {
    List<String> columns = List.of(comments.columns());
    String text = OutputSchema.QUESTION + "_text";
    if (!columns.contains(OutputSchema.QUESTION) || !columns.contains(text)) {
      return Map.of();
    }
    Map<String, String> wordings = new HashMap<>();
    for (Row r : comments.select(OutputSchema.QUESTION, text).distinct().collectAsList()) {
      if (!r.isNullAt(0) && !r.isNullAt(1)) {
        wordings.putIfAbsent(r.getString(0), r.getString(1));
      }
    }
    return wordings;
  }

  /** A sentences row joined with its comment's date; null when the comment has no date. */
  private static DatedSentence datedSentence(Row r, ThemeHierarchy hierarchy) {
    Instant at = r.getAs(OutputSchema.CREATED_AT);
    if (at == null) {
      return null;
    }
    return DatedSentence.of(r.getAs(OutputSchema.COMMENT_ID),
        at.atZone(ZoneOffset.UTC).toLocalDate(), r.getAs(OutputSchema.TEXT),
        r.<Double>getAs(OutputSchema.SENTIMENT_SCORE),
        r.getList(r.fieldIndex(OutputSchema.THEME_IDS)), Tables.themeSentiments(r), hierarchy);
  }

  /** Idea ids of the newest earlier digest, to mark what is new; null before the first. */
  private static Set<String> previousIdeaIds(Path out, LocalDate date) {
    Path dir = out.resolve("digests");
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      Optional<Path> previous = files
          .filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json"))
          .filter(p -> p.getFileName().toString().substring(0, 10).compareTo(date.toString()) < 0)
          .max(Comparator.comparing(p -> p.getFileName().toString()));
      return previous.isEmpty() ? null
          : DigestJson.ideaIds(Files.readString(previous.get(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RunCounts counts(Path out) {
    try {
      Manifest m = Manifest.fromJson(Files.readString(out.resolve("manifest.json")));
      Manifest.Counts c = m.counts();
      return new RunCounts(c.read(), c.accepted(), c.rejected(), c.sentences(), c.suggestions());
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, Long> rejectsByReason(SparkSession spark, Path out) {
    Map<String, Long> reasons = new HashMap<>();
    for (Row r : IndexJob.read(spark, out, OutputSchema.REJECTS).groupBy(OutputSchema.REASON)
        .count().collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    return reasons;
  }

  /** The digest settings a configuration asks for. */
  public static DigestSettings settings(VerbatimConfig.Digest c) {
    return new DigestSettings(new TrendSettings(c.recentDays(), c.baselineDays(), c.fdr(),
        c.minRecent(), c.emergingMaxBaseline(), c.minRateRatio()), c.topIdeas(),
        c.ideasPerOwner(), c.chartThemes(), c.sentimentThemes(), c.minSentences(), c.quotes(),
        c.quoteMaxChars());
  }

  private static List<DigestMailer.Delivery> mail(VerbatimConfig.Mail m, DigestBuilder builder,
                                                  DigestInput input) {
    if (m.host() == null || m.from() == null) {
      throw new ConfigException("Mailing the digest needs digest.mail.host and digest.mail.from.");
    }
    String password = m.passwordEnv() == null ? null : System.getenv(m.passwordEnv());
    MailSettings settings = new MailSettings(m.host(), m.port(),
        MailSettings.Security.valueOf(m.security().toUpperCase(Locale.ROOT)), m.username(),
        password, m.from(), m.to(), m.owners(), Duration.ofSeconds(m.timeoutSeconds()));
    try {
      return new DigestMailer(settings).sendAll(builder, input);
    } catch (Exception e) {
      throw new IllegalStateException("Sending the digest failed: " + e.getMessage(), e);
    }
  }

  private static String slug(String owner) {
    return owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static void writeAtomically(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
