package io.verbatim.ingest;

import io.verbatim.config.VerbatimConfig;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entry points. A run resolves the column mapping once, on the driver, then reads each file
 * (typically on an executor):
 *
 * <pre>{@code
 * ColumnMapping mapping = Ingest.mapping(open(first), format, cfg);      // fails fast
 * try (Stream<IngestResult> results = Ingest.read(source, open(file), format, cfg, mapping)) {
 *   results.forEach(...);
 * }
 * }</pre>
 */
public final class Ingest {

  private Ingest() {
  }

  /**
   * Every record of one file as a comment or a reject, lazily and in order. The stream takes
   * ownership of {@code in}: it is closed when the stream is closed or read to the end.
   *
   * @param source the file's name relative to the input root (goes into ids and rejects)
   * @throws IngestException for Parquet, and (lazily) when a CSV header cannot be read
   */
  public static Stream<IngestResult> read(String source, InputStream in, InputFormat format,
                                          VerbatimConfig.Input cfg, ColumnMapping mapping) {
    return read(source, in, format, cfg, mapping, null);
  }

  /**
   * As {@link #read(String, InputStream, InputFormat, VerbatimConfig.Input, ColumnMapping)}, with
   * the order of slash dates the file's time column decided ({@link #dateOrder}), or null.
   */
  public static Stream<IngestResult> read(String source, InputStream in, InputFormat format,
                                          VerbatimConfig.Input cfg, ColumnMapping mapping,
                                          DateOrder decided) {
    RecordReader reader = RecordReader.of(format, cfg.sheet());
    CommentMapper mapper = new CommentMapper(cfg, mapping, decided);
    return reader.read(source, in).skip(mapping.headerRows())
        .flatMap(result -> result instanceof RawRecord record
            ? mapper.mapAll(record).stream()
            : Stream.of(new IngestResult.Rejected(((ReadResult.Unreadable) result).reject())));
  }

  /**
   * Whether a file needs its time column read first to decide its slash dates: only when it has
   * a time column and {@code input.dateOrder} does not say.
   */
  public static boolean needsDateOrderScan(VerbatimConfig.Input cfg, ColumnMapping mapping) {
    return mapping.time() != null && DateOrder.parse(cfg.dateOrder()) == null;
  }

  /**
   * What a file's time column says about its slash dates: one pass over the file, reading only
   * that column. Closes {@code in}.
   */
  public static DateOrderEvidence dateOrder(InputStream in, InputFormat format,
                                            VerbatimConfig.Input cfg, ColumnMapping mapping) {
    try (Stream<ReadResult> records = RecordReader.of(format, cfg.sheet()).read("", in)) {
      return records.skip(mapping.headerRows()).filter(r -> r instanceof RawRecord)
          .map(r -> ColumnMapping.valueOf(((RawRecord) r).fields(), mapping.time()))
          .reduce(DateOrderEvidence.NONE, DateOrderEvidence::with, DateOrderEvidence::merge);
    }
  }

  /**
   * A file's column names, read from its start (the CSV header row; the keys of the first JSON
   * objects). Closes {@code in}.
   */
  public static List<String> header(InputStream in, InputFormat format) {
    return RecordReader.of(format).header(in);
  }

  /** {@link #header} then {@link ColumnMapping#resolve}. Closes {@code in}. */
  public static ColumnMapping mapping(InputStream in, InputFormat format,
                                      VerbatimConfig.Input cfg) {
    return ColumnMapping.resolve(header(in, format), cfg);
  }

  /**
   * A file's columns and the extra header rows under them ({@link FileLayout}); opens the file
   * twice (the column names, then the first records) and closes it each time.
   */
  public static FileLayout layout(java.util.function.Supplier<InputStream> open,
                                  InputFormat format, String sheet) {
    List<String> columns = RecordReader.of(format, sheet).header(open.get());
    if (format == InputFormat.JSONL || columns.isEmpty()) {
      return FileLayout.plain(columns);
    }
    try (Stream<ReadResult> records = RecordReader.of(format, sheet).read("", open.get())) {
      return FileLayout.of(columns, records.limit(FileLayout.SAMPLE)
          .filter(RawRecord.class::isInstance).map(r -> ((RawRecord) r).fields()).toList());
    }
  }
}
