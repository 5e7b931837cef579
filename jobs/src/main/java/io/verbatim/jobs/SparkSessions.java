package io.verbatim.jobs;

import io.verbatim.cluster.JobJars;
import io.verbatim.cluster.SparkDistribution;
import org.apache.spark.sql.SparkSession;

/** Builds the Spark session a job runs in. */
public final class SparkSessions {

  private SparkSessions() {
  }

  /** Runs {@code work} in a session on {@code master} and stops the session afterwards. */
  public static <T> T with(String master, String appName,
                           java.util.function.Function<SparkSession, T> work) {
    SparkSession spark = create(master, appName);
    try {
      return work.apply(spark);
    } finally {
      spark.stop();
    }
  }

  /**
   * A session on {@code master}. Embedded runs bind to 127.0.0.1 only and do without the web UI.
   * Under spark-submit (which sets {@code spark.master} for the driver) its master and settings
   * win over the configuration's; a cluster master given directly gets the application jar and
   * the CoreNLP models sent to, or found on, its executors ({@link JobJars}).
   */
  public static SparkSession create(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        // Instants in and out of Rows; timestamps as plain INT64 micros so every Parquet reader
        // (DuckDB, pandas, Arrow) reads them without the legacy INT96 type.
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.session.timeZone", "UTC")
        // Outputs are small per table: fewer, larger files are friendlier to notebooks.
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.showConsoleProgress", "false");
    // spark-submit passes its master and settings to the driver as system properties.
    String chosen = System.getProperty("spark.master") != null ? null : master;
    if (chosen != null && chosen.startsWith("local")) {
      b.master(chosen)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    } else if (chosen != null && !chosen.isBlank()) {
      b.master(chosen);
      JobJars.of(SparkDistribution.ofCheckout(), chosen, null, false).sparkConf()
          .forEach(b::config);
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
