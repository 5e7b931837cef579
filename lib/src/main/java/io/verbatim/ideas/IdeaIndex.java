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
  /** With ideas split by survey question: each question's own index; else empty. */
  private final Map<String, IdeaIndex> byQuestion;

  IdeaIndex(Map<String, String> ideaByKey, double complaintBelow, MainTheme main) {
    this(ideaByKey, complaintBelow, main, Map.of());
  }

  private IdeaIndex(Map<String, String> ideaByKey, double complaintBelow, MainTheme main,
                    Map<String, IdeaIndex> byQuestion) {
    this.ideaByKey = Map.copyOf(ideaByKey);
    this.complaintBelow = complaintBelow;
    this.main = main;
    this.byQuestion = Map.copyOf(byQuestion);
  }

  /** The same index with every idea id renamed. */
  IdeaIndex renamed(java.util.function.UnaryOperator<String> ids) {
    Map<String, String> renamed = new java.util.HashMap<>();
    ideaByKey.forEach((key, id) -> renamed.put(key, ids.apply(id)));
    return new IdeaIndex(renamed, complaintBelow, main, byQuestion);
  }

  /**
   * Maps each comment with the index of the survey question it answers ("" for comments that
   * answer none).
   */
  static IdeaIndex byQuestion(Map<String, IdeaIndex> indexes) {
    return new IdeaIndex(Map.of(), 0, null, indexes);
  }

  public List<String> ideaIds(AnalyzedComment c) {
    if (!byQuestion.isEmpty()) {
      IdeaIndex own = byQuestion.get(java.util.Objects.requireNonNullElse(
          c.comment().question(), ""));
      return own == null ? List.of() : own.ideaIds(c);
    }
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
