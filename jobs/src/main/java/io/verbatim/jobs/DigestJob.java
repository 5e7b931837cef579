package io.verbatim.jobs;

import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.digest.DailySeries;
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
import io.verbatim.digest.Quote;
import io.verbatim.digest.RunCounts;
import io.verbatim.digest.ThemeRef;
import io.verbatim.digest.ThemeSeries;
import io.verbatim.digest.TrendSettings;
import io.verbatim.model.Idea;
import io.verbatim.model.Sentence;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.Manifest;
import io.verbatim.themes.ThemeSentiments;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import scala.Tuple2;

/**
 * Writes the digest of a date from a run's committed outputs: daily volumes and sentiment per
 * theme (sub-themes counted in their parents) are aggregated by Spark, everything else — the
 * statistics, the wording, the charts — is lib's {@code io.verbatim.digest}.
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

  private static Written written(SparkSession spark, Path out, LocalDate date,
                                 VerbatimConfig.Digest cfg, boolean send) {
    if (!Files.isDirectory(out.resolve("comments"))) {
      throw new ConfigException("No Verbatim outputs in " + out + "; run `verbatim run` first.");
    }
    DateRange range = DateRange.ending(date, cfg.historyDays());
    LocalDate from = range.from();
    LocalDate to = range.to();
    Dataset<Row> comments = spark.read().parquet(out.resolve("comments").toString());
    Dataset<Row> sentences = spark.read().parquet(out.resolve("sentences").toString());
    List<ThemeSummary> themes = spark.read().parquet(out.resolve("themes").toString())
        .collectAsList().stream().map(Tables::themeOf).toList();
    List<Idea> ideas = spark.read().parquet(out.resolve("ideas").toString()).collectAsList()
        .stream().map(Tables::ideaOf).sorted(Comparator.comparingInt(Idea::rank)).toList();
    Map<String, String> parents = new HashMap<>();
    themes.forEach(t -> parents.put(t.theme().id(), t.theme().parentId()));

    JavaRDD<DatedSentence> dated = sentences.join(
            comments.select(comments.col("comment_id").as("c_id"), comments.col("created_at")),
            sentences.col("comment_id").equalTo(org.apache.spark.sql.functions.col("c_id")))
        .javaRDD()
        .map(r -> DatedSentence.of(r, parents))
        .filter(s -> s != null && !s.day().isBefore(from) && !s.day().isAfter(to));
    DailySeries totals = totals(dated, range);
    List<ThemeSeries> series = themeSeries(dated, range, themes);
    List<DatedSentence> today = dated.filter(s -> s.day().equals(date)).collect();

    DigestSettings settings = settings(cfg);
    DigestInput input = new DigestInput(date, totals, series, ideas, previousIdeaIds(out, date),
        counts(out), rejectsByReason(spark, out), quotes(today, cfg.quotes(), true),
        quotes(today, cfg.quotes(), false));
    DigestBuilder builder = new DigestBuilder(settings);
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
   * One sentence with the day of its comment and its themes including their parents, each theme
   * with the sentence's sentiment for it ({@code themeSentiments}, parallel to {@code themes}).
   */
  record DatedSentence(String commentId, LocalDate day, String text, double sentiment,
                       List<String> themes, List<Double> themeSentiments) implements Serializable {

    static DatedSentence of(Row r, Map<String, String> parents) {
      Instant at = r.getAs("created_at");
      if (at == null) {
        return null;
      }
      List<String> ids = r.getList(r.fieldIndex("theme_ids"));
      List<Double> scores = Tables.themeSentiments(r);
      double sentence = r.<Double>getAs("sentiment_score");
      Map<String, Double> withParents = ThemeSentiments.withAncestors(ids,
          id -> Sentence.sentimentFor(ids, scores, id, sentence), id -> lineage(id, parents));
      return new DatedSentence(r.getAs("comment_id"), at.atZone(ZoneOffset.UTC).toLocalDate(),
          r.getAs("text"), sentence, List.copyOf(withParents.keySet()),
          List.copyOf(withParents.values()));
    }

    /** The theme and its parents up to the top-level theme; stops at a cycle. */
    private static List<String> lineage(String id, Map<String, String> parents) {
      Set<String> out = new LinkedHashSet<>();
      for (String t = id; t != null && out.add(t); t = parents.get(t)) {
        // walks up to the top-level theme
      }
      return List.copyOf(out);
    }
  }

  private static DailySeries totals(JavaRDD<DatedSentence> dated, DateRange range) {
    DailySeries.Builder b = DailySeries.builder(range);
    Map<LocalDate, Long> comments = dated.map(s -> new Tuple2<>(s.day(), s.commentId()))
        .distinct().mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum)
        .collectAsMap();
    Map<LocalDate, double[]> sentences = dated
        .mapToPair(s -> new Tuple2<>(s.day(), new double[] {1, s.sentiment()}))
        .reduceByKey((a, c) -> new double[] {a[0] + c[0], a[1] + c[1]}).collectAsMap();
    comments.forEach((day, n) -> {
      double[] s = sentences.getOrDefault(day, new double[] {0, 0});
      b.add(day, n, (long) s[0], s[0] == 0 ? 0 : s[1] / s[0]);
    });
    return b.build();
  }

  private static List<ThemeSeries> themeSeries(JavaRDD<DatedSentence> dated, DateRange range,
                                               List<ThemeSummary> themes) {
    Map<Tuple2<String, LocalDate>, Long> comments = dated
        .flatMap(s -> s.themes().stream().map(t -> new Tuple2<>(new Tuple2<>(t, s.day()),
            s.commentId())).iterator())
        .distinct().mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum)
        .collectAsMap();
    Map<Tuple2<String, LocalDate>, double[]> sentences = dated
        .flatMapToPair(s -> java.util.stream.IntStream.range(0, s.themes().size())
            .mapToObj(i -> new Tuple2<>(new Tuple2<>(s.themes().get(i), s.day()),
                new double[] {1, s.themeSentiments().get(i)})).iterator())
        .reduceByKey((a, c) -> new double[] {a[0] + c[0], a[1] + c[1]}).collectAsMap();
    Map<String, DailySeries.Builder> builders = new HashMap<>();
    comments.forEach((key, n) -> {
      double[] s = sentences.getOrDefault(key, new double[] {0, 0});
      builders.computeIfAbsent(key._1(), k -> DailySeries.builder(range))
          .add(key._2(), n, (long) s[0], s[0] == 0 ? 0 : s[1] / s[0]);
    });
    List<ThemeSeries> out = new ArrayList<>();
    for (ThemeSummary t : themes) {
      DailySeries.Builder b = builders.get(t.theme().id());
      if (b != null) {
        out.add(new ThemeSeries(ThemeRef.of(t.theme()), b.build()));
      }
    }
    return out;
  }

  /** The k most negative (or positive) sentences of the day for each theme, each once. */
  private static List<Quote> quotes(List<DatedSentence> today, int k, boolean negative) {
    Comparator<DatedSentence> order = Comparator.comparingDouble(DatedSentence::sentiment);
    if (!negative) {
      order = order.reversed();
    }
    order = order.thenComparing(DatedSentence::commentId).thenComparing(DatedSentence::text);
    Map<String, List<DatedSentence>> byTheme = new HashMap<>();
    for (DatedSentence s : today) {
      if (negative ? s.sentiment() < 0 : s.sentiment() > 0) {
        for (String t : s.themes()) {
          byTheme.computeIfAbsent(t, x -> new ArrayList<>()).add(s);
        }
      }
    }
    Set<DatedSentence> chosen = new LinkedHashSet<>();
    for (List<DatedSentence> list : byTheme.values()) {
      list.stream().sorted(order).limit(k).forEach(chosen::add);
    }
    return chosen.stream().sorted(order)
        .map(s -> new Quote(s.text(), s.commentId(), s.sentiment(), s.themes())).toList();
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
    for (Row r : spark.read().parquet(out.resolve("rejects").toString()).groupBy("reason")
        .count().collectAsList()) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    return reasons;
  }

  private static DigestSettings settings(VerbatimConfig.Digest c) {
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
