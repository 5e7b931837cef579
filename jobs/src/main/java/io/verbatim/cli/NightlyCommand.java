package io.verbatim.cli;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.jobs.NightlyJob;
import io.verbatim.jobs.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim nightly}: the incremental run for cron or a systemd timer. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"Process the drop folder's new files, recompute themes and ideas over the"
        + " rolling window, rebuild the index and write the digest.",
        "Exit codes: 0 done; 1 the run failed (one sentence on standard error); 2 bad arguments,"
            + " configuration or input; 3 another run is working on DIR; 4 most of a file's"
            + " records were rejected for one reason (nothing committed; retried next night)."})
final class NightlyCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "DROP_DIR",
      description = "Folder where each night's export files arrive.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Mixin
  DigestOptions digest = new DigestOptions();

  @Mixin
  RunOptions options = new RunOptions();

  @Override
  public Integer call() {
    VerbatimConfig config = options.load();
    LocalDate night = digest.dateOrToday();
    return SparkSessions.with(config.spark().master(), "verbatim nightly", spark -> {
      NightlyJob.Summary s = new NightlyJob(spark, System.out).run(
          new NightlyJob.Request(input, out.toAbsolutePath(), night, config, digest.send));
      Report.summary(new io.verbatim.jobs.RunSummary(s.manifest(), java.util.List.of()),
          System.out);
      Report.digest(s.digest(), System.out);
      return 0;
    });
  }
}
