package io.verbatim.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code verbatim} kernelspec: a {@code kernel.json} telling Jupyter to start the kernel
 * through {@code bin/verbatim kernel start}, so it runs on the same JDK 17, classpath and JVM
 * options as every other command.
 */
public final class KernelSpec {

  /** The kernel's name in Jupyter and in notebooks' metadata. */
  public static final String NAME = "verbatim";

  private KernelSpec() {
  }

  /**
   * The kernels folder to install into: {@code prefix/share/jupyter/kernels} when a prefix is
   * given, else the user's Jupyter data folder with {@code user}, else the system-wide one.
   */
  public static Path kernelsDir(boolean user, Path prefix) {
    if (prefix != null) {
      return prefix.resolve("share/jupyter/kernels");
    }
    if (!user) {
      return Path.of("/usr/local/share/jupyter/kernels");
    }
    String data = System.getenv("JUPYTER_DATA_DIR");
    if (data != null && !data.isBlank()) {
      return Path.of(data, "kernels");
    }
    Path home = Path.of(System.getProperty("user.home"));
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
      return home.resolve("Library/Jupyter/kernels");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg))
        .resolve("jupyter/kernels");
  }

  /** Writes {@code kernels/verbatim/kernel.json} starting {@code launcher}; returns its folder. */
  public static Path install(Path kernels, Path launcher) {
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("Launcher " + launcher + " is missing or not executable;"
          + " install the kernel with bin/verbatim from a Verbatim checkout.");
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("argv", List.of(launcher.toAbsolutePath().normalize().toString(), "kernel", "start",
        "{connection_file}"));
    spec.put("display_name", "Verbatim (Java 17)");
    spec.put("language", "java");
    spec.put("interrupt_mode", "message");
    spec.put("metadata", Map.of("debugger", false));
    Path dir = kernels.resolve(NAME);
    try {
      Files.createDirectories(dir);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(dir.resolve("kernel.json").toFile(), spec);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kernelspec into " + dir + ": "
          + e.getMessage() + (kernels.startsWith("/usr") ? " (try --user)" : ""), e);
    }
  }
}
