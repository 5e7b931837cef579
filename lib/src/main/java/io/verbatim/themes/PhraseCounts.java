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
  private long total;
  private Instant newest;
  private Instant oldest;

  public PhraseCounts add(AnalyzedComment c) {
    total++;
    Set<String> phrases = new HashSet<>();
    for (Sentence s : c.sentences()) {
      phrases.addAll(s.aspects());
    }
    for (String p : phrases) {
      comments.merge(p, 1L, Long::sum);
    }
    Instant t = c.comment().createdAt();
    if (t != null) {
      newest = newest == null || t.isAfter(newest) ? t : newest;
      oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
    }
    return this;
  }

  public PhraseCounts merge(PhraseCounts other) {
    other.comments.forEach((k, v) -> comments.merge(k, v, Long::sum));
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
