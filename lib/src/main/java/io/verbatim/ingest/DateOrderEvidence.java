package io.verbatim.ingest;

import java.io.Serializable;
import java.util.regex.Matcher;

/**
 * What a time column's own values say about its slash dates: a first field above 12 anywhere
 * means day-first, a second field above 12 means month-first. Both, or neither, decide nothing.
 * Mergeable, so a distributed scan can combine partial evidence.
 *
 * @param dayFirstSeen some value such as 13/02/2015
 * @param monthFirstSeen some value such as 02/13/2015
 */
public record DateOrderEvidence(boolean dayFirstSeen, boolean monthFirstSeen)
    implements Serializable {

  public static final DateOrderEvidence NONE = new DateOrderEvidence(false, false);

  /** The order one slash date's first two fields imply on their own, or null. */
  static DateOrder of(int first, int second) {
    if (first > 12 && second <= 12) {
      return DateOrder.DMY;
    }
    if (second > 12 && first <= 12) {
      return DateOrder.MDY;
    }
    return null;
  }

  /** This evidence with one more value of the column (null and non-slash values add nothing). */
  public DateOrderEvidence with(String value) {
    if (value == null) {
      return this;
    }
    Matcher m = Timestamps.SLASH.matcher(value.strip());
    if (!m.matches()) {
      return this;
    }
    DateOrder order = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
    return merge(new DateOrderEvidence(order == DateOrder.DMY, order == DateOrder.MDY));
  }

  public DateOrderEvidence merge(DateOrderEvidence other) {
    return new DateOrderEvidence(dayFirstSeen || other.dayFirstSeen,
        monthFirstSeen || other.monthFirstSeen);
  }

  /** The order the column decides, or null when it decides nothing (or contradicts itself). */
  public DateOrder decided() {
    if (dayFirstSeen == monthFirstSeen) {
      return null;
    }
    return dayFirstSeen ? DateOrder.DMY : DateOrder.MDY;
  }
}
