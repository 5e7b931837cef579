package io.verbatim.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The content of an output folder as sorted text lines, to compare two runs: every table's rows
 * (order-free) and the manifest's counts. Run-specific values (run id, times) are left out.
 */
final class Snapshot {

  private Snapshot() {
  }

  static List<String> of(Path out) throws IOException {
    SparkSession spark = SparkSessions.create("local[2]", "snapshot");
    List<String> lines = new ArrayList<>();
    for (String table : OutputFolder.TABLES) {
      Dataset<Row> rows = spark.read().parquet(out.resolve(table).toString());
      for (Row r : rows.collectAsList()) {
        lines.add(table + " " + r.mkString("|"));
      }
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    lines.add("counts " + manifest.substring(manifest.indexOf("\"counts\""),
        manifest.indexOf('}', manifest.indexOf("\"counts\""))));
    lines.sort(String::compareTo);
    return lines;
  }
}
