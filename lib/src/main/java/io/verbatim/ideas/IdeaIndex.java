package io.verbatim.ideas;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.themes.MainTheme;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps a comment to the ideas its sentences are evidence for. Small; broadcast it. */
public final class IdeaIndex implements Serializable {

  private final Map<String, String> ideaByKey;
  private final double complaintBelow;
  private final MainTheme main;

  IdeaIndex(Map<String, String> ideaByKey, double complaintBelow, MainTheme main) {
    this.ideaByKey = Map.copyOf(ideaByKey);
    this.complaintBelow = complaintBelow;
    this.main = main;
  }

  public List<String> ideaIds(AnalyzedComment c) {
    Set<String> ids = new LinkedHashSet<>();
    for (Sentence s : c.sentences()) {
      for (String key : EvidenceKeys.of(s, complaintBelow, main)) {
        String id = ideaByKey.get(key);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    String complaint = IdeaCollector.complaintTheme(c, main);
    String id = complaint == null ? null : ideaByKey.get(EvidenceKeys.NEGATIVE + complaint);
    if (id != null) {
      ids.add(id);
    }
    return List.copyOf(ids);
  }
}
