package io.verbatim.jobs;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest's counts of the annotated comments (sentences, suggestions, comments not
 * analysed) and the metadata columns they carry, gathered in the same pass that counts the
 * aspect phrases rather than in passes of their own. Mergeable: partitions count alone.
 */
final class RunTotals implements Serializable {

  private long sentences;
  private long suggestions;
  private long notAnalysed;
  /** Each metadata key's earliest position in any comment's metadata. */
  private final Map<String, Integer> metadataPositions = new HashMap<>();

  RunTotals add(AnalyzedComment c) {
    sentences += c.sentences().size();
    for (Sentence s : c.sentences()) {
      if (s.suggestion()) {
        suggestions++;
      }
    }
    if (!c.analysed()) {
      notAnalysed++;
    }
    int i = 0;
    for (String k : c.comment().metadata().keySet()) {
      metadataPositions.merge(k, i++, Math::min);
    }
    return this;
  }

  RunTotals merge(RunTotals o) {
    sentences += o.sentences;
    suggestions += o.suggestions;
    notAnalysed += o.notAnalysed;
    o.metadataPositions.forEach((k, v) -> metadataPositions.merge(k, v, Math::min));
    return this;
  }

  long sentences() {
    return sentences;
  }

  long suggestions() {
    return suggestions;
  }

  long notAnalysed() {
    return notAnalysed;
  }

  /**
   * Metadata columns in the order the input declares them (by their earliest position in any
   * record); keys only some JSON lines carry are kept too, so no field is dropped.
   */
  List<String> metadataColumns() {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(metadataPositions.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey()));
    return sorted.stream().map(Map.Entry::getKey).toList();
  }
}
