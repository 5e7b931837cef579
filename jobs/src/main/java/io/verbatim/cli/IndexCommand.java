package io.verbatim.cli;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.IndexStats;
import io.verbatim.jobs.IndexJob;
import io.verbatim.jobs.SparkSessions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim index}: (re)builds the search index of a run's outputs. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build DIR/index from the Parquet outputs in DIR (also the last stage of run).")
final class IndexCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The output folder of a run.")
  Path out;

  @Mixin
  RunOptions options = new RunOptions();

  @Override
  public Integer call() {
    VerbatimConfig config = options.load();
    IndexStats s = SparkSessions.with(config.spark().master(), "verbatim index",
        spark -> IndexJob.build(spark, out.toAbsolutePath(), config.index()));
    System.out.printf("Indexed %,d sentences, %d themes, %d ideas in %.1fs into %s%n",
        s.sentences(), s.themes(), s.ideas(), s.seconds(), out.resolve("index"));
    return 0;
  }
}
