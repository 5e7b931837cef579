package io.verbatim.cluster;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The build outputs a cluster needs, found under the checkout ({@code verbatim.home}): Spark's
 * jars (jobs/spark-runtime/target/classpath.txt, what a Spark installation's {@code jars/} holds), the
 * application jar (jobs/target/verbatim-jobs-app.jar) and CoreNLP's model jars, which the
 * application jar leaves out.
 *
 * @param sparkJars every jar of Spark, as an installation would have them
 * @param appJar the jobs with their dependencies, Spark and the models excluded
 * @param modelJars CoreNLP's model jars
 */
public record SparkDistribution(List<Path> sparkJars, Path appJar, List<Path> modelJars) {

  private static final Pattern MODELS = Pattern.compile("stanford-corenlp-[^/]*-models[^/]*\\.jar");

  /** The distribution of the checkout at {@code verbatim.home} (the working folder if unset). */
  public static SparkDistribution ofCheckout() {
    return of(home());
  }

  static Path home() {
    Path home = Path.of(System.getProperty("verbatim.home", ".")).toAbsolutePath().normalize();
    // Tests run in jobs/; the checkout is its parent.
    if (!Files.isDirectory(home.resolve("jobs/spark-runtime")) && home.getParent() != null
        && Files.isDirectory(home.getParent().resolve("jobs/spark-runtime"))) {
      return home.getParent();
    }
    return home;
  }

  static SparkDistribution of(Path home) {
    Path sparkCp = home.resolve("jobs/spark-runtime/target/classpath.txt");
    Path jobsCp = home.resolve("jobs/target/classpath.txt");
    Path app = home.resolve("jobs/target/verbatim-jobs-app.jar");
    for (Path p : List.of(sparkCp, jobsCp, app)) {
      if (!Files.isRegularFile(p)) {
        throw new ConfigException(p + " is missing; build the project first"
            + " (mvn -B -DskipTests package, or VERBATIM_REBUILD=1 bin/verbatim).");
      }
    }
    List<Path> models = classpath(jobsCp).stream()
        .filter(p -> MODELS.matcher(p.getFileName().toString()).matches()).toList();
    return new SparkDistribution(classpath(sparkCp), app, models);
  }

  private static List<Path> classpath(Path file) {
    try {
      return Arrays.stream(Files.readString(file).strip().split(java.io.File.pathSeparator))
          .filter(s -> !s.isBlank()).map(Path::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JVM options Spark needs on Java 17 ({@code --add-opens} and friends), as this JVM was
   * given them by bin/verbatim or the build: one list, kept in the launcher and the pom.
   */
  static List<String> moduleOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
            || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
            || a.startsWith("-Djdk.reflect.useDirectMethodHandle")
            || a.startsWith("-Dio.netty.tryReflectionSetAccessible"))
        .toList();
  }

  /** This JVM's java executable, a JDK 17 (bin/verbatim insists on one). */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  static String joined(List<Path> jars, String separator) {
    return String.join(separator, jars.stream().map(Path::toString).toList());
  }
}
