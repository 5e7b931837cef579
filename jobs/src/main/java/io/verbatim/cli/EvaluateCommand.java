package io.verbatim.cli;

import io.verbatim.evaluate.Evaluation;
import io.verbatim.evaluate.ReadmeFigures;
import io.verbatim.evaluate.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim evaluate}: measures suggestion, sentiment, aspect-polarity and aspect-term
 * quality and speed on the public labelled data sets, with the classes {@code run} uses.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure analysis quality and speed on the public labelled data sets and"
        + " write DIR/evaluation.md and DIR/evaluation.json.")
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--report", paramLabel = "DIR", defaultValue = "evaluation",
      description = "Where the report goes (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--limit", paramLabel = "N",
      description = "At most N items per data set (default: the full suggestion and aspect sets"
          + " and " + Evaluation.DEFAULT_CLOTHING_LIMIT + " sealed clothing reviews).")
  Integer limit;

  @Option(names = "--readme", paramLabel = "FILE",
      description = "Also rewrite the generated quality tables of this README from the report"
          + " (publish with --report jobs/evaluation --readme README.md).")
  Path readme;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      System.err.println("verbatim: data folder not found: " + data);
      return Verbatim.USAGE_ERROR;
    }
    if (limit != null && limit < 1 || threads < 1) {
      System.err.println("verbatim: --limit and --threads must be at least 1");
      return Verbatim.USAGE_ERROR;
    }
    List<Path> missing = Evaluation.missing(data);
    if (!missing.isEmpty()) {
      System.err.println("verbatim: missing data set " + missing.get(0));
      return Verbatim.USAGE_ERROR;
    }
    Evaluation.run(new Evaluation.Options(data, report, limit, threads), System.out);
    if (readme != null) {
      ReadmeFigures.update(readme, report.resolve(ReportWriter.JSON));
      System.out.println("Quality tables of " + readme + " rewritten from the report.");
    }
    return 0;
  }
}
