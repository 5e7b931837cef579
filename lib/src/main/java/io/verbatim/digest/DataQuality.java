package io.verbatim.digest;

import java.util.List;

/**
 * Records the run could not use, so a broken feed is noticed the morning after.
 *
 * @param rejected rejected records
 * @param rejectedShare rejected / read, null when the run's counts are unknown
 * @param reasons rejected records per reason group, largest first
 */
public record DataQuality(long rejected, Double rejectedShare, List<ReasonCount> reasons) {

  public DataQuality {
    reasons = List.copyOf(reasons);
  }

  /** Rejected records with one reason. */
  public record ReasonCount(String reason, long count) {
  }
}
