package io.verbatim.annotate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scores every sentence and the comment by the {@link SentenceSentiment} path that
 * {@code annotation.sentiment} names: trained, rules, vader, or rntn (which parses the tokens it
 * is given).
 *
 * <p>Only the configuration is serialised; the models are built on first use in each JVM.
 */
public final class SentimentStage implements CommentStage {

  private final VerbatimConfig.Annotation config;
  private transient CommentAnnotator annotator;

  public SentimentStage(VerbatimConfig.Annotation config) {
    // Fail on a bad sentiment path or parser now, where the chain is built, not on every worker.
    this.annotator = new CommentAnnotator(config);
    this.config = config;
  }

  @Override
  public String name() {
    return "sentiment (" + config.sentiment() + ")";
  }

  @Override
  public Set<Capability> requires() {
    return EnumSet.of(Capability.TOKENS);
  }

  @Override
  public Set<Capability> adds() {
    return EnumSet.of(Capability.SENTIMENT);
  }

  @Override
  public AnalyzedComment apply(AnalyzedComment comment) {
    return annotator().score(comment);
  }

  /** Loads the tagger and this path's models now rather than inside the first comment. */
  public void warmUp() {
    annotator().warmUp();
  }

  private CommentAnnotator annotator() {
    if (annotator == null) {
      annotator = new CommentAnnotator(config);
    }
    return annotator;
  }
}
