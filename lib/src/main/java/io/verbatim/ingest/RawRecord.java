package io.verbatim.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record as read, before any validation: named string fields, nothing interpreted yet.
 *
 * @param source the input file, relative to the input root
 * @param position 1-based record number in the file (blank lines and the CSV header not counted)
 * @param line 1-based physical line where the record starts, for messages
 * @param fields field name to value, in input order; JSON values that are not strings are held as
 *     their JSON text, JSON nulls are left out
 * @param raw the record's text as read (without its final line break)
 */
public record RawRecord(String source, long position, long line, Map<String, String> fields,
                        String raw) implements ReadResult {

  public RawRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(raw, "raw");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
