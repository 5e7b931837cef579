package io.verbatim.pipeline;

import io.verbatim.model.AnalyzedComment;
import java.io.Serializable;
import java.util.Set;

/** One step of per-comment analysis: takes an analysed comment, returns an enriched copy. */
public interface CommentStage extends Serializable {

  String name();

  Set<Capability> requires();

  Set<Capability> adds();

  AnalyzedComment apply(AnalyzedComment comment);
}
