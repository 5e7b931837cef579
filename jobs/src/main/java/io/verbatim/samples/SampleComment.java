package io.verbatim.samples;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One generated feedback row, in the column order of the files written.
 *
 * @param id unique within one generated file ("NW-000042")
 * @param createdAt when it was written, minute precision, UTC
 * @param channel survey, email, app_review, call_centre, chat or social
 * @param product flights, mobile app, website, loyalty, lounge or service desk
 * @param region UK, Germany, France, Spain or US
 * @param score the customer's 0-10 score
 * @param text what the customer wrote
 */
public record SampleComment(String id, Instant createdAt, String channel, String product,
                            String region, int score, String text) {

  /** Column names, in file order. */
  public static final List<String> COLUMNS =
      List.of("id", "created_at", "channel", "product", "region", "score", "text");

  public SampleComment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(text, "text");
  }

  /** {@code created_at} as written: ISO-8601 UTC, e.g. {@code 2026-09-14T10:32:00Z}. */
  public String createdAtText() {
    return DateTimeFormatter.ISO_INSTANT.format(createdAt);
  }
}
