package io.verbatim.jobs;

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
   * A session on {@code master}. Embedded runs bind to 127.0.0.1 only and do without the web UI;
   * under spark-submit the cluster's own settings win because getOrCreate reuses its session.
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
    if (master != null && master.startsWith("local")) {
      b.master(master)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    } else if (master != null && !master.isBlank()) {
      b.master(master);
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
