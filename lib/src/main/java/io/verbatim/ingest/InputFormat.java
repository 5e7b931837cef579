package io.verbatim.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input file formats. Parquet is read by Spark directly; it has no {@link RecordReader}. */
public enum InputFormat {
  CSV, JSONL, PARQUET, XLSX;

  /**
   * The format a file name's extension implies, case-insensitively: {@code .csv}; {@code .jsonl},
   * {@code .ndjson} and {@code .json} (read as one object per line); {@code .parquet}. Anything
   * else (including {@code .tsv} and compressed files) is empty.
   */
  public static Optional<InputFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  /**
   * The format to read a file with: the configured {@code input.format} when it is csv, jsonl or
   * parquet, else (auto or null) the one the file's extension implies.
   *
   * @throws IngestException when the configured value is unknown or the extension says nothing
   */
  public static InputFormat of(String configured, String fileName) {
    String value = configured == null ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "csv":
        return CSV;
      case "jsonl":
        return JSONL;
      case "parquet":
        return PARQUET;
      case "xlsx":
        return XLSX;
      case "auto":
        return fromFileName(fileName).orElseThrow(() -> new IngestException(
            "Cannot tell the format of '" + fileName + "' from its extension; use .csv, .jsonl,"
                + " .ndjson, .json, .parquet or .xlsx, or set input.format to csv, jsonl,"
                + " parquet or xlsx."));
      default:
        throw new IngestException("Unknown input.format '" + configured
            + "'; use csv, jsonl, parquet, xlsx or auto.");
    }
  }
}
