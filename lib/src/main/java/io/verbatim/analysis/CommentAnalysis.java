package io.verbatim.analysis;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentPipeline;
import io.verbatim.pipeline.CommentStage;
import io.verbatim.suggestions.SuggestionDetector;
import io.verbatim.suggestions.SuggestionStage;
import io.verbatim.themes.AspectStage;
import io.verbatim.themes.Taxonomy;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Annotates a comment and runs the comment-local stages on it. Only configuration and the
 * taxonomy are serialised; the annotator and its CoreNLP models are built on first use in each
 * JVM.
 */
public final class CommentAnalysis implements Serializable {

  private final VerbatimConfig.Annotation config;
  private final java.util.Set<String> languages;
  private final CommentPipeline stages;
  private transient CommentAnnotator annotator;

  public CommentAnalysis(VerbatimConfig config, Taxonomy taxonomy) {
    this.config = config.annotation();
    this.languages = java.util.Set.copyOf(config.language().analyse());
    List<CommentStage> chain = List.of(new AspectStage(taxonomy),
        new SuggestionStage(SuggestionDetector.Method.of(this.config.suggestions())));
    this.stages = CommentPipeline.of(Set.of(Capability.TOKENS, Capability.SENTIMENT), chain);
    // Fail on a bad parser name now, on the driver, not later on every worker.
    new CommentAnnotator(this.config);
  }

  public AnalyzedComment analyze(Comment comment) {
    if (!reads(comment.language()) || comment.analysisText().isBlank()) {
      return CommentAnnotator.notAnalysed(comment);
    }
    return stages.apply(annotator().annotate(comment));
  }

  /** Whether comments in this language go through the (English) models; unknown counts as yes. */
  public boolean reads(String language) {
    return Comment.UNDETERMINED.equals(language) || languages.contains(language);
  }

  /** Loads the models; call before timing. */
  public void warmUp() {
    annotator().warmUp();
  }

  public List<String> stageNames() {
    return stages.stageNames();
  }

  /** What an analysed comment carries, for the corpus stages that follow to check against. */
  public Set<Capability> provides() {
    return stages.provides();
  }

  private CommentAnnotator annotator() {
    if (annotator == null) {
      annotator = new CommentAnnotator(config);
    }
    return annotator;
  }
}
