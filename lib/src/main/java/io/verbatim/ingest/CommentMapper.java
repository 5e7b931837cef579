package io.verbatim.ingest;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a {@link RawRecord} into a {@link Comment}, or a {@link Reject} saying why not. The
 * first problem found is the reason. Rules:
 * <ul>
 *   <li>text: trimmed; empty or missing is rejected ({@code "empty text"}), and so is text longer
 *       than {@code input.maxTextChars} characters.</li>
 *   <li>id: the id column's value, trimmed, when non-empty; else {@link CommentIds#derive}.</li>
 *   <li>time: see {@link Timestamps}; empty or missing is null, anything else unparseable is
 *       rejected ({@code "unparseable date 'yesterday'"}, {@code "ambiguous date '03/04/15'
 *       ..."}).</li>
 *   <li>score: a plain decimal number ({@code 7}, {@code 7.0}, {@code -1.5e1}; surrounding spaces
 *       ignored, no decimal comma); empty or missing is null; unparseable or outside
 *       [{@code input.scoreMin}, {@code input.scoreMax}] is rejected.</li>
 *   <li>metadata: every other field in input order, values trimmed; empty values are left out, so
 *       an empty CSV cell and a missing JSON key read the same (absent).</li>
 * </ul>
 */
public final class CommentMapper implements Serializable {

  // Stricter than Double.parseDouble, which would also take "7d", "NaN" or "0x1p3".
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final VerbatimConfig.Input cfg;
  private final ColumnMapping mapping;
  private final Timestamps timestamps;

  public CommentMapper(VerbatimConfig.Input cfg, ColumnMapping mapping) {
    this(cfg, mapping, null);
  }

  /**
   * @param decided the order of slash dates the file's time column decides ({@link
   *     DateOrderEvidence}), used when {@code input.dateOrder} is not set; null when undecided
   */
  public CommentMapper(VerbatimConfig.Input cfg, ColumnMapping mapping, DateOrder decided) {
    this.cfg = cfg;
    this.mapping = mapping;
    this.timestamps = Timestamps.of(cfg).orDecidedBy(decided);
  }

  /** The comment the record makes, or the reason it makes none. */
  public IngestResult map(RawRecord record) {
    Map<String, String> fields = record.fields();
    String text = trimmed(ColumnMapping.valueOf(fields, mapping.text()));
    if (text == null) {
      return reject(record, "empty text");
    }
    if (text.length() > cfg.maxTextChars()) {
      return reject(record, "text is " + text.length() + " characters long, more than"
          + " input.maxTextChars (" + cfg.maxTextChars() + ")");
    }
    String id = trimmed(ColumnMapping.valueOf(fields, mapping.id()));
    if (id == null) {
      id = CommentIds.derive(record.source(), record.position());
    }
    String time = trimmed(ColumnMapping.valueOf(fields, mapping.time()));
    Instant createdAt = null;
    if (time != null) {
      try {
        createdAt = timestamps.read(time);
      } catch (AmbiguousDateException e) {
        return reject(record, "ambiguous date " + Rejects.quote(time)
            + ": day or month first? Nothing in the column decides");
      } catch (DateTimeException e) {
        return reject(record, "unparseable date " + Rejects.quote(time));
      }
    }
    String scoreText = trimmed(ColumnMapping.valueOf(fields, mapping.score()));
    Double score = null;
    if (scoreText != null) {
      if (!NUMBER.matcher(scoreText).matches()) {
        return reject(record, "unparseable score " + Rejects.quote(scoreText));
      }
      score = Double.parseDouble(scoreText);
      if (score < cfg.scoreMin() || score > cfg.scoreMax()) {
        return reject(record, "score " + plain(score) + " is outside the range "
            + plain(cfg.scoreMin()) + " to " + plain(cfg.scoreMax()));
      }
    }
    return new IngestResult.Accepted(new Comment(id, createdAt, text, score, metadata(fields),
        record.source(), record.position()));
  }

  private Map<String, String> metadata(Map<String, String> fields) {
    Map<String, String> metadata = new LinkedHashMap<>();
    fields.forEach((name, value) -> {
      String kept = trimmed(value);
      if (kept != null && !mapping.isMapped(name)) {
        metadata.put(name, kept);
      }
    });
    return metadata;
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** 7.0 as "7", 0.5 as "0.5": reasons read better without a needless ".0". */
  private static String plain(double value) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }

  private static IngestResult reject(RawRecord record, String reason) {
    return new IngestResult.Rejected(
        Rejects.of(record.raw(), record.source(), record.position(), reason));
  }
}
