package io.verbatim.pipeline;

import io.verbatim.model.AnalyzedComment;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered chain of stages whose contracts were checked when it was built, so a mis-ordered
 * chain fails at start-up rather than producing empty columns.
 */
public final class CommentPipeline implements Serializable {

  private final List<CommentStage> stages;
  private final Set<Capability> provides;

  private CommentPipeline(List<CommentStage> stages, Set<Capability> provides) {
    this.stages = List.copyOf(stages);
    this.provides = provides;
  }

  /**
   * Builds a chain over input that already has {@code given}.
   *
   * @throws IllegalArgumentException naming the first stage whose needs are unmet
   */
  public static CommentPipeline of(Set<Capability> given, List<CommentStage> stages) {
    EnumSet<Capability> have = given.isEmpty() ? EnumSet.noneOf(Capability.class)
        : EnumSet.copyOf(given);
    for (CommentStage s : stages) {
      if (!have.containsAll(s.requires())) {
        EnumSet<Capability> missing = EnumSet.copyOf(s.requires());
        missing.removeAll(have);
        throw new IllegalArgumentException("stage " + s.name() + " needs " + missing
            + " which no earlier stage adds");
      }
      have.addAll(s.adds());
    }
    return new CommentPipeline(new ArrayList<>(stages), have);
  }

  public AnalyzedComment apply(AnalyzedComment comment) {
    AnalyzedComment c = comment;
    for (CommentStage s : stages) {
      c = s.apply(c);
    }
    return c;
  }

  /** Everything a comment has after this chain. */
  public Set<Capability> provides() {
    return EnumSet.copyOf(provides);
  }

  public List<String> stageNames() {
    return stages.stream().map(CommentStage::name).toList();
  }
}
