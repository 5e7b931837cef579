package io.verbatim.cli;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.jobs.RunJob;
import io.verbatim.jobs.RunRequest;
import io.verbatim.jobs.RunSummary;
import io.verbatim.jobs.SparkSessions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim run}: the main batch job. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Analyse comments and write themes, sentences, suggestions and ranked ideas as"
        + " Parquet tables plus a manifest.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A file, a folder or a glob of .csv, .jsonl, .parquet or .xlsx files.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Mixin
  RunOptions options = new RunOptions();

  @Override
  public Integer call() {
    RunSummary summary = execute(input, out, options.load());
    Report.summary(summary, System.out);
    return 0;
  }

  static RunSummary execute(String input, String out, VerbatimConfig config) {
    // A missing input should not cost a Spark start-up to find out.
    RunJob.checkInput(input, config);
    return SparkSessions.with(config.spark().master(), "verbatim run",
        spark -> new RunJob(spark, System.out).run(new RunRequest(input, out, config)));
  }
}
