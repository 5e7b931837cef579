package io.verbatim.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The content of an output folder as sorted text lines, to compare two runs: every table's rows
 * (order-free) and the manifest's counts. Run-specific values (run id, times) are left out.
 */
final class Snapshot {

  /** A decimal number with a fraction or exponent, as Spark prints doubles. */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");

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

  /**
   * The lines with every decimal number to {@code digits} significant digits, sorted: sums that
   * Spark adds up in another order differ in their last bits, not in what they say.
   */
  static List<String> rounded(List<String> lines, int digits) {
    String format = "%." + digits + "g";
    return lines.stream().map(l -> DECIMAL.matcher(l).replaceAll(m ->
        String.format(Locale.ROOT, format, Double.parseDouble(m.group())))).sorted().toList();
  }
}
