package io.verbatim.jobs;

import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaBuilder;
import io.verbatim.ideas.IdeaCollector;
import io.verbatim.ideas.IdeaIndex;
import io.verbatim.ingest.Duplicates;
import io.verbatim.ingest.IngestResult;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import io.verbatim.model.ThemeSummary;
import io.verbatim.output.Manifest;
import io.verbatim.output.StageTimer;
import io.verbatim.output.Versions;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeBuilder;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.ThemeTagger;
import io.verbatim.themes.TrendWindow;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The main batch job: ingest, annotate, discover themes, tag, collect ideas, write tables and the
 * manifest. Each step is a Spark action over cached data calling one lib component.
 */
public final class RunJob {

  private final SparkSession spark;
  private final PrintStream log;

  public RunJob(SparkSession spark, PrintStream log) {
    this.spark = spark;
    this.log = log;
  }

  /**
   * Fails with one sentence when the input does not exist or holds no readable files; cheap,
   * needs no Spark.
   */
  public static void checkInput(String input, VerbatimConfig config) {
    InputFiles.expand(input, config.input().format(), new org.apache.hadoop.conf.Configuration());
  }

  public RunSummary run(RunRequest request) {
    Instant started = Instant.now();
    VerbatimConfig config = request.config();
    StageTimer timer = new StageTimer();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ProgressReporter progress = new ProgressReporter(log);
    spark.sparkContext().addSparkListener(progress);
    try {
      return run(request, config, timer, jsc, progress, started);
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  private RunSummary run(RunRequest request, VerbatimConfig config, StageTimer timer,
                         JavaSparkContext jsc, ProgressReporter progress, Instant started) {
    // Everything that can be wrong with the request fails here, before any heavy work.
    timer.start("ingest");
    Taxonomy taxonomy = Taxonomy.from(config.themes());
    CommentAnalysis analysis = new CommentAnalysis(config, taxonomy);
    String runId = UUID.randomUUID().toString();
    OutputFolder out = OutputFolder.prepare(request.out(),
        spark.sparkContext().hadoopConfiguration(), runId);
    List<InputFiles.InputFile> files = InputFiles.expand(request.input(), config.input().format(),
        spark.sparkContext().hadoopConfiguration());
    Ingestion.Plan plan = Ingestion.plan(spark, files, config.input());
    log.printf("Reading %d file(s) from %s%n", files.size(), request.input());

    progress.stage("ingest", null, 0);
    JavaRDD<IngestResult> ingested = Ingestion.read(spark, plan, config.input())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Comment> byId = ingested
        .filter(r -> r instanceof IngestResult.Accepted)
        .mapToPair(r -> {
          Comment c = ((IngestResult.Accepted) r).comment();
          return new Tuple2<>(c.id(), c);
        });
    JavaPairRDD<String, Comment> kept = byId.reduceByKey(Duplicates::earlier);
    JavaRDD<Reject> duplicates = byId.join(kept)
        .filter(t -> !Duplicates.isKept(t._2()._1(), t._2()._2()))
        .map(t -> Duplicates.reject(t._2()._1(), t._2()._2()));
    JavaRDD<Comment> accepted = kept.values().persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Reject> rejects = ingested.filter(r -> r instanceof IngestResult.Rejected)
        .map(r -> ((IngestResult.Rejected) r).reject()).union(duplicates);
    long read = ingested.count();
    long acceptedCount = accepted.count();
    long rejected = read - acceptedCount;
    long duplicateIds = duplicates.count();
    long duplicateTexts = acceptedCount - accepted.map(Duplicates::textKey).distinct().count();
    log.printf("Read %d records: %d accepted, %d rejected (%d duplicate ids)%n", read,
        acceptedCount, rejected, duplicateIds);

    timer.start("annotate");
    LongAccumulator annotated = spark.sparkContext().longAccumulator("annotated");
    progress.stage("annotate", annotated, acceptedCount);
    int partitions = partitions(config, acceptedCount);
    JavaRDD<AnalyzedComment> analyzed = accepted.repartition(partitions)
        .mapPartitions(it -> new MappedIterator<>(it, c -> {
          AnalyzedComment a = analysis.analyze(c);
          annotated.add(1);
          return a;
        }))
        .persist(StorageLevel.MEMORY_AND_DISK());
    PhraseCounts phrases = analyzed.treeAggregate(new PhraseCounts(), PhraseCounts::add,
        PhraseCounts::merge);

    timer.start("themes");
    progress.stage("themes", null, 0);
    ThemeCatalog catalog = new ThemeBuilder(taxonomy, config.themes()).build(phrases);
    TrendWindow window = phrases.newest() == null ? TrendWindow.none()
        : new TrendWindow(phrases.newest(), config.themes().trendWindowDays());
    Broadcast<ThemeTagger> tagger = jsc.broadcast(new ThemeTagger(catalog));
    JavaRDD<AnalyzedComment> tagged = analyzed.map(c -> tagger.value().apply(c))
        .persist(StorageLevel.MEMORY_AND_DISK());
    ThemeStats stats = tagged.treeAggregate(new ThemeStats(window),
        (s, c) -> s.add(c, catalog), ThemeStats::merge);
    List<ThemeSummary> themes = stats.summaries(catalog);
    analyzed.unpersist();

    timer.start("ideas");
    progress.stage("ideas", null, 0);
    IdeaCollector evidence = tagged.treeAggregate(new IdeaCollector(config.ideas(), window),
        IdeaCollector::add, IdeaCollector::merge);
    IdeaBuilder.Result ideas = new IdeaBuilder(config.ideas(), config.input())
        .build(evidence, catalog);
    Broadcast<IdeaIndex> ideaIndex = jsc.broadcast(ideas.index());

    timer.start("write");
    progress.stage("write", null, 0);
    List<String> metadata = metadataColumns(accepted);
    Tables tables = new Tables(metadata);
    write(tagged.map(c -> tables.comment(c, ideaIndex.value().ideaIds(c))), tables.comments(),
        out.staged("comments"));
    write(tagged.flatMap(c -> Tables.sentences(c).iterator()), Tables.SENTENCES,
        out.staged("sentences"));
    write(jsc.parallelize(themes.stream().map(Tables::theme).toList(), 1), Tables.THEMES,
        out.staged("themes"));
    write(jsc.parallelize(ideas.ideas().stream().map(Tables::idea).toList(), 1), Tables.IDEAS,
        out.staged("ideas"));
    write(rejects.map(Tables::reject).coalesce(1), Tables.REJECTS, out.staged("rejects"));
    long sentences = tagged.map(c -> (long) c.sentences().size()).fold(0L, Long::sum);
    long suggestions = tagged.map(c -> c.sentences().stream().filter(s -> s.suggestion()).count())
        .fold(0L, Long::sum);
    timer.stop();
    tagged.unpersist();
    accepted.unpersist();
    ingested.unpersist();

    Map<String, String> outputs = new LinkedHashMap<>();
    for (String t : OutputFolder.TABLES) {
      outputs.put(t, out.table(t));
    }
    outputs.put("manifest", out.table(OutputFolder.MANIFEST));
    Manifest manifest = new Manifest(runId, started, Instant.now(),
        Versions.all(spark.version()), ConfigLoader.toTree(config),
        files.stream().map(InputFiles.InputFile::uri).toList(),
        new Manifest.Counts(read, acceptedCount, rejected, sentences, themes.size(),
            ideas.ideas().size(), suggestions, duplicateIds, duplicateTexts),
        stats.unthemedShare(), timer.seconds(), outputs);
    out.stageText(OutputFolder.MANIFEST, manifest.toJson());
    out.commit();
    return new RunSummary(manifest, ideas.ideas());
  }

  private int partitions(VerbatimConfig config, long comments) {
    int configured = config.spark().partitions();
    if (configured > 0) {
      return configured;
    }
    int cores = spark.sparkContext().defaultParallelism();
    // About 250 comments a partition: enough partitions to balance uneven comment lengths and to
    // report progress often (rows are counted as partitions finish), few enough that task
    // overhead stays negligible.
    long wanted = Math.max(2L * cores, Math.min(comments / 250, 2_000));
    return (int) wanted;
  }

  /**
   * Metadata columns in the order the input declares them (by their earliest position in any
   * record); keys only some JSON lines carry are kept too, so no field is dropped.
   */
  private static List<String> metadataColumns(JavaRDD<Comment> accepted) {
    List<scala.Tuple2<String, Integer>> positions = accepted.flatMapToPair(c -> {
      List<scala.Tuple2<String, Integer>> keys = new ArrayList<>();
      int i = 0;
      for (String k : c.metadata().keySet()) {
        keys.add(new scala.Tuple2<>(k, i++));
      }
      return keys.iterator();
    }).reduceByKey(Math::min).collect();
    List<scala.Tuple2<String, Integer>> sorted = new ArrayList<>(positions);
    sorted.sort(java.util.Comparator.comparing((scala.Tuple2<String, Integer> t) -> t._2())
        .thenComparing(scala.Tuple2::_1));
    return sorted.stream().map(scala.Tuple2::_1).toList();
  }

  private void write(JavaRDD<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
  }
}
