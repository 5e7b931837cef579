package io.verbatim.cli;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Flags shared by the commands that run the pipeline; each overrides one configuration key. */
final class RunOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (YAML or JSON); see the README for every option.")
  Path config;

  @Option(names = "--format", paramLabel = "csv|jsonl|parquet",
      description = "Input format; default: from each file's extension.")
  String format;

  @Option(names = "--text-column", paramLabel = "C", description = "Column holding the comment.")
  String textColumn;

  @Option(names = "--id-column", paramLabel = "C",
      description = "Column holding a comment id; default: derived from file and position.")
  String idColumn;

  @Option(names = "--time-column", paramLabel = "C", description = "Column holding the date.")
  String timeColumn;

  @Option(names = "--score-column", paramLabel = "C",
      description = "Column holding a score (e.g. 0-10).")
  String scoreColumn;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master; default local[*] (embedded, all cores).")
  String master;

  @Option(names = "--taxonomy", paramLabel = "FILE|default|none",
      description = "Taxonomy of pinned themes and owners.")
  String taxonomy;

  @Option(names = "--sentiment", paramLabel = "trained|rules|vader|rntn",
      description = "Sentiment model (annotation.sentiment); default trained.")
  String sentiment;

  VerbatimConfig load() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("input.format", format);
    overrides.put("input.textColumn", textColumn);
    overrides.put("input.idColumn", idColumn);
    overrides.put("input.timeColumn", timeColumn);
    overrides.put("input.scoreColumn", scoreColumn);
    overrides.put("spark.master", master);
    overrides.put("themes.taxonomy", taxonomy);
    overrides.put("annotation.sentiment", sentiment);
    return ConfigLoader.load(config, overrides);
  }
}
