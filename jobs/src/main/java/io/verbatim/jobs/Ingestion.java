package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.ingest.ColumnMapping;
import io.verbatim.ingest.CommentMapper;
import io.verbatim.ingest.DateOrder;
import io.verbatim.ingest.DateOrderEvidence;
import io.verbatim.ingest.FileLayout;
import io.verbatim.ingest.Ingest;
import io.verbatim.ingest.IngestException;
import io.verbatim.ingest.IngestResult;
import io.verbatim.ingest.NoSuchSheetException;
import io.verbatim.ingest.InputFormat;
import io.verbatim.ingest.RawRecord;
import io.verbatim.ingest.Sanitizer;
import io.verbatim.ingest.Timestamps;
import io.verbatim.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads the input files into ingest results. Line-based files are parsed by lib's readers on the
 * executors, one task per file; Parquet files are read by Spark and each row handed to the same
 * comment mapper, so every format obeys the same rules.
 */
final class Ingestion {

  /** A line-based file with its resolved columns, as shipped to the task that reads it. */
  private record MappedFile(InputFiles.InputFile file, ColumnMapping mapping)
      implements java.io.Serializable {
  }

  private Ingestion() {
  }

  /** What to read: files with their columns resolved, and files that cannot be read at all. */
  record Plan(Map<InputFiles.InputFile, ColumnMapping> readable, List<Reject> unreadable) {
  }

  /**
   * Resolves the column mapping of every file up front, on the driver, so a misnamed column stops
   * the run before any work. A file whose header or schema cannot be read (corrupt, empty, not
   * what its extension says) does not stop the run: it becomes one reject with the reason.
   */
  static Plan plan(SparkSession spark, List<InputFiles.InputFile> files,
                   VerbatimConfig.Input cfg) {
    Timestamps.of(cfg); // a bad input.dateOrder or input.timeFormat stops the run here
    Map<InputFiles.InputFile, ColumnMapping> readable = new LinkedHashMap<>();
    List<Reject> unreadable = new ArrayList<>();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (InputFiles.InputFile f : files) {
      FileLayout layout;
      try {
        layout = f.format() == InputFormat.PARQUET
            ? FileLayout.plain(List.of(spark.read().parquet(f.uri()).schema().fieldNames()))
            : Ingest.layout(() -> open(f.uri(), conf), f.format(), cfg.sheet());
      } catch (NoSuchSheetException e) {
        throw new NoSuchSheetException(f.name() + ": " + e.getMessage());
      } catch (Exception e) {
        // Exception, not RuntimeException: Spark throws its checked SparkException unchecked.
        unreadable.add(new Reject(null, f.name(), 0, "unreadable " + f.format().name()
            .toLowerCase(java.util.Locale.ROOT) + " file: " + firstLine(e.getMessage())));
        continue;
      }
      try {
        readable.put(f, ColumnMapping.resolve(layout, cfg));
      } catch (IngestException e) {
        throw new IngestException(f.name() + ": " + e.getMessage(), e);
      }
    }
    return new Plan(readable, unreadable);
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Every record of the plan's files, cleaned and redacted, as a comment or a reject. */
  static JavaRDD<IngestResult> read(SparkSession spark, Plan plan, VerbatimConfig config) {
    VerbatimConfig.Input cfg = config.input();
    Sanitizer sanitizer = new Sanitizer(config);
    Map<InputFiles.InputFile, ColumnMapping> files = plan.readable();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SerializableConfiguration conf =
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    List<MappedFile> lineFiles = new ArrayList<>();
    JavaRDD<IngestResult> all = jsc.parallelize(plan.unreadable().stream()
        .<IngestResult>map(IngestResult.Rejected::new).toList(), 1);
    for (Map.Entry<InputFiles.InputFile, ColumnMapping> e : files.entrySet()) {
      if (e.getKey().format() == InputFormat.PARQUET) {
        all = all.union(parquet(spark, e.getKey(), e.getValue(), cfg));
      } else {
        lineFiles.add(new MappedFile(e.getKey(), e.getValue()));
      }
    }
    if (!lineFiles.isEmpty()) {
      JavaRDD<IngestResult> lines = jsc.parallelize(lineFiles, lineFiles.size())
          .flatMap(f -> readFile(f.file(), f.mapping(), cfg, conf.value()));
      all = all.union(lines);
    }
    // A line file is parsed by one task, but sanitising (cleaning, redaction, language) costs
    // far more than parsing: its records are spread over the cores first. Results leave in no
    // particular order; the rejects table is written in input order (source, position).
    int spread = 2 * jsc.defaultParallelism();
    if (all.getNumPartitions() < spread) {
      all = all.repartition(spread);
    }
    return all.map(sanitizer::apply);
  }

  private static Iterator<IngestResult> readFile(InputFiles.InputFile f, ColumnMapping mapping,
      VerbatimConfig.Input cfg, Configuration conf) {
    // Slash dates need the whole column seen first: one extra pass over the file.
    DateOrder decided = Ingest.needsDateOrderScan(cfg, mapping)
        ? Ingest.dateOrder(open(f.uri(), conf), f.format(), cfg, mapping).decided() : null;
    Stream<IngestResult> results = Ingest.read(f.name(), open(f.uri(), conf), f.format(), cfg,
        mapping, decided);
    Iterator<IngestResult> it = results.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = it.hasNext();
        if (!more) {
          results.close();
        }
        return more;
      }

      @Override
      public IngestResult next() {
        return it.next();
      }
    };
  }

  private static JavaRDD<IngestResult> parquet(SparkSession spark, InputFiles.InputFile f,
      ColumnMapping mapping, VerbatimConfig.Input cfg) {
    Dataset<Row> rows = spark.read().parquet(f.uri());
    String[] names = rows.schema().fieldNames();
    DateOrder decided = Ingest.needsDateOrderScan(cfg, mapping)
        ? rows.select(rows.col("`" + mapping.time() + "`")).javaRDD()
            .map(r -> r.isNullAt(0) ? null : String.valueOf(r.get(0)))
            .aggregate(DateOrderEvidence.NONE, DateOrderEvidence::with, DateOrderEvidence::merge)
            .decided()
        : null;
    CommentMapper mapper = new CommentMapper(cfg, mapping, decided);
    String source = f.name();
    return rows.javaRDD().zipWithIndex().flatMap(t -> {
      Map<String, String> fields = new LinkedHashMap<>();
      Row r = t._1();
      for (int i = 0; i < names.length; i++) {
        if (!r.isNullAt(i)) {
          fields.put(names[i], String.valueOf(r.get(i)));
        }
      }
      long position = t._2() + 1;
      return mapper.mapAll(new RawRecord(source, position, position, fields, fields.toString()))
          .iterator();
    });
  }

  private static InputStream open(String uri, Configuration conf) {
    try {
      Path p = new Path(uri);
      FileSystem fs = p.getFileSystem(conf);
      return fs.open(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
