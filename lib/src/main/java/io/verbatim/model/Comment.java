package io.verbatim.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One open-ended comment as accepted by ingest.
 *
 * @param id stable id: the input's id column, or derived from source file and position
 * @param createdAt when the customer wrote it; null when the input has no time column
 * @param text the comment text, trimmed
 * @param score the customer's score (e.g. 0-10), null when absent
 * @param metadata every other input column (channel, product, region, ...), in input order
 * @param source the input file the comment came from, relative to the input root
 * @param position 1-based record number within that file
 */
public record Comment(String id, Instant createdAt, String text, Double score,
                      Map<String, String> metadata, String source, long position)
    implements Serializable {

  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    // LinkedHashMap keeps the input's column order; the wrapper keeps the record immutable.
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
  }
}
