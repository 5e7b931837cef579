package io.verbatim.ingest;

import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.io.Serializable;
import java.util.Objects;

/** The outcome of ingesting one record: exactly one comment or one reject. */
public sealed interface IngestResult extends Serializable
    permits IngestResult.Accepted, IngestResult.Rejected {

  /** The record became a comment. */
  record Accepted(Comment comment) implements IngestResult {
    public Accepted {
      Objects.requireNonNull(comment, "comment");
    }
  }

  /** The record was rejected, with the reason. */
  record Rejected(Reject reject) implements IngestResult {
    public Rejected {
      Objects.requireNonNull(reject, "reject");
    }
  }
}
