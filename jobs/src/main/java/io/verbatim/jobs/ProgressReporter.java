package io.verbatim.jobs;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints progress of long stages: partitions done, rows done, rate and time left. Rows come from
 * an accumulator the annotation stage bumps; partitions from Spark's own task events. Quiet for
 * stages that finish within a couple of seconds.
 */
final class ProgressReporter extends SparkListener {

  private static final long EVERY_MS = 2_000;

  private final PrintStream out;
  private volatile String label = "";
  private volatile LongAccumulator rows;
  private volatile long expectedRows;
  private volatile long startedMs;
  private volatile long lastPrintMs;
  private volatile int tasks;
  private volatile int done;

  ProgressReporter(PrintStream out) {
    this.out = out;
  }

  /** Names what runs next; {@code rows} (nullable) counts processed rows of {@code expected}. */
  void stage(String name, LongAccumulator rowCounter, long expected) {
    label = name;
    rows = rowCounter;
    expectedRows = expected;
  }

  @Override
  public synchronized void onStageSubmitted(SparkListenerStageSubmitted e) {
    tasks = e.stageInfo().numTasks();
    done = 0;
    startedMs = System.currentTimeMillis();
    lastPrintMs = startedMs;
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
    done++;
    long now = System.currentTimeMillis();
    if (now - lastPrintMs >= EVERY_MS) {
      lastPrintMs = now;
      out.println(line(now));
    }
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted e) {
    long now = System.currentTimeMillis();
    if (now - startedMs >= EVERY_MS) {
      out.println(line(now));
    }
  }

  private String line(long now) {
    double seconds = Math.max(0.001, (now - startedMs) / 1000.0);
    StringBuilder b = new StringBuilder("  [").append(label).append("] ")
        .append(done).append('/').append(tasks).append(" partitions");
    LongAccumulator r = rows;
    double fraction = tasks == 0 ? 0 : (double) done / tasks;
    if (r != null && r.value() > 0) {
      long n = r.value();
      b.append(", ").append(n).append(expectedRows > 0 ? "/" + expectedRows : "").append(" rows, ")
          .append(String.format("%.1f rows/s", n / seconds));
      if (expectedRows > 0) {
        fraction = Math.min(1.0, (double) n / expectedRows);
      }
    }
    if (fraction > 0 && fraction < 1) {
      long left = Math.round(seconds * (1 - fraction) / fraction);
      b.append(", ~").append(format(Duration.ofSeconds(left))).append(" left");
    }
    return b.toString();
  }

  private static String format(Duration d) {
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
