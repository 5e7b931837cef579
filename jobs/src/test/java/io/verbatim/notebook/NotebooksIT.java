package io.verbatim.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notebook in {@code notebooks/} runs headless, as an analyst's Jupyter would run it,
 * over the demo's outputs: {@code bin/verbatim demo}, {@code bin/verbatim kernel install}, then
 * {@code jupyter nbconvert --to notebook --execute}, which fails on any cell error. Needs
 * Debian's jupyter-nbconvert, python3-nbclient and jupyter-client; without them the test is
 * skipped and says so, except in CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  private Path home;
  private String jupyter;
  private Path run;
  private Path jupyterPath;

  @BeforeAll
  void demoAndKernel() throws Exception {
    home = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    assertTrue(Files.isExecutable(home.resolve("bin/verbatim")), "no bin/verbatim in " + home);
    jupyter = findJupyter();
    run = tmp.resolve("run");
    assertEquals(0, launch(tmp.resolve("demo.log"), Map.of(), home, "bin/verbatim", "demo",
        "--out", run.toString()), "the demo failed; see its log above");
    Path prefix = tmp.resolve("jupyter");
    assertEquals(0, launch(tmp.resolve("install.log"), Map.of(), home, "bin/verbatim", "kernel",
        "install", "--prefix", prefix.toString()));
    jupyterPath = prefix.resolve("share/jupyter");
    JsonNode spec = JSON.readTree(jupyterPath.resolve("kernels/verbatim/kernel.json").toFile());
    assertEquals(home.resolve("bin/verbatim").toString(), spec.get("argv").get(0).asText());
    assertEquals("{connection_file}", spec.get("argv").get(3).asText());
  }

  @Test
  void everyNotebookRunsWithoutErrorAndShowsTablesAndCharts() throws Exception {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(home.resolve("notebooks"))) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertEquals(List.of("explore-a-run.ipynb", "tune-ranking-and-taxonomy.ipynb",
            "what-changed.ipynb"),
        notebooks.stream().map(p -> p.getFileName().toString()).toList());
    for (Path notebook : notebooks) {
      JsonNode done = execute(notebook, false);
      List<JsonNode> outputs = outputs(done);
      assertTrue(outputs.stream().noneMatch(o -> o.path("output_type").asText().equals("error")),
          notebook + " has an error output");
      assertTrue(outputs.stream().anyMatch(o -> o.path("data").has("text/html")),
          notebook + " shows no table");
      if (!notebook.getFileName().toString().startsWith("tune")) {
        assertTrue(outputs.stream().anyMatch(o -> o.path("data").has("image/png")),
            notebook + " shows no chart");
      }
      assertFalse(outputs.stream().anyMatch(o -> o.toString().contains("\\tat ")),
          notebook + " prints a stack trace");
    }
  }

  @Test
  void aFailingCellIsAJupyterErrorWithTheAnalystsLineNotAStackDump() throws Exception {
    Path notebook = tmp.resolve("broken.ipynb");
    Files.writeString(notebook, """
        {"cells": [
          {"cell_type": "code", "id": "a1", "metadata": {}, "execution_count": null,
           "outputs": [], "source": ["int x = 6;\\n", "x * 7"]},
          {"cell_type": "code", "id": "a2", "metadata": {}, "execution_count": null,
           "outputs": [], "source": ["String s = null;\\n", "int n = 1;\\n", "s.length()"]},
          {"cell_type": "code", "id": "a3", "metadata": {}, "execution_count": null,
           "outputs": [], "source": ["int y = 1;\\n", "undefinedThing(y)"]},
          {"cell_type": "code", "id": "a4", "metadata": {}, "execution_count": null,
           "outputs": [], "source": ["Verbatim.open(\\"/no/such/run\\")"]}],
         "metadata": {"kernelspec": {"name": "verbatim", "display_name": "Verbatim",
                      "language": "java"}},
         "nbformat": 4, "nbformat_minor": 5}
        """);
    Path log = tmp.resolve("broken-strict.log");
    assertEquals(1, launch(log, env(), notebook.getParent(), jupyter, "nbconvert", "--to",
        "notebook", "--execute", "--output-dir", tmp.resolve("strict").toString(),
        notebook.toString()), "nbconvert must fail on a cell error");

    List<JsonNode> outputs = outputs(execute(notebook, true));
    assertEquals("42", outputs.get(0).path("data").path("text/plain").get(0).asText());
    JsonNode npe = outputs.get(1);
    assertEquals("error", npe.path("output_type").asText());
    assertTrue(npe.path("evalue").asText().startsWith("NullPointerException on line 3:"),
        npe.toString());
    assertTrue(npe.path("traceback").toString().contains("--> 3 | s.length()"), npe.toString());
    JsonNode compile = outputs.get(2);
    assertTrue(compile.path("evalue").asText().startsWith("CompilationError on line 2: cannot"
        + " find symbol"), compile.toString());
    JsonNode missing = outputs.get(3);
    assertTrue(missing.path("evalue").asText().contains("No Verbatim run in /no/such/run"),
        missing.toString());
    for (JsonNode error : outputs.subList(1, 4)) {
      assertFalse(error.toString().contains("\\tat ") || error.toString().contains("io.verbatim"
          + ".notebook.CellEvaluator"), "a stack dump leaked: " + error);
    }
  }

  /** Runs a notebook with nbconvert over the demo's outputs and returns the executed notebook. */
  private JsonNode execute(Path notebook, boolean allowErrors) throws Exception {
    Path outDir = tmp.resolve("executed");
    String name = notebook.getFileName().toString();
    List<String> cmd = new ArrayList<>(List.of(jupyter, "nbconvert", "--to", "notebook",
        "--execute", "--ExecutePreprocessor.timeout=900", "--output-dir", outDir.toString()));
    if (allowErrors) {
      cmd.add("--allow-errors");
    }
    cmd.add(notebook.toString());
    Path log = tmp.resolve(name + ".log");
    int code = launch(log, env(), notebook.getParent(), cmd.toArray(String[]::new));
    if (code != 0) {
      fail(name + " did not run (nbconvert exit " + code + "):\n" + tail(log));
    }
    return JSON.readTree(outDir.resolve(name).toFile());
  }

  private Map<String, String> env() {
    return Map.of("JUPYTER_PATH", jupyterPath.toString(), "VERBATIM_OUT", run.toString(),
        "VERBATIM_BEFORE", run.toString(), "VERBATIM_HEAP", "3g");
  }

  private static List<JsonNode> outputs(JsonNode notebook) {
    List<JsonNode> out = new ArrayList<>();
    notebook.path("cells").forEach(c -> c.path("outputs").forEach(out::add));
    return out;
  }

  /** Runs a command with its output in {@code log}; returns its exit code. */
  private static int launch(Path log, Map<String, String> env, Path dir, String... cmd)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("VERBATIM_HEAP", "3g");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(String.join(" ", cmd) + " did not finish in 20 minutes:\n" + tail(log));
    }
    if (p.exitValue() != 0) {
      System.out.println(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + tail(log));
    }
    return p.exitValue();
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** Debian's jupyter (with nbconvert); skips outside CI when it is missing, fails in CI. */
  private static String findJupyter() throws InterruptedException {
    List<String> candidates = new ArrayList<>(List.of("/usr/bin/jupyter"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      candidates.add(Path.of(dir, "jupyter").toString());
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c)) && works(c)) {
        return c;
      }
    }
    String message = "jupyter nbconvert is not installed (apt-get install jupyter-nbconvert"
        + " python3-nbclient jupyter-client); the notebooks were not run";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + ", and CI must run them.");
    }
    Assumptions.abort(message + ".");
    return null;
  }

  private static boolean works(String jupyter) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(jupyter, "nbconvert", "--version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
