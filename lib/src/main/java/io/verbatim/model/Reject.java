package io.verbatim.model;

import java.io.Serializable;

/**
 * An input record that could not become a {@link Comment}, kept with the reason so nothing is
 * lost silently.
 *
 * @param raw the record as read (possibly truncated if enormous)
 * @param source the input file, relative to the input root
 * @param position 1-based record number (line number for line-based formats)
 * @param reason one sentence saying why
 */
public record Reject(String raw, String source, long position, String reason)
    implements Serializable {
}
