package io.verbatim.cli;

import io.verbatim.notebook.KernelSpec;
import io.verbatim.notebook.VerbatimKernel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim kernel}: the Jupyter kernel for analysts' notebooks. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
    description = "Jupyter kernel for notebooks in Java over a run's outputs.",
    subcommands = {KernelCommand.Install.class, KernelCommand.Start.class})
final class KernelCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "install", mixinStandardHelpOptions = true,
      description = "Write the kernelspec 'verbatim' so Jupyter can start the kernel.")
  static final class Install implements Callable<Integer> {

    @Option(names = "--user", description = "Into your own Jupyter data folder instead of the"
        + " system-wide /usr/local/share/jupyter.")
    boolean user;

    @Option(names = "--prefix", paramLabel = "DIR",
        description = "Into DIR/share/jupyter/kernels (found with JUPYTER_PATH=DIR/share/jupyter).")
    Path prefix;

    @Override
    public Integer call() {
      Path home = Path.of(System.getProperty("verbatim.home", "."));
      Path dir = KernelSpec.install(KernelSpec.kernelsDir(user, prefix),
          home.resolve("bin").resolve("verbatim"));
      System.out.println("Installed the Jupyter kernel '" + KernelSpec.NAME + "' in " + dir);
      return 0;
    }
  }

  @Command(name = "start", hidden = true,
      description = "Serve one Jupyter connection (Jupyter runs this).")
  static final class Start implements Callable<Integer> {

    @Parameters(paramLabel = "CONNECTION_FILE")
    Path connectionFile;

    @Override
    public Integer call() throws Exception {
      VerbatimKernel.serve(connectionFile);
      return 0;
    }
  }
}
