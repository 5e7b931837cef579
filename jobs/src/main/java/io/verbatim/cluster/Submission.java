package io.verbatim.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code verbatim} command run by Spark's own {@code SparkSubmit} in client mode, in a JVM
 * whose classpath is Spark alone: the jobs reach the driver and the executors only through the
 * application jar, exactly as on a cluster that has never seen this checkout.
 *
 * @param master where to submit ({@code spark://…}, {@code yarn}, {@code k8s://…})
 * @param sparkOptions spark-submit options, passed on unchanged
 * @param verbatimArgs the verbatim subcommand and its arguments
 * @param jars the application and model jars, and how they reach the executors
 */
public record Submission(String master, List<String> sparkOptions, List<String> verbatimArgs,
                         JobJars jars) {

  static final String MAIN_CLASS = "io.verbatim.cli.Verbatim";
  private static final String DEFAULT_DRIVER_MEMORY = "2g";

  /** The driver JVM's command line. */
  public List<String> command(SparkDistribution d) {
    List<Path> driverCp = new ArrayList<>(d.sparkJars());
    List<String> cmd = new ArrayList<>();
    cmd.add(SparkDistribution.java().toString());
    // In client mode the driver is this JVM; spark-submit's own launcher would size it from
    // --driver-memory, so do the same.
    cmd.add("-Xmx" + option(sparkOptions, "--driver-memory", DEFAULT_DRIVER_MEMORY));
    cmd.addAll(SparkDistribution.moduleOptions());
    // The driver's logging as bin/verbatim's (warnings only), from the application jar.
    cmd.add("-Dlog4j2.configurationFile=jar:" + jars.shipped().get(0).toUri()
        + "!/log4j2.properties");
    cmd.add("-cp");
    String cp = SparkDistribution.joined(driverCp, File.pathSeparator);
    if (jars.onNodes() != null) {
      cp += File.pathSeparator + jars.onNodes();
    }
    cmd.add(cp);
    cmd.add("org.apache.spark.deploy.SparkSubmit");
    cmd.addAll(List.of("--master", master, "--deploy-mode", "client", "--class", MAIN_CLASS));
    // spark-submit keeps only the last --jars: the user's jars join the models in one.
    List<String> passed = new ArrayList<>(sparkOptions);
    List<String> extra = new ArrayList<>(jars.shipped().subList(1, jars.shipped().size()).stream()
        .map(Path::toString).toList());
    String own = option(passed, "--jars", null);
    if (own != null) {
      extra.add(own);
      int at = passed.indexOf("--jars");
      if (at >= 0) {
        passed.subList(at, at + 2).clear();
      } else {
        passed.remove("--jars=" + own);
      }
    }
    if (!extra.isEmpty()) {
      cmd.addAll(List.of("--jars", String.join(",", extra)));
    }
    if (jars.onNodes() != null) {
      cmd.addAll(List.of("--conf", "spark.executor.extraClassPath=" + jars.onNodes()));
    }
    if (JobJars.isLoopback(master)) {
      cmd.addAll(List.of("--conf", "spark.driver.host=" + LocalCluster.LOOPBACK,
          "--conf", "spark.driver.bindAddress=" + LocalCluster.LOOPBACK));
    }
    cmd.addAll(passed);
    cmd.add(jars.shipped().get(0).toString());
    cmd.addAll(verbatimArgs);
    return cmd;
  }

  /** Runs the submission in the foreground, its output on this terminal; returns its exit code. */
  public int run(SparkDistribution d) {
    try {
      Process p = process(d).inheritIO().start();
      try {
        return p.waitFor();
      } catch (InterruptedException e) {
        p.destroy();
        Thread.currentThread().interrupt();
        return 130;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start spark-submit", e);
    }
  }

  /** The driver process, not started yet, with the environment it needs. */
  public ProcessBuilder process(SparkDistribution d) {
    ProcessBuilder pb = new ProcessBuilder(command(d));
    Map<String, String> env = pb.environment();
    // The workers' own installation serves the executors, not whatever this shell points at.
    env.remove("SPARK_HOME");
    if (JobJars.isLoopback(master)) {
      env.put("SPARK_LOCAL_IP", LocalCluster.LOOPBACK);
    } else {
      env.remove("SPARK_LOCAL_IP");
    }
    return pb;
  }

  private static String option(List<String> options, String name, String fallback) {
    for (int i = 0; i < options.size(); i++) {
      String o = options.get(i);
      if (o.equals(name) && i + 1 < options.size()) {
        return options.get(i + 1);
      }
      if (o.startsWith(name + "=")) {
        return o.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
