package io.verbatim.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Parses the time column leniently, but only in unambiguous forms. Accepted:
 * <ul>
 *   <li>ISO date-time with offset or zone: {@code 2026-09-14T10:32:00Z},
 *       {@code 2026-09-14T10:32:00.5+02:00}, {@code 2026-09-14T10:32+02:00[Europe/Paris]}</li>
 *   <li>ISO local date-time, taken as UTC: {@code 2026-09-14T10:32},
 *       {@code 2026-09-14T10:32:00}</li>
 *   <li>ISO date, taken as midnight UTC: {@code 2026-09-14}</li>
 *   <li>any of the date-times above with a space instead of the {@code T}, as databases and
 *       spreadsheets write them: {@code 2026-09-14 10:32}, {@code 2026-09-14 10:32:00Z}</li>
 * </ul>
 * Slash dates ({@code 03/04/2026}) are refused on purpose: day-first and month-first look the
 * same, and guessing would silently misdate comments.
 */
public final class Timestamps {

  private static final Pattern SPACE_SEPARATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  private Timestamps() {
  }

  /**
   * The instant a value denotes.
   *
   * @throws DateTimeException when it is in none of the accepted forms
   */
  public static Instant parse(String value) {
    String text = value.trim();
    if (SPACE_SEPARATED.matcher(text).matches()) {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME
        .parseBest(text, ZonedDateTime::from, LocalDateTime::from);
    return parsed instanceof ZonedDateTime zoned
        ? zoned.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }
}
