package io.verbatim.notebook;

import io.verbatim.output.Versions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The Verbatim Jupyter kernel: JJava's protocol and kernel base, cells evaluated by JShell in this
 * JVM (started by {@code bin/verbatim}, so on the project's classpath with its JVM options), the
 * analyst's imports ready, values shown as HTML tables and PNG charts, errors as one message with
 * the cell line.
 */
public final class VerbatimKernel extends BaseKernel {

  /** What every notebook has without asking. */
  static final List<String> STARTUP = List.of(
      "import java.util.*;",
      "import java.time.*;",
      "import java.nio.file.*;",
      "import org.apache.spark.sql.Dataset;",
      "import org.apache.spark.sql.Row;",
      "import static org.apache.spark.sql.functions.*;",
      "import io.verbatim.model.*;",
      "import io.verbatim.notebook.*;",
      "import static io.verbatim.notebook.Notebook.*;");

  /** The kernel serving this JVM's notebook, for {@link Notebook#display}; null outside one. */
  private static volatile VerbatimKernel current;

  private final CellEvaluator cells;

  private VerbatimKernel(String name, String version, HistoryManager history, JupyterIO io,
                         CommManager comms, Renderer renderer, MagicsRegistry magics,
                         StringStyler errorStyler) {
    super(name, version,
        new LanguageInfo.Builder("java").version(Runtime.version().toString())
            .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java")
            .codemirror("text/x-java").build(),
        List.of(), history, io, comms, renderer, null, magics, false, errorStyler);
    cells = new CellEvaluator(STARTUP);
  }

  /** Serves the Jupyter connection described by {@code connectionFile} until it closes. */
  public static void serve(Path connectionFile) throws Exception {
    KernelConnectionProperties props = KernelConnectionProperties.parse(
        Files.readString(connectionFile, StandardCharsets.UTF_8));
    JupyterConnection connection = new JupyterConnection(props);
    VerbatimKernel kernel = new Builder().name("Verbatim")
        .version(Versions.all(null).get("verbatim")).build();
    current = kernel;
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }

  static VerbatimKernel current() {
    return current;
  }

  @Override
  public String getBanner() {
    return "Verbatim " + getVersion() + " (Java " + Runtime.version().feature()
        + "): Run run = Verbatim.open(); run.ideas()";
  }

  @Override
  public Object evalRaw(String code) {
    return cells.eval(code);
  }

  @Override
  public DisplayData eval(String code) {
    Object value = evalRaw(code);
    return value == null ? null : Display.of(value);
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return null;
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int[] anchor = new int[1];
    List<String> options = cells.complete(code, at, anchor);
    return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
  }

  @Override
  public String isComplete(String code) {
    return switch (cells.completeness(code)) {
      case "complete" -> IS_COMPLETE_YES;
      case "incomplete" -> "";
      default -> IS_COMPLETE_BAD;
    };
  }

  @Override
  public List<String> formatError(Throwable e) {
    if (e instanceof CellError c) {
      return c.traceback();
    }
    // A failure of the kernel itself: the message, not the dump.
    List<String> out = new ArrayList<>();
    out.add(e.getClass().getSimpleName() + ": " + CellEvaluator.describe(e));
    return out;
  }

  /** Jupyter's "interrupt": cancels the notebook's Spark jobs and interrupts the cell. */
  @Override
  public void interrupt() {
    Notebook.cancelJobs();
    cells.interrupt();
  }

  @Override
  public void onShutdown(boolean restart) {
    super.onShutdown(restart);
    cells.close();
  }

  private static final class Builder extends BaseKernelBuilder<Builder, VerbatimKernel> {
    @Override
    public VerbatimKernel build() {
      return new VerbatimKernel(buildName(), buildVersion(), buildHistoryManager(),
          buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
          buildMagicsRegistry(), buildErrorStyler());
    }
  }
}
