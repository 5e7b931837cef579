package io.verbatim.suggestions;

import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import java.util.Set;

/** Flags each sentence as a suggestion or not and records the normalised action. */
public final class SuggestionStage extends SentenceStage {

  private final SuggestionDetector detector = new SuggestionDetector();

  public SuggestionStage() {
    super("suggestions", Set.of(Capability.TOKENS), Set.of(Capability.SUGGESTIONS));
  }

  @Override
  protected Sentence process(Sentence s) {
    Suggestion verdict = detector.detect(s.tokens(), s.text());
    return s.withSuggestion(verdict.suggestion(), verdict.action());
  }
}
