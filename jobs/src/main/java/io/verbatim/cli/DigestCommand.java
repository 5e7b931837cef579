package io.verbatim.cli;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.jobs.DigestJob;
import io.verbatim.jobs.SparkSessions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim digest}: the digest of a date from a run's outputs. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Write DIR/digests/DATE.html, .md and .json (and one HTML per owner).")
final class DigestCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The output folder of a run.")
  Path out;

  @Mixin
  DigestOptions digest = new DigestOptions();

  @Mixin
  RunOptions options = new RunOptions();

  @Override
  public Integer call() {
    VerbatimConfig config = options.load();
    return SparkSessions.with(config.spark().master(), "verbatim digest", spark -> {
      Report.digest(DigestJob.write(spark, out.toAbsolutePath(), digest.dateOrToday(),
          config.digest(), digest.send), System.out);
      return 0;
    });
  }
}
