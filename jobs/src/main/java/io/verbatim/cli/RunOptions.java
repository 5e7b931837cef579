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

  @Option(names = "--text-column", paramLabel = "C[,C...]",
      description = "Column holding the comment; several, comma-separated, for a survey's"
          + " open-ended questions (each answer a comment with a question column).")
  String textColumn;

  @Option(names = "--id-column", paramLabel = "C",
      description = "Column holding a comment id; default: derived from file and position.")
  String idColumn;

  @Option(names = "--time-column", paramLabel = "C", description = "Column holding the date.")
  String timeColumn;

  @Option(names = "--time-format", paramLabel = "PATTERN",
      description = "java.time pattern of the dates, e.g. 'dd.MM.yyyy HH:mm', tried before the"
          + " forms read without help.")
  String timeFormat;

  @Option(names = "--date-order", paramLabel = "dmy|mdy",
      description = "Whether 03/04/2015 is day-first (dmy) or month-first (mdy); default: the"
          + " file's own values decide, else such dates are rejected.")
  String dateOrder;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The sheet of an Excel workbook to read; default: the first.")
  String sheet;

  @Option(names = "--allow-rejects",
      description = "Go on even when most of a file's records are rejected for one reason.")
  boolean allowRejects;

  @Option(names = "--split-by-question",
      description = "With several --text-column questions: themes and ideas per question"
          + " (themes.splitByQuestion).")
  boolean splitByQuestion;

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

  @Option(names = "--suggestions", paramLabel = "model|rules",
      description = "Suggestion detector (annotation.suggestions); default model.")
  String suggestions;

  @Option(names = "--adapt-from-score",
      description = "Fit a small sentiment model on the comments at the two ends of the score"
          + " range and blend it with the general one (annotation.adaptFromScore); needs a"
          + " score column.")
  boolean adaptFromScore;

  VerbatimConfig load() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("input.format", format);
    if (textColumn != null && textColumn.contains(",")) {
      overrides.put("input.textColumns", java.util.Arrays.stream(textColumn.split(","))
          .map(String::trim).filter(c -> !c.isEmpty()).toList());
    } else {
      overrides.put("input.textColumn", textColumn);
    }
    overrides.put("input.idColumn", idColumn);
    overrides.put("input.timeColumn", timeColumn);
    overrides.put("input.scoreColumn", scoreColumn);
    overrides.put("input.timeFormat", timeFormat);
    overrides.put("input.dateOrder", dateOrder);
    overrides.put("input.sheet", sheet);
    overrides.put("input.allowRejects", allowRejects ? Boolean.TRUE : null);
    overrides.put("spark.master", master);
    overrides.put("themes.taxonomy", taxonomy);
    overrides.put("themes.splitByQuestion", splitByQuestion ? Boolean.TRUE : null);
    overrides.put("annotation.sentiment", sentiment);
    overrides.put("annotation.suggestions", suggestions);
    overrides.put("annotation.adaptFromScore", adaptFromScore ? Boolean.TRUE : null);
    return ConfigLoader.load(config, overrides);
  }
}
