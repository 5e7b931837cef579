package io.verbatim.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a job on a cluster needs besides Spark, and how it gets there. The application jar always
 * travels with the job. CoreNLP's model jars (920 MB) either travel too ({@code spark.jars}:
 * every executor fetches a copy from the driver) or are found on each node
 * ({@code spark.executor.extraClassPath}); on a master at this machine's loopback address the
 * nodes share this disk, so they are found in place unless shipping is asked for.
 *
 * @param shipped jars every executor fetches from the driver, the application jar first
 * @param onNodes classpath of the model jars on every node, or null when they are shipped
 */
public record JobJars(List<Path> shipped, String onNodes) {

  /**
   * @param modelsOnNodes where the model jars are on every node (a classpath), or null
   * @param ship ship the model jars even when the master is on this machine
   */
  public static JobJars of(SparkDistribution d, String master, String modelsOnNodes,
                           boolean ship) {
    List<Path> jars = new ArrayList<>();
    jars.add(d.appJar());
    if (modelsOnNodes != null) {
      return new JobJars(jars, modelsOnNodes);
    }
    if (ship || !isLoopback(master)) {
      jars.addAll(d.modelJars());
      return new JobJars(jars, null);
    }
    return new JobJars(jars, SparkDistribution.joined(d.modelJars(), java.io.File.pathSeparator));
  }

  /** Whether {@code master} is a standalone master on this machine's loopback address. */
  public static boolean isLoopback(String master) {
    if (master == null || !master.startsWith("spark://")) {
      return false;
    }
    String host = URI.create(master.split(",")[0]).getHost();
    return "127.0.0.1".equals(host) || "localhost".equals(host);
  }

  /** The same as Spark settings, for a session the driver builds itself. */
  public Map<String, String> sparkConf() {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.jars", SparkDistribution.joined(shipped, ","));
    if (onNodes != null) {
      conf.put("spark.executor.extraClassPath", onNodes);
    }
    return conf;
  }
}
