package io.verbatim.annotate;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.EnumSet;
import java.util.Set;

/**
 * The first stage of every chain: CoreNLP splits the comment into sentences and tokens, with
 * lemmas and POS tags. Whatever sentences the comment carried are replaced.
 *
 * <p>Only the configuration is serialised; the annotator and its models are built on first use
 * in each JVM.
 */
public final class TokenizeStage implements CommentStage {

  private final VerbatimConfig.Annotation config;
  private transient CommentAnnotator annotator;

  public TokenizeStage(VerbatimConfig.Annotation config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public Set<Capability> requires() {
    return EnumSet.noneOf(Capability.class);
  }

  @Override
  public Set<Capability> adds() {
    return EnumSet.of(Capability.TOKENS);
  }

  @Override
  public AnalyzedComment apply(AnalyzedComment comment) {
    return annotator().tokenize(comment.comment());
  }

  private CommentAnnotator annotator() {
    if (annotator == null) {
      annotator = new CommentAnnotator(config);
    }
    return annotator;
  }
}
