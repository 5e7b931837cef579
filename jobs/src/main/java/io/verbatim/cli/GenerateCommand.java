package io.verbatim.cli;

import io.verbatim.samples.SampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim generate}: large inputs shaped like data-samples/, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic comments shaped like data-samples/ (for benchmarks).")
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--comments", required = true, paramLabel = "N",
      description = "How many comments to write.")
  int comments;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
  Path out;

  @Option(names = "--format", paramLabel = "csv|jsonl",
      description = "Output format (default: from the file extension, else csv).")
  String format;

  @Option(names = "--id-prefix", defaultValue = SampleGenerator.DEFAULT_ID_PREFIX,
      paramLabel = "P", description = "Prefix of the generated ids (default: ${DEFAULT-VALUE}).")
  String idPrefix;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--days", defaultValue = "90",
      description = "Days the comments span (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--end", paramLabel = "YYYY-MM-DD",
      description = "Last day of the span (default: today).")
  LocalDate end;

  @Override
  public Integer call() throws Exception {
    if (comments < 1 || days < 1) {
      throw new io.verbatim.config.ConfigException("--comments and --days must be positive.");
    }
    LocalDate last = end != null ? end : LocalDate.now();
    SampleGenerator generator = SampleGenerator.endingOn(seed, last, days).withIdPrefix(idPrefix);
    SampleGenerator.Format f;
    try {
      f = format == null ? SampleGenerator.Format.forFile(out) : SampleGenerator.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new io.verbatim.config.ConfigException("--format must be csv or jsonl.");
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long t0 = System.nanoTime();
    generator.write(out, comments, f);
    System.out.printf("Wrote %,d comments to %s in %.1fs%n", comments, out,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
