package io.verbatim.ingest;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * The comments a record makes: one per non-empty answer when the mapping has several
   * questions (id {@code RESPONSE_ID:COLUMN}, metadata {@code question} and, where the file
   * gives it, {@code question_text}), else {@link #map}'s one result. A response with no answer
   * at all is rejected ({@code "empty text"}); an answer too long is rejected on its own.
   */
  public List<IngestResult> mapAll(RawRecord record) {
    if (mapping.questions().isEmpty()) {
      return List.of(map(record));
    }
    Map<String, String> answers = new LinkedHashMap<>();
    for (String question : mapping.questions()) {
      String answer = trimmed(ColumnMapping.valueOf(record.fields(), question));
      if (answer != null) {
        answers.put(question, answer);
      }
    }
    if (answers.isEmpty()) {
      return List.of(reject(record, "empty text: no answer in "
          + String.join(", ", mapping.questions())));
    }
    Object common = common(record);
    if (common instanceof IngestResult rejected) {
      return List.of(rejected);
    }
    Common c = (Common) common;
    List<IngestResult> results = new ArrayList<>();
    answers.forEach((question, text) -> {
      if (text.length() > cfg.maxTextChars()) {
        results.add(reject(record, tooLong(text) + " in " + question));
        return;
      }
      Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
      metadata.put("question", question);
      String wording = mapping.wording().get(question);
      if (wording != null) {
        metadata.put("question_text", wording);
      }
      results.add(new IngestResult.Accepted(new Comment(c.id() + ":" + question, c.createdAt(),
          text, c.score(), metadata, record.source(), record.position())));
    });
    return results;
  }

  /** What a record's answers share: its id, date, score and metadata. */
  private record Common(String id, Instant createdAt, Double score,
                        Map<String, String> metadata) {
  }

  /** The comment the record makes, or the reason it makes none. */
  public IngestResult map(RawRecord record) {
    Map<String, String> fields = record.fields();
    String text = trimmed(ColumnMapping.valueOf(fields, mapping.text()));
    if (text == null) {
      return reject(record, "empty text");
    }
    if (text.length() > cfg.maxTextChars()) {
      return reject(record, tooLong(text));
    }
    Object common = common(record);
    if (common instanceof IngestResult rejected) {
      return rejected;
    }
    Common c = (Common) common;
    return new IngestResult.Accepted(new Comment(c.id(), c.createdAt(), text, c.score(),
        c.metadata(), record.source(), record.position()));
  }

  private String tooLong(String text) {
    return "text is " + text.length() + " characters long, more than input.maxTextChars ("
        + cfg.maxTextChars() + ")";
  }

  /** The record's {@link Common} fields, or the reject that ends it. */
  private Object common(RawRecord record) {
    Map<String, String> fields = record.fields();
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
    return new Common(id, createdAt, score, metadata(fields));
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
