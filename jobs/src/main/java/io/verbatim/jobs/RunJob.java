package io.verbatim.jobs;

import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.annotate.ScoreAdaptation;
import io.verbatim.annotate.ScoreEnds;
import io.verbatim.annotate.WeakLabels;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaBuilder;
import io.verbatim.ideas.IdeaCollector;
import io.verbatim.ideas.IdeaIndex;
import io.verbatim.ideas.QuestionIdeas;
import io.verbatim.index.IndexStats;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import io.verbatim.output.Build;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentPipeline;
import io.verbatim.output.Manifest;
import io.verbatim.output.ModelFiles;
import io.verbatim.output.StageTimer;
import io.verbatim.output.Versions;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeBuilder;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeCentroids;
import io.verbatim.themes.ThemeLemmas;
import io.verbatim.themes.ThemeNesting;
import io.verbatim.themes.ThemeStats;
import io.verbatim.themes.ThemeTagger;
import io.verbatim.themes.TrendWindow;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.StatCounter;

/**
 * The main batch job, in the order data flows: ingest → annotate → themes → ideas → outputs
 * (tables, search index, manifest). {@link #run(RunRequest)} names every step; each step moves
 * data with Spark and calls one lib component. {@link NightlyJob} runs the same steps over its
 * rolling window.
 */
public final class RunJob {

  /**
   * How the annotated comments are cached, once, for the passes after annotation: serialised.
   * Cached as live objects, Spark's SizeEstimator walks every comment's object graph (sentences,
   * tokens, strings) again and again while storing a partition, which cost more CPU than the
   * annotation itself; serialised blocks are sized by their bytes, and are several times smaller.
   */
  static final StorageLevel CACHED = StorageLevel.MEMORY_AND_DISK_SER();

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
    RunLock.Deferred lock = RunLock.deferred(request.out());
    try (lock) {
      return run(request, config, timer, jsc, progress, started, lock);
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  /**
   * The whole flow, one step per line: ingest → annotate → themes → ideas → outputs. Each step
   * is a method below that moves data with Spark and calls one lib component.
   */
  private RunSummary run(RunRequest request, VerbatimConfig config, StageTimer timer,
                         JavaSparkContext jsc, ProgressReporter progress, Instant started,
                         RunLock.Deferred lock) {
    // Everything that can be wrong with the request fails here, before any heavy work.
    timer.start("ingest");
    Taxonomy taxonomy = Taxonomy.from(config.themes());
    CommentAnalysis analysis = new CommentAnalysis(config, taxonomy);
    String runId = UUID.randomUUID().toString();
    OutputFolder out = OutputFolder.prepare(request.out(),
        spark.sparkContext().hadoopConfiguration(), runId);

    lock.acquire(); // once the request has passed its checks: a refused run writes nothing
    Ingested in = ingest(request.input(), config, progress);
    timer.start("annotate");
    JavaRDD<AnalyzedComment> analyzed = adaptToScores(annotate(in.accepted(),
        in.counts().accepted(), analysis, config, progress), config);
    Themes themes = themes(jsc, analyzed, analysis.provides(), taxonomy, config, timer,
        progress);
    IdeaBuilder.Result ideas = ideas(themes, config, timer);
    Manifest manifest = publish(out, runId, started, config, in.inputs(), in.rejects(),
        in.counts(), themes, ideas, timer, progress);

    themes.release();
    analyzed.unpersist();
    in.release();
    return new RunSummary(manifest, ideas.ideas());
  }

  /**
   * Ingest: reads the input files, maps their columns, cleans and redacts the text, identifies
   * the language and sends every bad record to the rejects with its reason; stops the run (exit
   * 4) when most of a file is rejected for one reason.
   */
  Ingested ingest(String input, VerbatimConfig config, ProgressReporter progress) {
    List<InputFiles.InputFile> files = InputFiles.expand(input, config.input().format(),
        spark.sparkContext().hadoopConfiguration());
    log.printf("Reading %d file(s) from %s%n", files.size(), input);
    progress.stage("ingest", null, 0);
    Ingestion.Plan plan = Ingestion.plan(spark, files, config.input());
    Ingested in = Ingested.of(files, Ingestion.read(spark, plan, config));
    RejectGate.check(in.results(), plan, config.input());
    log.printf("Read %d records: %d accepted, %d rejected (%d duplicate ids)%n",
        in.counts().read(), in.counts().accepted(), in.counts().rejected(),
        in.counts().duplicateIds());
    return in;
  }

  /**
   * Themes, over the whole corpus: the catalog is discovered from every comment's aspect
   * phrases (pinned taxonomy themes first), each sentence is tagged with the catalog's themes and
   * their clause sentiment, and each theme's figures (reach, sentiment, trend, score impact) are
   * summed. Only the phrase counts and the figures reach the driver.
   */
  Themes themes(JavaSparkContext jsc, JavaRDD<AnalyzedComment> analyzed,
                Set<Capability> annotated, Taxonomy taxonomy, VerbatimConfig config,
                StageTimer timer, ProgressReporter progress) {
    List<String> questions = config.themes().splitByQuestion() ? questions(analyzed) : List.of();
    if (questions.size() < 2) {
      return themes(jsc, analyzed, annotated, taxonomy, config, timer, progress, "");
    }
    // Split by survey question: each question's answers get themes of their own.
    log.printf("Themes and ideas per question: %s%n", String.join(", ", questions));
    Map<String, Themes> byQuestion = new LinkedHashMap<>();
    for (String q : questions) {
      JavaRDD<AnalyzedComment> answers = analyzed.filter(c -> q.equals(questionOf(c)));
      byQuestion.put(q, themes(jsc, answers, annotated, taxonomy, config, timer, progress, q));
    }
    return Themes.merged(byQuestion, new ThemeStats(byQuestion.values().iterator().next()
        .window(), config.annotation().negativeBelow()));
  }

  /** The survey questions the comments answer, "" standing for none; sorted. */
  private static List<String> questions(JavaRDD<AnalyzedComment> analyzed) {
    List<String> questions = new ArrayList<>(analyzed.map(RunJob::questionOf).distinct()
        .collect());
    questions.sort(null);
    return questions;
  }

  private static String questionOf(AnalyzedComment c) {
    String q = c.comment().question();
    return q == null ? "" : q;
  }

  /** The themes of one question's answers ({@code question} not empty) or of all comments. */
  private Themes themes(JavaSparkContext jsc, JavaRDD<AnalyzedComment> analyzed,
                        Set<Capability> annotated, Taxonomy taxonomy, VerbatimConfig config,
                        StageTimer timer, ProgressReporter progress, String question) {
    progress.stage("themes", null, 0);
    // The manifest's counts and the metadata columns ride along with the phrase counts: the
    // first pass over the annotated comments, no passes of their own.
    scala.Tuple2<PhraseCounts, RunTotals> first = analyzed.treeAggregate(
        new scala.Tuple2<>(new PhraseCounts(), new RunTotals()),
        (t, c) -> new scala.Tuple2<>(t._1().add(c), t._2().add(c)),
        (a, b) -> new scala.Tuple2<>(a._1().merge(b._1()), a._2().merge(b._2())));
    PhraseCounts phrases = first._1();
    timer.start("themes");
    ThemeCatalog discovered = new ThemeBuilder(taxonomy, config.themes()).build(phrases);
    // At most themes.maxTopLevel top-level themes: the rest hang under the one they co-occur with.
    ThemeCatalog nested = analyzed.treeAggregate(new ThemeNesting(discovered),
        ThemeNesting::add, ThemeNesting::merge).nest(config.themes().maxTopLevel());
    ThemeCatalog catalog = question.isEmpty() ? nested : nested.inQuestion(question);
    TrendWindow window = phrases.newest() == null ? TrendWindow.none()
        : new TrendWindow(phrases.newest(), config.themes().trendWindowDays());
    // Tagging is a declared stage too: it fails here if annotation did not add what it reads.
    Broadcast<CommentPipeline> tagger = jsc.broadcast(CommentPipeline.of(annotated,
        List.of(new ThemeTagger(catalog))));
    // Not cached: tagging is cheap next to reading the annotations back, and one cache of the
    // annotated comments is half the memory of two.
    JavaRDD<AnalyzedComment> tagged = analyzed.map(c -> tagger.value().apply(c));
    // Where each theme's comments sit in word-vector space, and the words they use, ride along
    // with the figures.
    scala.Tuple3<ThemeStats, ThemeCentroids, ThemeLemmas> measured = tagged.treeAggregate(
        new scala.Tuple3<>(new ThemeStats(window, config.annotation().negativeBelow()),
            new ThemeCentroids(), new ThemeLemmas()),
        (t, c) -> new scala.Tuple3<>(t._1().add(c, catalog), t._2().add(c), t._3().add(c)),
        (a, b) -> new scala.Tuple3<>(a._1().merge(b._1()), a._2().merge(b._2()),
            a._3().merge(b._3())));
    ThemeStats stats = measured._1();
    return new Themes(tagged, catalog, stats, measured._2(), measured._3(),
        stats.summaries(catalog), window, first._2());
  }

  /**
   * Ideas: the changes customers asked for and the fixes their recurring complaints imply,
   * collected per theme across the corpus, then grouped, titled and ranked on the driver.
   */
  IdeaBuilder.Result ideas(Themes themes, VerbatimConfig config, StageTimer timer) {
    if (!themes.byQuestion().isEmpty()) {
      Map<String, IdeaBuilder.Result> byQuestion = new LinkedHashMap<>();
      themes.byQuestion().forEach((q, t) ->
          byQuestion.put(q, QuestionIdeas.inQuestion(ideas(t, config, timer), q)));
      return QuestionIdeas.merged(byQuestion);
    }
    timer.start("ideas");
    // A comment is evidence for its main theme's implied idea, a complaint for its rarest theme.
    MainTheme main = new MainTheme(themes.catalog(), themes.stats(), themes.centroids(),
        themes.lemmas());
    IdeaCollector evidence = themes.tagged().treeAggregate(
        new IdeaCollector(config.ideas(), themes.window(), main), IdeaCollector::add,
        IdeaCollector::merge);
    return new IdeaBuilder(config.ideas(), config.input()).build(evidence, themes.catalog());
  }

  /**
   * Annotate, per comment on the executors: the declared chain of {@link CommentAnalysis}
   * (tokenize: tokens, lemmas and POS; sentiment of sentences and comment; aspect phrases;
   * suggestions), with
   * one lazily loaded CoreNLP pipeline per JVM.
   */
  JavaRDD<AnalyzedComment> annotate(JavaRDD<Comment> comments, long count,
                                    CommentAnalysis analysis, VerbatimConfig config,
                                    ProgressReporter progress) {
    log.printf("Annotating: %s%n", String.join(" → ", analysis.stageNames()));
    LongAccumulator annotated = spark.sparkContext().longAccumulator("annotated");
    progress.stage("annotate", annotated, count);
    JavaRDD<AnalyzedComment> analyzed = comments.repartition(partitions(config, count))
        .mapPartitions(it -> new MappedIterator<>(it, c -> {
          AnalyzedComment a = analysis.analyze(c);
          annotated.add(1);
          return a;
        }))
        .persist(CACHED);
    return analyzed;
  }

  /**
   * Adapt (opt-in, annotation.adaptFromScore; otherwise the comments pass through): the scores'
   * range, then the comments at its two ends folded into
   * weak labels on the driver, where {@link ScoreAdaptation} fits the in-domain model; the model
   * goes out to the workers, which send back every comment's in-domain score (one double each)
   * so the driver can set the neutral band; then every comment is rescored. The comments are
   * returned unchanged (and the log says why) when they have no scores or too few at either end.
   */
  JavaRDD<AnalyzedComment> adaptToScores(JavaRDD<AnalyzedComment> analyzed,
                                         VerbatimConfig config) {
    if (!config.annotation().adaptFromScore()) {
      return analyzed;
    }
    StatCounter scores = analyzed.filter(c -> c.analysed() && c.comment().score() != null)
        .mapToDouble(c -> c.comment().score()).stats();
    if (scores.count() == 0) {
      log.println("Sentiment not adapted to scores: no analysed comment has a score.");
      return analyzed;
    }
    ScoreEnds ends = new ScoreEnds(scores.min(), scores.max());
    WeakLabels weak = analyzed.treeAggregate(new WeakLabels(ends), WeakLabels::add,
        WeakLabels::merge);
    Optional<ScoreAdaptation> fitted = ScoreAdaptation.fit(weak, config.annotation());
    if (fitted.isEmpty()) {
      log.printf(Locale.ROOT, "Sentiment not adapted to scores: %d comments at the low end and"
              + " %d at the high end of %s..%s; at least %d at each are needed.%n",
          weak.negatives(), weak.positives(), ends.min(), ends.max(),
          ScoreAdaptation.MIN_PER_END);
      return analyzed;
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ScoreAdaptation> model = jsc.broadcast(fitted.get());
    double[] inDomain = analyzed.filter(c -> c.analysed() && !c.sentences().isEmpty())
        .map(c -> model.value().inDomain(c)).collect().stream()
        .mapToDouble(Double::doubleValue).toArray();
    ScoreAdaptation calibrated = fitted.get().calibrated(inDomain);
    log.printf(Locale.ROOT, "Sentiment adapted to scores: in-domain model fitted on %d comments"
            + " at the low end and %d at the high end of %s..%s; %.0f%% and %.0f%% of the scored"
            + " comments were at those ends, and as many come out negative and positive.%n",
        weak.negatives(), weak.positives(), ends.min(), ends.max(), 100 * weak.lowShare(),
        100 * weak.highShare());
    Broadcast<ScoreAdaptation> adaptation = jsc.broadcast(calibrated);
    JavaRDD<AnalyzedComment> adapted = analyzed.map(c -> adaptation.value().apply(c))
        .persist(CACHED);
    adapted.count(); // held before the annotated comments it is made from are let go
    analyzed.unpersist();
    return adapted;
  }

  /**
   * Outputs: writes the tables, builds the search index and the manifest into this run's
   * generation, then commits it, so readers see all of it or none.
   */
  Manifest publish(OutputFolder out, String runId, Instant started, VerbatimConfig config,
                   List<String> inputs, JavaRDD<Reject> rejects, InputCounts counts,
                   Themes themes, IdeaBuilder.Result ideas, StageTimer timer,
                   ProgressReporter progress) {
    timer.start("write");
    progress.stage("write", null, 0);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<AnalyzedComment> tagged = forWriting(themes.tagged(), counts.accepted());
    Broadcast<IdeaIndex> ideaIndex = jsc.broadcast(ideas.index());
    Tables tables = new Tables(themes.totals().metadataColumns());
    write(tagged.map(c -> tables.comment(c, ideaIndex.value().ideaIds(c))), tables.comments(),
        out.staged("comments"));
    write(tagged.flatMap(c -> Tables.sentences(c).iterator()), Tables.SENTENCES,
        out.staged("sentences"));
    write(jsc.parallelize(themes.summaries().stream().map(Tables::theme).toList(), 1),
        Tables.THEMES, out.staged("themes"));
    write(jsc.parallelize(ideas.ideas().stream().map(Tables::idea).toList(), 1),
        Tables.IDEAS, out.staged("ideas"));
    write(rejects.sortBy(Tables::inputOrder, true, 1).map(Tables::reject), Tables.REJECTS,
        out.staged("rejects"));
    RunTotals totals = themes.totals();
    index(out, config, timer, progress);
    timer.stop();

    Map<String, String> outputs = new LinkedHashMap<>();
    for (String t : OutputFolder.TABLES) {
      outputs.put(t, out.table(t));
    }
    outputs.put("manifest", out.table(OutputFolder.MANIFEST));
    out.localPath().ifPresent(p -> outputs.put("index", p.resolve("index").toUri().toString()));
    Manifest manifest = new Manifest(runId, started, Instant.now(), Build.current(),
        Versions.all(spark.version()), spark.sparkContext().master(),
        ModelFiles.of(userFiles(config)),
        ConfigLoader.toTree(config),
        inputs,
        new Manifest.Counts(counts.read(), counts.accepted(), counts.rejected(),
            totals.sentences(), themes.summaries().size(), ideas.ideas().size(),
            totals.suggestions(), counts.duplicateIds(), counts.duplicateTexts(),
            totals.notAnalysed()),
        counts.languages(), counts.flags(), themes.stats().unthemedShare(), timer.seconds(),
        outputs);
    out.stageText(OutputFolder.MANIFEST, manifest.toJson());
    out.commit();
    return manifest;
  }

  /**
   * The last stage: the search index over this run's tables. Lucene needs a local folder; on a
   * cluster file system the outputs stand and {@code verbatim index} runs on a local copy.
   */
  private void index(OutputFolder out, VerbatimConfig config, StageTimer timer,
                     ProgressReporter progress) {
    java.util.Optional<java.nio.file.Path> local = out.localPath();
    if (local.isEmpty()) {
      log.println("Outputs are not on a local disk: copy them and run `verbatim index --out DIR`.");
      return;
    }
    timer.start("index");
    progress.stage("index", null, 0);
    IndexStats stats = IndexJob.build(spark, out.stagedPath(), local.get(), config.index());
    log.printf("Indexed %,d sentences, %d themes, %d ideas in %.1fs%n", stats.sentences(),
        stats.themes(), stats.ideas(), stats.seconds());
  }

  /** The user's own data files the configuration names, for the manifest's hashes. */
  private static List<String> userFiles(VerbatimConfig config) {
    return java.util.Arrays.asList(config.themes().taxonomy(), config.index().synonyms());
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
   * The tagged comments in as many partitions as the tables should have files. Annotation wants
   * many small partitions (balance, progress); written as they are, a million comments become
   * 2,000 small files per table, each a task with its own Parquet writer, and the index then
   * reads them all back. Merged without a shuffle into about one file per 100,000 comments (at
   * least one per core, so every core writes).
   */
  private JavaRDD<AnalyzedComment> forWriting(JavaRDD<AnalyzedComment> tagged, long comments) {
    long files = Math.max(spark.sparkContext().defaultParallelism(), comments / 100_000 + 1);
    return files < tagged.getNumPartitions() ? tagged.coalesce((int) files) : tagged;
  }

  private void write(JavaRDD<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
  }
}
