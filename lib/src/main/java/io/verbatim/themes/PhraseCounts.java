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
  /**
   * Comments writing a noun capitalised inside a sentence ("flew with Northwind"), and comments
   * writing it in lower case: a noun capitalised more often than not is a name.
   */
  private final Map<String, Long> capitalised = new HashMap<>();
  private final Map<String, Long> lowerCase = new HashMap<>();
  /** Epoch day a phrase was first written, to tell new topics from old ones. */
  private final Map<String, Long> firstDay = new HashMap<>();
  private long total;
  private Instant newest;
  private Instant oldest;

  public PhraseCounts add(AnalyzedComment c) {
    total++;
    Set<String> phrases = new HashSet<>();
    Set<String> upper = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Sentence s : c.sentences()) {
      phrases.addAll(s.aspects());
      // The first word of a sentence is capitalised anyway, so it says nothing.
      for (int i = 1; i < s.tokens().size(); i++) {
        io.verbatim.model.Token t = s.tokens().get(i);
        if (t.isNoun() && !t.word().isEmpty() && Character.isLetter(t.word().charAt(0))) {
          (Character.isUpperCase(t.word().charAt(0)) ? upper : lower).add(t.lemma());
        }
      }
    }
    upper.forEach(n -> capitalised.merge(n, 1L, Long::sum));
    lower.forEach(n -> lowerCase.merge(n, 1L, Long::sum));
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
    other.capitalised.forEach((k, v) -> capitalised.merge(k, v, Long::sum));
    other.lowerCase.forEach((k, v) -> lowerCase.merge(k, v, Long::sum));
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

  /**
   * Whether a noun is mostly a name: capitalised inside sentences in more comments than it is
   * written in lower case. Brands and places ("Northwind", "Madrid") then stay out of themes even
   * where the tagger took them for common nouns.
   */
  public boolean isName(String word) {
    return capitalised.getOrDefault(word, 0L) > lowerCase.getOrDefault(word, 0L);
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
