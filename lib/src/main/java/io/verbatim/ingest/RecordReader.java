package io.verbatim.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Splits one input file into records. Implementations are stateless and thread-safe; all state
 * lives in the stream a call returns, which reads lazily, one record at a time, so a file of any
 * size streams through in bounded memory.
 */
public interface RecordReader {

  /** Longest record a reader holds; longer ones are rejected (see {@link LineReader}). */
  int DEFAULT_MAX_RECORD_CHARS = 1_000_000;

  /**
   * The records of one file, in order. The stream takes ownership of {@code in}: it is closed when
   * the stream is closed or has been read to the end. Records that cannot be read come as
   * {@link ReadResult.Unreadable}; I/O failures throw {@link java.io.UncheckedIOException}.
   *
   * @param source the file's name relative to the input root, copied into every result
   */
  Stream<ReadResult> read(String source, InputStream in);

  /**
   * The column names of a file, read cheaply from its start, and closes {@code in}. Empty for an
   * empty file.
   */
  List<String> header(InputStream in);

  /** The reader for a format (an Excel workbook's first sheet). */
  static RecordReader of(InputFormat format) {
    return of(format, null);
  }

  /** The reader for a format; {@code sheet} names the workbook sheet to read (null: first). */
  static RecordReader of(InputFormat format, String sheet) {
    switch (format) {
      case XLSX:
        return new XlsxRecordReader(sheet);
      case CSV:
        return new CsvRecordReader();
      case JSONL:
        return new JsonLinesRecordReader();
      default:
        throw new IngestException(
            format + " input is read by Spark directly, not record by record.");
    }
  }
}
