package io.verbatim.suggestions;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Flags each sentence as a suggestion or not and records the normalised action. */
public final class SuggestionStage implements CommentStage {

  private final SuggestionDetector detector = new SuggestionDetector();

  @Override
  public String name() {
    return "suggestions";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.TOKENS);
  }

  @Override
  public Set<Capability> adds() {
    return Set.of(Capability.SUGGESTIONS);
  }

  @Override
  public AnalyzedComment apply(AnalyzedComment c) {
    List<Sentence> out = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      Suggestion verdict = detector.detect(s.tokens(), s.text());
      out.add(s.withSuggestion(verdict.suggestion(), verdict.action()));
    }
    return c.withSentences(out);
  }
}
