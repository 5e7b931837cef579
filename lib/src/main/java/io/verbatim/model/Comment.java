package io.verbatim.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One open-ended comment as accepted by ingest.
 *
 * @param id stable id: the input's id column, or derived from source file and position
 * @param createdAt when the customer wrote it; null when the input has no time column
 * @param text the comment as stored and shown: markup stripped, personal data redacted
 * @param score the customer's score (e.g. 0-10), null when absent
 * @param metadata every other input column (channel, product, region, ...), in input order
 * @param source the input file the comment came from, relative to the input root
 * @param position 1-based record number within that file
 * @param analysisText what the NLP reads: {@code text} without URLs, handles, emoji and
 *     redacted values (placeholders would read as nouns); never written to an output
 * @param language ISO 639-1 code, or "und" when too short to tell
 * @param flags what cleaning found or did ("html_stripped", "redacted_email", ...)
 */
public record Comment(String id, Instant createdAt, String text, Double score,
                      Map<String, String> metadata, String source, long position,
                      String analysisText, String language, List<String> flags)
    implements Serializable {

  public static final String UNDETERMINED = "und";
  /** The metadata column naming the survey question a comment answers. */
  public static final String QUESTION = "question";

  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    // LinkedHashMap keeps the input's column order; the wrapper keeps the record immutable.
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
    analysisText = analysisText == null ? text : analysisText;
    language = language == null ? UNDETERMINED : language;
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** A comment as read, before cleaning: analysed as written, language unknown. */
  public Comment(String id, Instant createdAt, String text, Double score,
                 Map<String, String> metadata, String source, long position) {
    this(id, createdAt, text, score, metadata, source, position, text, UNDETERMINED, List.of());
  }

  /** The survey question this comment answers (a metadata column); null outside surveys. */
  public String question() {
    return metadata.get(QUESTION);
  }

  public Comment cleaned(String newText, String newAnalysisText, Map<String, String> newMetadata,
                         String newLanguage, List<String> newFlags) {
    return new Comment(id, createdAt, newText, score, newMetadata, source, position,
        newAnalysisText, newLanguage, newFlags);
  }
}
