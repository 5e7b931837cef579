package io.verbatim.notebook;

import io.verbatim.jobs.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * What every cell can call without a prefix (statically imported by the kernel): show a value
 * in the middle of a cell, and the notebook's Spark session.
 */
public final class Notebook {

  private static SparkSession spark;

  private Notebook() {
  }

  /** Shows a table, a Dataset, a chart or any value now, as the cell's last value would be. */
  public static void display(Object value) {
    VerbatimKernel kernel = VerbatimKernel.current();
    if (kernel == null) {
      System.out.println(value);
    } else {
      kernel.display(Display.of(value));
    }
  }

  /** Shows a line of Markdown-free HTML text, escaped. */
  public static void say(String text) {
    display(new Display.Html("<p>" + Table.escape(text) + "</p>", text));
  }

  /** Cancels the running Spark jobs of this notebook, if it has a session. */
  static synchronized void cancelJobs() {
    if (spark != null) {
      spark.sparkContext().cancelAllJobs();
    }
  }

  /** The embedded Spark session of this notebook (local, on 127.0.0.1, no web UI). */
  public static synchronized SparkSession spark() {
    if (spark == null) {
      spark = SparkSessions.create("local[*]", "verbatim notebook");
    }
    return spark;
  }
}
