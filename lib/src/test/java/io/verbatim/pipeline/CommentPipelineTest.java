package io.verbatim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.suggestions.SuggestionStage;
import io.verbatim.themes.AspectStage;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeTagger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentPipelineTest {

  private final Set<Capability> annotated = Set.of(Capability.TOKENS, Capability.SENTIMENT);

  @Test
  void aChainWhoseNeedsAreMetBuildsAndReportsWhatItAdds() {
    CommentPipeline p = CommentPipeline.of(annotated, List.of(
        new AspectStage(Taxonomy.defaults()), new SuggestionStage(),
        new ThemeTagger(new ThemeCatalog(List.of()))));
    assertEquals(List.of("aspects", "suggestions", "themes"), p.stageNames());
    assertTrue(p.provides().containsAll(Set.of(Capability.ASPECTS, Capability.THEMES,
        Capability.SUGGESTIONS)));
  }

  @Test
  void aStageBeforeWhatItNeedsIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CommentPipeline.of(annotated, List.of(
            new ThemeTagger(new ThemeCatalog(List.of())),
            new AspectStage(Taxonomy.defaults()))));
    assertTrue(e.getMessage().contains("themes") && e.getMessage().contains("ASPECTS"),
        e.getMessage());
  }

  @Test
  void themeTaggingDeclaresThatItReadsSentiment() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CommentPipeline.of(Set.of(Capability.TOKENS), List.of(
            new AspectStage(Taxonomy.defaults()),
            new ThemeTagger(new ThemeCatalog(List.of())))));
    assertTrue(e.getMessage().contains("SENTIMENT"), e.getMessage());
  }
}
