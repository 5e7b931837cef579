package io.verbatim.ingest;

import io.verbatim.model.Reject;

/** What a {@link RecordReader} yields per record: the record, or why it could not be read. */
public sealed interface ReadResult permits RawRecord, ReadResult.Unreadable {

  /** A record the reader could not split into fields. */
  record Unreadable(Reject reject) implements ReadResult {
  }
}
