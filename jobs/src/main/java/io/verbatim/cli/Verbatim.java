package io.verbatim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/verbatim}. */
@Command(name = "verbatim", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns open-ended customer comments into themes, sentiment, suggestions and"
        + " ranked improvement ideas.",
    subcommands = {RunCommand.class, DemoCommand.class, GenerateCommand.class, IndexCommand.class,
        ServeCommand.class, SearchCommand.class, NightlyCommand.class, DigestCommand.class,
        EvaluateCommand.class, TrainCommand.class, SchemaCommand.class, ClusterCommand.class,
        KernelCommand.class,
        CommandLine.HelpCommand.class})
public final class Verbatim implements Runnable {

  /** Exit code for bad arguments, configuration or input: the user can fix it. */
  static final int USAGE_ERROR = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of main. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Verbatim());
    // Everything from the first option it does not know on belongs to spark-submit or, after
    // --, to the submitted command.
    cli.getSubcommands().get("cluster").getSubcommands().get("submit").setStopAtUnmatched(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("verbatim: " + Failures.explain(e));
      int code = Failures.exitCode(e);
      if (code == Failures.RUN_FAILED) {
        // The details of an unexpected failure go to the log for whoever debugs it.
        org.slf4j.LoggerFactory.getLogger(Verbatim.class).debug("run failed", e);
      }
      return code;
    });
    return cli.execute(args);
  }
}
