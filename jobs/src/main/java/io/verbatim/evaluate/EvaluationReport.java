package io.verbatim.evaluate;

import java.time.Instant;
import java.util.List;

/**
 * Everything one evaluation run measured.
 *
 * @param started when the run began
 * @param dataFolder where the data sets were read
 * @param limits the cap per set, described ("full", "2000 reviews", ...)
 * @param threads annotation threads
 * @param results one per task and data set, in run order
 * @param speeds throughput per stage over all sets
 */
public record EvaluationReport(Instant started, String dataFolder, String limits, int threads,
                               List<TaskResult> results, List<Speed> speeds) {

  public EvaluationReport {
    results = List.copyOf(results);
    speeds = List.copyOf(speeds);
  }

  public TaskResult result(String key) {
    return results.stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result " + key));
  }
}
