package io.verbatim.analysis;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.annotate.SentimentStage;
import io.verbatim.annotate.TokenizeStage;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentPipeline;
import io.verbatim.suggestions.SuggestionDetector;
import io.verbatim.suggestions.SuggestionStage;
import io.verbatim.themes.AspectStage;
import io.verbatim.themes.Taxonomy;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The per-comment analysis as one declared chain: tokenize (sentences, tokens, lemmas, tags) →
 * sentiment → aspects → suggestions. Only configuration and the taxonomy are serialised; the annotator and
 * its CoreNLP models are built on first use in each JVM.
 */
public final class CommentAnalysis implements Serializable {

  private final java.util.Set<String> languages;
  private final SentimentStage sentiment;
  private final CommentPipeline stages;

  public CommentAnalysis(VerbatimConfig config, Taxonomy taxonomy) {
    this.languages = java.util.Set.copyOf(config.language().analyse());
    this.sentiment = new SentimentStage(config.annotation());
    // The whole per-comment flow, each stage declaring what it needs and adds: a chain that
    // would run a stage before what it reads fails here, at start-up.
    this.stages = CommentPipeline.of(Set.of(), List.of(new TokenizeStage(config.annotation()), sentiment, new AspectStage(taxonomy),
        new SuggestionStage(SuggestionDetector.Method.of(config.annotation().suggestions()))));
  }

  public AnalyzedComment analyze(Comment comment) {
    if (!reads(comment.language()) || comment.analysisText().isBlank()) {
      return CommentAnnotator.notAnalysed(comment);
    }
    return stages.apply(CommentAnnotator.notAnalysed(comment));
  }

  /** Whether comments in this language go through the (English) models; unknown counts as yes. */
  public boolean reads(String language) {
    return Comment.UNDETERMINED.equals(language) || languages.contains(language);
  }

  /** Loads the models; call before timing. */
  public void warmUp() {
    sentiment.warmUp();
  }

  /** The stages every analysed comment goes through, in order. */
  public List<String> stageNames() {
    return stages.stageNames();
  }

  /** What an analysed comment carries, for the corpus stages that follow to check against. */
  public Set<Capability> provides() {
    return stages.provides();
  }
}
