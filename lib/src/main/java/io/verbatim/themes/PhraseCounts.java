package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many comments mention each aspect phrase, plus the time span of the comments. Mergeable,
 * so a distributed runner can count per partition and combine; the result does not depend on how
 * the comments were split.
 */
public final class PhraseCounts implements Serializable {

  private final Map<String, Long> comments = new HashMap<>();
  /** Epoch day a phrase was first written, to tell new topics from old ones. */
  private final Map<String, Long> firstDay = new HashMap<>();
  private long total;
  private Instant newest;
  private Instant oldest;

  public PhraseCounts add(AnalyzedComment c) {
    total++;
    Set<String> phrases = new HashSet<>();
    for (Sentence s : c.sentences()) {
      phrases.addAll(s.aspects());
    }
    Instant t = c.comment().createdAt();
    Long day = t == null ? null : Math.floorDiv(t.getEpochSecond(), 86_400L);
    for (String p : phrases) {
      comments.merge(p, 1L, Long::sum);
      if (day != null) {
        firstDay.merge(p, day, Math::min);
      }
    }
    if (t != null) {
      newest = newest == null || t.isAfter(newest) ? t : newest;
      oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
    }
    return this;
  }

  public PhraseCounts merge(PhraseCounts other) {
    other.comments.forEach((k, v) -> comments.merge(k, v, Long::sum));
    other.firstDay.forEach((k, v) -> firstDay.merge(k, v, Math::min));
    total += other.total;
    if (other.newest != null && (newest == null || other.newest.isAfter(newest))) {
      newest = other.newest;
    }
    if (other.oldest != null && (oldest == null || other.oldest.isBefore(oldest))) {
      oldest = other.oldest;
    }
    return this;
  }

  /** Comments mentioning the phrase. */
  public long comments(String phrase) {
    return comments.getOrDefault(phrase, 0L);
  }

  /**
   * Whether the phrase was first written within {@code days} days of the newest comment: a new
   * topic, which theme discovery must not crowd out with old, bigger ones.
   */
  public boolean isNew(String phrase, int days) {
    Long first = firstDay.get(phrase);
    if (first == null || newest == null) {
      return false;
    }
    return first > Math.floorDiv(newest.getEpochSecond(), 86_400L) - days;
  }

  public Map<String, Long> all() {
    return Map.copyOf(comments);
  }

  public long total() {
    return total;
  }

  /** Newest comment time, null when no comment has one. */
  public Instant newest() {
    return newest;
  }

  public Instant oldest() {
    return oldest;
  }
}
