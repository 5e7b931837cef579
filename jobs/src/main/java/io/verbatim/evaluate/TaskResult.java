package io.verbatim.evaluate;

import io.verbatim.labelled.Metrics;
import io.verbatim.labelled.Confusion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one evaluation on one data set.
 *
 * @param key short stable name ("suggestions.forum")
 * @param title what was measured, for people
 * @param dataset the file evaluated, relative to the data folder
 * @param items items scored (sentences, comments or aspect terms)
 * @param confusion gold × predicted counts; null for aspect-term extraction
 * @param focus the label whose precision/recall/F1 is the headline (suggestion); null when the
 *     headline is accuracy or macro-F1
 * @param metrics counts-based precision/recall/F1; null unless aspect-term extraction
 * @param speeds throughput of the stages run
 * @param notes how the figures were obtained (method, matching rule, caveats)
 * @param extra headline figures that are neither a confusion matrix nor precision/recall
 *     (theme purity, coverage), by name, in report order
 */
public record TaskResult(String key, String title, String dataset, long items,
                         Confusion confusion, String focus, Metrics metrics, List<Speed> speeds,
                         List<String> notes, Map<String, Double> extra) {

  public TaskResult {
    speeds = List.copyOf(speeds);
    notes = List.copyOf(notes);
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A result whose figures all come from its confusion matrix or metrics. */
  public TaskResult(String key, String title, String dataset, long items, Confusion confusion,
                    String focus, Metrics metrics, List<Speed> speeds, List<String> notes) {
    this(key, title, dataset, items, confusion, focus, metrics, speeds, notes, Map.of());
  }
}
