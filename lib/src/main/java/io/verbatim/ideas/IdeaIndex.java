package io.verbatim.ideas;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps a comment to the ideas its sentences are evidence for. Small; broadcast it. */
public final class IdeaIndex implements Serializable {

  private final Map<String, String> ideaByKey;
  private final double complaintBelow;

  IdeaIndex(Map<String, String> ideaByKey, double complaintBelow) {
    this.ideaByKey = Map.copyOf(ideaByKey);
    this.complaintBelow = complaintBelow;
  }

  public List<String> ideaIds(AnalyzedComment c) {
    Set<String> ids = new LinkedHashSet<>();
    for (Sentence s : c.sentences()) {
      for (String key : EvidenceKeys.of(s, complaintBelow)) {
        String id = ideaByKey.get(key);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
