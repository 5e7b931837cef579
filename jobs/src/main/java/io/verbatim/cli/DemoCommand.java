package io.verbatim.cli;

import io.verbatim.jobs.DemoInput;
import io.verbatim.jobs.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim demo}: {@code run} on the bundled sample, then the top ideas. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the pipeline on data-samples/ and show the top ideas.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder; default: a new folder under out/.")
  Path out;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many ideas to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("verbatim.home", "."));
    Path samples = home.resolve("data-samples");
    if (!Files.isDirectory(samples)) {
      throw new io.verbatim.config.ConfigException("Sample folder " + samples
          + " is missing; run the demo from a Verbatim checkout.");
    }
    Path target = out != null ? out : home.resolve("out").resolve("demo-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    RunSummary summary = RunCommand.execute(DemoInput.of(samples), target.toString(),
        new RunOptions().load());
    Report.summary(summary, System.out);
    Report.topIdeas(summary.ideas(), top, System.out);
    return 0;
  }
}
