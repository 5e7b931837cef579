package io.verbatim.evaluate;

import java.util.List;

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
 */
public record TaskResult(String key, String title, String dataset, long items,
                         Confusion confusion, String focus, Metrics metrics, List<Speed> speeds,
                         List<String> notes) {

  public TaskResult {
    speeds = List.copyOf(speeds);
    notes = List.copyOf(notes);
  }
}
