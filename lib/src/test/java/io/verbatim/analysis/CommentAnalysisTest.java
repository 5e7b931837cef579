package io.verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.pipeline.Capability;
import io.verbatim.themes.Taxonomy;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentAnalysisTest {

  @Test
  void everyPerCommentStepIsADeclaredStageFromNothing() {
    VerbatimConfig config = ConfigLoader.defaults();
    CommentAnalysis analysis = new CommentAnalysis(config, Taxonomy.defaults());
    assertEquals(List.of("tokenize", "sentiment (" + config.annotation().sentiment() + ")",
        "aspects", "suggestions"), analysis.stageNames());
    assertEquals(EnumSet.of(Capability.TOKENS, Capability.SENTIMENT, Capability.ASPECTS,
        Capability.SUGGESTIONS), analysis.provides());
  }
}
