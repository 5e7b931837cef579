package io.verbatim.notebook;

import io.verbatim.config.ConfigLoader;
import io.verbatim.jobs.DemoInput;
import io.verbatim.jobs.RunJob;
import io.verbatim.jobs.RunRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an analyst starts: {@code Run run = Verbatim.open()} opens the run folder named by the
 * environment variable {@code VERBATIM_OUT}, else the newest run under the project's
 * {@code out/}, else a demo run it makes from {@code data-samples/} first.
 */
public final class Verbatim {

  private Verbatim() {
  }

  /** The run a notebook reads by default (see the class comment). */
  public static Run open() {
    String env = System.getenv("VERBATIM_OUT");
    if (env != null && !env.isBlank()) {
      return open(env);
    }
    Path outs = home().resolve("out");
    return newestRun(outs).map(Run::open).orElseGet(() -> demo(outs));
  }

  /**
   * The run whose outputs are in {@code folder} (the folder given to {@code --out}). A relative
   * folder not found from the notebook's own folder is read from the checkout's root, where
   * {@code bin/verbatim} was run.
   */
  public static Run open(String folder) {
    Path path = Path.of(folder);
    if (!path.isAbsolute() && !Files.exists(path) && Files.exists(home().resolve(path))) {
      path = home().resolve(path);
    }
    return Run.open(path);
  }

  /** The Verbatim checkout the kernel runs from. */
  public static Path home() {
    return Path.of(System.getProperty("verbatim.home", ".")).toAbsolutePath().normalize();
  }

  private static Optional<Path> newestRun(Path outs) {
    if (!Files.isDirectory(outs)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(outs)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("manifest.json")))
          .max(Comparator.comparing(d -> modified(d.resolve("manifest.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static Run demo(Path outs) {
    Path target = outs.resolve("demo-" + LocalDateTime.now()
        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    System.out.println("No run found under " + outs + ": running the demo into " + target);
    analyse(DemoInput.of(home().resolve("data-samples")), target, ConfigLoader.defaults());
    return Run.open(target);
  }

  /** Runs the whole pipeline in this notebook's Spark session, progress kept quiet. */
  static void analyse(String input, Path out, io.verbatim.config.VerbatimConfig config) {
    RunJob.checkInput(input, config);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    new RunJob(Notebook.spark(), quiet).run(new RunRequest(input, out.toString(), config));
  }
}
