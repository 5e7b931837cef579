/**
 * Ingest: turns one input file, given as a stream, into {@link io.verbatim.model.Comment}s and
 * {@link io.verbatim.model.Reject}s. Spark-free; a distributed job calls {@link
 * io.verbatim.ingest.Ingest#read} once per file on an executor.
 *
 * <p>Stages: a {@link io.verbatim.ingest.RecordReader} (CSV, JSON lines or an Excel sheet) splits
 * the bytes into {@link io.verbatim.ingest.RawRecord}s of named string fields, rejecting what it
 * cannot read;
 * {@link io.verbatim.ingest.ColumnMapping} says which field is the text, id, time and score; and
 * {@link io.verbatim.ingest.CommentMapper} validates a record into a comment or a reject (one
 * comment per answer for a survey's several questions, see {@link io.verbatim.ingest.FileLayout}),
 * reading dates with {@link io.verbatim.ingest.Timestamps}. {@link io.verbatim.ingest.RejectShare}
 * is the rule that stops a run whose input was read wrongly.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>Bytes are decoded as UTF-8; malformed bytes become U+FFFD instead of failing the file. A
 *       leading byte-order mark is dropped.</li>
 *   <li>Position is the 1-based record number in the file. Blank lines are not records (they are
 *       skipped and not counted); the CSV header is not a record. Every record read ends up as
 *       exactly one comment or one reject, so read = accepted + rejected.</li>
 *   <li>Reader rejects say the physical line where the record starts, e.g. {@code "expected 7
 *       columns, found 5 (line 12)"}. A reject's raw text is cut to 10,000 characters.</li>
 *   <li>Problems with a record reject that record only. Problems with the file as a whole (an
 *       unreadable CSV header, a column named in the configuration that is not there) throw
 *       {@link io.verbatim.ingest.IngestException}, and I/O failures throw
 *       {@link java.io.UncheckedIOException}, so a distributed runner can retry them.</li>
 * </ul>
 */
package io.verbatim.ingest;
