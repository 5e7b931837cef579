package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds aspect phrases to every sentence. */
public final class AspectStage implements CommentStage {

  private final AspectExtractor extractor;

  public AspectStage(Taxonomy taxonomy) {
    this.extractor = new AspectExtractor(taxonomy);
  }

  @Override
  public String name() {
    return "aspects";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TOKENS);
  }

  @Override
  public Set<Capability> adds() {
    return Set.of(Capability.ASPECTS);
  }

  @Override
  public AnalyzedComment apply(AnalyzedComment c) {
    List<Sentence> out = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      out.add(s.withAspects(extractor.extract(s.tokens())));
    }
    return c.withSentences(out);
  }
}
