package io.verbatim.suggestions;

import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import java.util.Set;

/**
 * Flags each sentence that asks the organisation for a change ({@link Suggestion#suggestion()})
 * and records the normalised action. Advice to other customers and endorsements are not
 * flagged here.
 */
public final class SuggestionStage extends SentenceStage {

  private final SuggestionDetector detector = new SuggestionDetector();

  public SuggestionStage() {
    super("suggestions", Set.of(Capability.TOKENS), Set.of(Capability.SUGGESTIONS));
  }

  @Override
  protected Sentence process(Sentence s) {
    Suggestion verdict = detector.detect(s.tokens(), s.text());
    // Only a change asked of the organisation is flagged: tips to other customers and
    // endorsements would otherwise become improvement ideas.
    return s.withSuggestion(verdict.suggestion(), verdict.suggestion() ? verdict.action() : null);
  }
}
