package io.verbatim.jobs;

import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaBuilder;
import io.verbatim.ingest.Duplicates;
import io.verbatim.ingest.IngestException;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Reject;
import io.verbatim.output.Manifest;
import io.verbatim.output.StageTimer;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeIds;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The nightly incremental run: annotates only the drop folder's new files, keeps them in the
 * comment store, recomputes themes and ideas over the rolling window with {@link RunJob}'s steps,
 * publishes the outputs and the index, and writes the night's digest ({@link DigestJob}), all
 * under the output folder's lock.
 *
 * <p>Every step can be repeated: a batch is stored whole or not at all, the record of processed
 * files is replaced atomically, and outputs are committed as one generation. A run killed at any
 * point is finished by the next one, and running a night twice adds nothing.
 */
public final class NightlyJob {

  /**
   * What to run: the drop folder, the output folder, the night, the configuration, and whether
   * to e-mail the digest even when the configuration does not.
   */
  public record Request(String drop, Path out, LocalDate night, VerbatimConfig config,
                        boolean sendDigest) {

    public Request(String drop, Path out, LocalDate night, VerbatimConfig config) {
      this(drop, out, night, config, false);
    }
  }

  /** What a night did: how many new files it read, the published outputs, the digest. */
  public record Summary(int newFiles, Manifest manifest, DigestJob.Written digest) {
  }

  private final SparkSession spark;
  private final PrintStream log;
  private final RunJob runJob;

  public NightlyJob(SparkSession spark, PrintStream log) {
    this.spark = spark;
    this.log = log;
    this.runJob = new RunJob(spark, log);
  }

  /**
   * One night, holding the output folder's lock throughout, so no other run or digest reads or
   * writes the folder between the outputs and their digest.
   */
  @SuppressWarnings("try") // the lock is held for the body's duration, never referenced
  public Summary run(Request request) {
    try (RunLock lock = RunLock.acquire(request.out())) {
      ProgressReporter progress = new ProgressReporter(log);
      spark.sparkContext().addSparkListener(progress);
      try {
        return night(request, progress);
      } finally {
        spark.sparkContext().removeSparkListener(progress);
      }
    }
  }

  /**
   * The night's flow: new files → store (ingest and annotate only them) → rolling window →
   * themes → ideas → outputs → digest.
   */
  private Summary night(Request request, ProgressReporter progress) {
    Instant started = Instant.now();
    VerbatimConfig config = request.config();
    Path out = request.out();
    StageTimer timer = new StageTimer();
    timer.start("ingest");
    Taxonomy taxonomy = Taxonomy.from(config.themes());
    CommentAnalysis analysis = new CommentAnalysis(config, taxonomy);
    String runId = UUID.randomUUID().toString();
    OutputFolder folder = OutputFolder.prepare(out.toString(),
        spark.sparkContext().hadoopConfiguration(), runId);
    CommentStore store = new CommentStore(spark, out);
    store.dropStaging();
    NightlyState state = NightlyState.load(out);

    List<NightlyState.Processed> fresh = newFiles(request, state);
    log.printf("Night %s: %d new file(s) in %s%n", request.night(), fresh.size(), request.drop());
    if (!fresh.isEmpty()) {
      CommentStore.Batch batch = fresh.get(0).stored();
      if (!store.has(batch)) {
        List<InputFiles.InputFile> files = InputFiles.expand(request.drop(),
            config.input().format(), spark.sparkContext().hadoopConfiguration()).stream()
            .filter(f -> fresh.stream().anyMatch(p -> p.file().equals(f.name()))).toList();
        progress.stage("ingest", null, 0);
        Ingestion.Plan plan = Ingestion.plan(spark, files, config.input());
        Ingested in = Ingested.of(files, Ingestion.read(spark, plan, config));
        // Before the batch is stored or the files marked: the next night retries them.
        RejectGate.check(in.results(), plan, config.input());
        log.printf("Read %d records: %d accepted, %d rejected%n", in.counts().read(),
            in.counts().accepted(), in.counts().rejected());
        timer.start("annotate");
        JavaRDD<AnalyzedComment> analyzed = runJob.adaptToScores(runJob.annotate(in.accepted(),
            in.counts().accepted(), analysis, config, progress), config);
        store.write(batch, analyzed, in.rejects());
        analyzed.unpersist();
        in.release();
      }
      state = state.with(fresh);
      state.save(out);
    }

    timer.start("window");
    Window window = window(store, state, request.night(), config.nightly().windowDays());
    Themes themes = runJob.themes(JavaSparkContext.fromSparkContext(spark.sparkContext()),
        window.comments(), analysis.provides(), taxonomy, config, timer, progress);
    IdeaBuilder.Result ideas = runJob.ideas(themes, config, timer);
    Manifest manifest = runJob.publish(folder, runId, started, config, window.inputs(),
        window.rejects(), window.counts(), themes, ideas, timer, progress);
    themes.release();
    window.comments().unpersist();
    DigestJob.Written digest = DigestJob.written(spark, out, request.night(), config.digest(),
        request.sendDigest());
    return new Summary(fresh.size(), manifest, digest);
  }

  /** Files in the drop folder not processed before, all tagged with one batch id. */
  private List<NightlyState.Processed> newFiles(Request request, NightlyState state) {
    List<InputFiles.InputFile> files;
    try {
      files = InputFiles.expand(request.drop(), request.config().input().format(),
          spark.sparkContext().hadoopConfiguration());
    } catch (IngestException e) {
      // An empty drop folder is a quiet night, not an error; a missing one is.
      if (e.getMessage().contains("holds no")) {
        return List.of();
      }
      throw e;
    }
    List<String[]> fresh = new ArrayList<>();
    for (InputFiles.InputFile f : files) {
      FileStatus st = status(f.uri());
      if (!state.contains(f.name(), st.getLen(), st.getModificationTime())) {
        fresh.add(new String[] {f.name(), String.valueOf(st.getLen()),
            String.valueOf(st.getModificationTime())});
      }
    }
    // The batch id is a hash of the new files: a re-run after a kill finds its stored batch.
    String batch = ThemeIds.of("b", String.join("\n", fresh.stream()
        .map(a -> String.join("|", a)).toList()));
    List<NightlyState.Processed> out = new ArrayList<>();
    for (String[] a : fresh) {
      out.add(new NightlyState.Processed(a[0], Long.parseLong(a[1]), Long.parseLong(a[2]),
          batch, request.night()));
    }
    return out;
  }

  private FileStatus status(String uri) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.getFileStatus(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The comments and rejects of the rolling window, each comment id once. */
  private record Window(JavaRDD<AnalyzedComment> comments, JavaRDD<Reject> rejects,
                        InputCounts counts, List<String> inputs) {
  }

  private Window window(CommentStore store, NightlyState state, LocalDate night, int days) {
    LocalDate first = night.minusDays(days - 1L);
    Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = night.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<CommentStore.Batch> allBatches = state.processed().stream()
        .map(NightlyState.Processed::stored).distinct().toList();
    // Comments without a date stay for the window of the night they arrived.
    List<CommentStore.Batch> recentBatches = state.processed().stream()
        .filter(p -> !p.night().isBefore(first) && !p.night().isAfter(night))
        .map(NightlyState.Processed::stored).distinct().toList();
    JavaRDD<AnalyzedComment> dated = store.comments(allBatches).filter(c ->
        c.comment().createdAt() != null && !c.comment().createdAt().isBefore(from)
            && c.comment().createdAt().isBefore(to));
    JavaRDD<AnalyzedComment> undated = store.comments(recentBatches)
        .filter(c -> c.comment().createdAt() == null);
    JavaPairRDD<String, AnalyzedComment> byId = dated.union(undated)
        .mapToPair(c -> new Tuple2<>(c.comment().id(), c));
    JavaPairRDD<String, AnalyzedComment> kept = byId.reduceByKey((a, b) ->
        Duplicates.earlier(a.comment(), b.comment()) == a.comment() ? a : b);
    JavaRDD<Reject> duplicates = byId.join(kept)
        .filter(t -> !Duplicates.isKept(t._2()._1().comment(), t._2()._2().comment()))
        .map(t -> Duplicates.reject(t._2()._1().comment(), t._2()._2().comment()));
    JavaRDD<AnalyzedComment> comments = kept.values().persist(RunJob.CACHED);
    JavaRDD<Reject> rejects = store.rejects(recentBatches).union(duplicates)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long accepted = comments.count();
    long rejected = rejects.count();
    long duplicateIds = duplicates.count();
    long duplicateTexts = accepted - comments.map(c -> Duplicates.textKey(c.comment()))
        .distinct().count();
    List<String> inputs = state.processed().stream()
        .filter(p -> recentBatches.contains(p.stored())).map(NightlyState.Processed::file)
        .toList();
    return new Window(comments, rejects, InputCounts.of(accepted + rejected, accepted,
        duplicateIds, duplicateTexts, comments.map(AnalyzedComment::comment)), inputs);
  }
}
