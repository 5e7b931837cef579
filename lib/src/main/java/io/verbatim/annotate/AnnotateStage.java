package io.verbatim.annotate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.EnumSet;
import java.util.Set;

/**
 * The first stage of every chain: CoreNLP splits the comment into sentences and tokens (with
 * lemmas and tags) and the configured {@link SentenceSentiment} path scores each sentence and the
 * comment. One stage, not two, because the RNTN path scores CoreNLP's own parsed sentences rather
 * than the tokens a separate stage would hand on.
 *
 * <p>Only the configuration is serialised; the annotator and its models are built on first use
 * in each JVM.
 */
public final class AnnotateStage implements CommentStage {

  private final VerbatimConfig.Annotation config;
  private transient CommentAnnotator annotator;

  public AnnotateStage(VerbatimConfig.Annotation config) {
    // Fail on a bad sentiment path or parser now, where the chain is built, not on every worker.
    this.annotator = new CommentAnnotator(config);
    this.config = config;
  }

  @Override
  public String name() {
    return "annotate (" + config.sentiment() + " sentiment)";
  }

  @Override
  public Set<Capability> requires() {
    return EnumSet.noneOf(Capability.class);
  }

  @Override
  public Set<Capability> adds() {
    return EnumSet.of(Capability.TOKENS, Capability.SENTIMENT);
  }

  /** Annotates the comment afresh: whatever sentences it carried are replaced. */
  @Override
  public AnalyzedComment apply(AnalyzedComment comment) {
    return annotator().annotate(comment.comment());
  }

  /** Loads the models now rather than inside the first comment, so timings stay honest. */
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
