package io.verbatim.ingest;

import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time column in the forms real exports write, each parsed by a {@code java.time}
 * formatter or a strict pattern, never guessed. Accepted:
 * <ul>
 *   <li>ISO date-time, with {@code T} or a space, seconds and fractions optional, an offset
 *       written {@code Z}, {@code UTC}, {@code +02:00}, {@code +0200} or {@code +02}, with or
 *       without a space before it: {@code 2015-02-17 23:18:49 -0800}; a zone in brackets
 *       ({@code 2026-09-14T10:32+02:00[Europe/Paris]})</li>
 *   <li>ISO date alone (midnight) and minute precision ({@code 2026-09-14 10:32})</li>
 *   <li>RFC 1123 / e-mail: {@code Tue, 17 Feb 2015 23:18:49 -0800}</li>
 *   <li>the social-media API form: {@code Wed Feb 18 07:18:49 +0000 2015}</li>
 *   <li>epoch seconds (9-10 digits) and milliseconds (12-13 digits)</li>
 *   <li>slash dates {@code 03/04/2015}, {@code 3/4/15} (also with {@code .} or {@code -}, and a
 *       time {@code 14:05}, {@code 2:05 PM}): a value whose first field is above 12 is day-first,
 *       whose second is above 12 month-first; others need a {@link DateOrder}, configured or
 *       decided by the column ({@link DateOrderEvidence}), and are refused with
 *       {@link AmbiguousDateException} without one. Two-digit years are 2000-2099.</li>
 *   <li>anything matching {@code input.timeFormat}, a java.time pattern, tried first</li>
 * </ul>
 * Times without an offset are taken as UTC.
 */
public final class Timestamps implements Serializable {

  private static final Timestamps DEFAULT = new Timestamps(null, null);

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)"
          + " ?(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
  static final Pattern SLASH = Pattern.compile(
      "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
          + " ?([AaPp][Mm])?)?");
  private static final DateTimeFormatter SOCIAL =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx uuuu", Locale.ENGLISH);

  private final DateOrder order;
  private final String timeFormat;
  private transient DateTimeFormatter custom;

  private Timestamps(DateOrder order, String timeFormat) {
    this.order = order;
    this.timeFormat = timeFormat;
    this.custom = timeFormat == null ? null : formatter(timeFormat);
  }

  /**
   * The reader {@code input.dateOrder} and {@code input.timeFormat} describe.
   *
   * @throws ConfigException when either is invalid
   */
  public static Timestamps of(VerbatimConfig.Input cfg) {
    String format = cfg.timeFormat() == null || cfg.timeFormat().isBlank() ? null
        : cfg.timeFormat();
    return new Timestamps(DateOrder.parse(cfg.dateOrder()), format);
  }

  /** This reader, with the column's own order for slash dates unless one is configured. */
  public Timestamps orDecidedBy(DateOrder decided) {
    return order != null || decided == null ? this : new Timestamps(decided, timeFormat);
  }

  /** The default reader (no order, no pattern) applied to one value. */
  public static Instant parse(String value) {
    return DEFAULT.read(value);
  }

  /**
   * The instant a value denotes.
   *
   * @throws AmbiguousDateException for a slash date no order decides
   * @throws DateTimeException when it is in none of the accepted forms
   */
  public Instant read(String value) {
    String text = value.strip();
    if (timeFormat != null) {
      try {
        return instant(custom().parseBest(text, ZonedDateTime::from, LocalDateTime::from,
            LocalDate::from));
      } catch (DateTimeException e) {
        // Not in the user's form: the built-in forms may still read it.
      }
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return iso(iso);
    }
    if (EPOCH.matcher(text).matches()) {
      long n = Long.parseLong(text);
      return text.length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }
    Matcher slash = SLASH.matcher(text);
    if (slash.matches()) {
      return slash(slash, text);
    }
    if (!text.isEmpty() && Character.isLetter(text.charAt(0)) && text.indexOf(',') < 0) {
      return ZonedDateTime.parse(text, SOCIAL).toInstant();
    }
    if (text.indexOf('[') < 0) {
      try {
        return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeException e) {
        // Not an e-mail date: last, the ISO forms with a zone in brackets.
      }
    }
    return instant(DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
        LocalDateTime::from));
  }

  private static Instant iso(Matcher m) {
    LocalDate date = LocalDate.parse(m.group(1));
    if (m.group(2) == null) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    LocalDateTime local = LocalDateTime.of(date, LocalTime.parse(m.group(2).replace(',', '.')));
    return local.toInstant(offset(m.group(3)));
  }

  private static ZoneOffset offset(String written) {
    if (written == null || written.equals("Z") || written.equals("UTC")
        || written.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = written.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = written.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private Instant slash(Matcher m, String text) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    DateOrder use = order;
    if (use == null) {
      use = DateOrderEvidence.of(first, second);
      if (use == null && first != second) {
        throw new AmbiguousDateException(text);
      }
      use = use == null ? DateOrder.DMY : use; // 05/05/2015 reads the same either way
    }
    int year = Integer.parseInt(m.group(4));
    year = m.group(4).length() == 2 ? 2000 + year : year;
    LocalDate date;
    try {
      date = LocalDate.of(year, use.month(first, second), use.day(first, second));
    } catch (DateTimeException e) {
      throw new DateTimeException("'" + text + "' is no " + use.label() + " date", e);
    }
    if (m.group(5) == null) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    int hour = Integer.parseInt(m.group(5));
    String halfDay = m.group(8);
    if (halfDay != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("hour " + hour + " with " + halfDay);
      }
      hour = hour % 12 + (halfDay.equalsIgnoreCase("pm") ? 12 : 0);
    }
    LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(6)),
        m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
    return date.atTime(time).toInstant(ZoneOffset.UTC);
  }

  private DateTimeFormatter custom() {
    if (custom == null) {
      custom = formatter(timeFormat);
    }
    return custom;
  }

  private static DateTimeFormatter formatter(String pattern) {
    try {
      return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
          .toFormatter(Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("input.timeFormat '" + pattern + "' is not a java.time pattern: "
          + e.getMessage());
    }
  }

  private static Instant instant(TemporalAccessor parsed) {
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (parsed instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (parsed instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
