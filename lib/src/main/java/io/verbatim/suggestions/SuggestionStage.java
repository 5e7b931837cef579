package io.verbatim.suggestions;

import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import java.util.Set;

/**
 * Flags each sentence that asks the organisation for a change ({@link Suggestion#suggestion()})
 * and records the normalised action, the kind of suggestion (change, advice, endorsement) and the
 * detector's score. Advice to other customers and endorsements are recorded by kind but not
 * flagged, so they never become ideas.
 */
public final class SuggestionStage extends SentenceStage {

  private final SuggestionDetector detector;

  /** The rules alone. */
  public SuggestionStage() {
    this(SuggestionDetector.Method.RULES);
  }

  public SuggestionStage(SuggestionDetector.Method method) {
    super("suggestions", Set.of(Capability.TOKENS), Set.of(Capability.SUGGESTIONS));
    this.detector = new SuggestionDetector(method);
  }

  @Override
  protected Sentence process(Sentence s) {
    Suggestion verdict = detector.detect(s.tokens(), s.text());
    // Only a change asked of the organisation is flagged: tips to other customers and
    // endorsements would otherwise become improvement ideas.
    return s.withSuggestion(verdict.suggestion(), verdict.suggestion() ? verdict.action() : null,
        verdict.kindName(), verdict.score());
  }
}
