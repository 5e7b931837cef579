package io.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads CSV with a header row: comma separated, RFC 4180 quoting, values may span lines.
 *
 * <p>{@link CsvSplitter} cuts the text into records and Jackson decodes each record on its own.
 * Jackson alone cannot do this job: it does not give back a record's raw text, and after a syntax
 * error it cannot go on. Per record, an error costs that record only.
 *
 * <p>Rules: blank lines between records are skipped. Header names are trimmed; an empty name
 * becomes {@code column_N} (1-based) and a repeated one (ignoring case) gets {@code _2}, {@code _3}
 * so that no value is lost. A record with another number of values than the header is rejected
 * ({@code "expected 7 columns, found 5"}). A record that cannot be decoded, or whose quoted value
 * is never closed, is rejected by its first line alone and reading resumes at the line after it:
 * a stray quote otherwise swallows the records behind it.
 */
public final class CsvRecordReader implements RecordReader {

  private static final ObjectReader ROWS = new CsvMapper().readerFor(String[].class)
      .with(CsvParser.Feature.WRAP_AS_ARRAY);

  private final int maxRecordChars;

  public CsvRecordReader() {
    this(DEFAULT_MAX_RECORD_CHARS);
  }

  /** @param maxRecordChars longer records are rejected rather than held in memory */
  public CsvRecordReader(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public Stream<ReadResult> read(String source, InputStream in) {
    LineReader lines = new LineReader(in, maxRecordChars);
    return new Records(source, lines, new CsvSplitter(lines, maxRecordChars)).stream();
  }

  @Override
  public List<String> header(InputStream in) {
    try (LineReader lines = new LineReader(in, maxRecordChars)) {
      return readHeader(new CsvSplitter(lines, maxRecordChars), "the input");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readHeader(CsvSplitter splitter, String source) throws IOException {
    CsvSplitter.Chunk chunk = splitter.next();
    if (chunk == null) {
      return List.of();
    }
    try {
      if (chunk.problem() != null) {
        throw new IngestException("The header row of " + source + " cannot be read: "
            + chunk.problem() + ".");
      }
      return uniqueNames(decode(chunk.text()));
    } catch (MalformedCsvException e) {
      throw new IngestException("The header row of " + source + " is not valid CSV: "
          + e.getMessage() + ".");
    }
  }

  static List<String> uniqueNames(List<String> names) {
    List<String> unique = new ArrayList<>(names.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      String candidate = name;
      for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = name + "_" + n;
      }
      unique.add(candidate);
    }
    return List.copyOf(unique);
  }

  /** Decodes one record's text into its values. */
  private static List<String> decode(String text) throws MalformedCsvException {
    try (MappingIterator<String[]> rows = ROWS.readValues(text)) {
      if (!rows.hasNextValue()) {
        return List.of("");
      }
      String[] values = rows.nextValue();
      if (rows.hasNextValue()) {
        // The splitter and Jackson disagree on where the record ends: the quoting is odd.
        throw new MalformedCsvException("a line break outside quotes");
      }
      return List.of(values);
    } catch (JsonProcessingException e) {
      throw new MalformedCsvException(e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the text is in memory
    }
  }

  /** Jackson's complaint about one record, without the location it gives (that of the string). */
  private static final class MalformedCsvException extends Exception {
    MalformedCsvException(String message) {
      super(message.lines().findFirst().orElse(message));
    }
  }

  /** The lazy record iterator of one file. */
  private static final class Records extends ResultIterator {
    private final String source;
    private final CsvSplitter splitter;
    private List<String> header;
    private long position;

    Records(String source, LineReader lines, CsvSplitter splitter) {
      super(lines);
      this.source = source;
      this.splitter = splitter;
    }

    @Override
    protected ReadResult computeNext() throws IOException {
      if (header == null) {
        header = readHeader(splitter, "'" + source + "'");
      }
      CsvSplitter.Chunk chunk = splitter.next();
      if (chunk == null) {
        return null;
      }
      position++;
      if (chunk.problem() != null) {
        return resumeAfterFirstLine(chunk, chunk.problem());
      }
      String text = chunk.text();
      List<String> values;
      try {
        values = decode(text);
      } catch (MalformedCsvException e) {
        return resumeAfterFirstLine(chunk, "not valid CSV: " + e.getMessage());
      }
      if (values.size() != header.size()) {
        return reject(text, chunk.firstLine(),
            "expected " + header.size() + " columns, found " + values.size());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        fields.put(header.get(i), values.get(i));
      }
      return new RawRecord(source, position, chunk.firstLine(), fields, text);
    }

    private ReadResult resumeAfterFirstLine(CsvSplitter.Chunk chunk, String reason) {
      splitter.resumeAfterFirstLine(chunk);
      return reject(chunk.lines().get(0).text(), chunk.firstLine(), reason);
    }

    private ReadResult reject(String raw, long line, String reason) {
      return new ReadResult.Unreadable(
          Rejects.of(raw, source, position, reason + " (line " + line + ")"));
    }
  }
}
