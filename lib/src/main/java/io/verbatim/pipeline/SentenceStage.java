package io.verbatim.pipeline;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A stage that looks at one sentence at a time, as most do: subclasses say what they need and
 * add, and how one sentence changes.
 */
public abstract class SentenceStage implements CommentStage {

  private final String name;
  private final Set<Capability> requires;
  private final Set<Capability> adds;

  protected SentenceStage(String name, Set<Capability> requires, Set<Capability> adds) {
    this.name = name;
    this.requires = EnumSet.copyOf(requires);
    this.adds = EnumSet.copyOf(adds);
  }

  /** The sentence with what this stage adds. */
  protected abstract Sentence process(Sentence sentence);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<Capability> requires() {
    return EnumSet.copyOf(requires);
  }

  @Override
  public final Set<Capability> adds() {
    return EnumSet.copyOf(adds);
  }

  @Override
  public final AnalyzedComment apply(AnalyzedComment c) {
    List<Sentence> out = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      out.add(process(s));
    }
    return c.withSentences(out);
  }
}
