package io.verbatim.themes;

import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import java.util.Set;

/** Adds aspect phrases, with where each stands, to every sentence. */
public final class AspectStage extends SentenceStage {

  private final AspectExtractor extractor;

  public AspectStage(Taxonomy taxonomy) {
    super("aspects", Set.of(Capability.TOKENS), Set.of(Capability.ASPECTS));
    this.extractor = new AspectExtractor(taxonomy);
  }

  @Override
  protected Sentence process(Sentence s) {
    return s.withAspectMentions(extractor.mentions(s.tokens()));
  }
}
