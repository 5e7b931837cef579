package io.verbatim.index;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Weekly figures per theme, gathered while sentences are indexed: distinct comments and mean
 * sentence sentiment per week (weeks start on Monday, UTC). Themes are small in number, so the
 * whole table fits in memory even for millions of sentences; comments are remembered by a 64-bit
 * hash of their id, which is all "distinct" needs.
 */
final class WeeklySeries {

  /** One theme's figures in one week. */
  private static final class Cell {
    final Set<Long> comments = new HashSet<>();
    double sentimentSum;
    long sentences;
  }

  private final Map<String, Map<Long, Cell>> cells = new HashMap<>();
  private long firstWeek = Long.MAX_VALUE;
  private long lastWeek = Long.MIN_VALUE;

  /**
   * Counts one dated sentence for each of {@code themes} (the sentence's themes and ancestors),
   * each with the sentence's sentiment for that theme.
   */
  void add(Map<String, Double> themes, String commentId, Instant createdAt) {
    if (createdAt == null) {
      return;
    }
    long week = weekOf(createdAt).toEpochDay();
    firstWeek = Math.min(firstWeek, week);
    lastWeek = Math.max(lastWeek, week);
    long comment = hash(commentId);
    themes.forEach((theme, sentiment) -> {
      Cell cell = cells.computeIfAbsent(theme, t -> new HashMap<>()).computeIfAbsent(week,
          w -> new Cell());
      cell.comments.add(comment);
      cell.sentimentSum += sentiment;
      cell.sentences++;
    });
  }

  /** Monday of the first week with a dated sentence; null when no sentence had a date. */
  LocalDate firstWeek() {
    return firstWeek == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(firstWeek);
  }

  /** Weeks from the first to the last dated sentence; the same for every theme. */
  int weeks() {
    return firstWeek == Long.MAX_VALUE ? 0 : (int) ((lastWeek - firstWeek) / 7 + 1);
  }

  /** Distinct comments per week, oldest first, zero for weeks without mentions. */
  long[] comments(String theme) {
    long[] out = new long[weeks()];
    cells.getOrDefault(theme, Map.of()).forEach((week, cell) ->
        out[index(week)] = cell.comments.size());
    return out;
  }

  /** Mean sentence sentiment per week, oldest first, 0 for weeks without mentions. */
  double[] sentiment(String theme) {
    double[] out = new double[weeks()];
    cells.getOrDefault(theme, Map.of()).forEach((week, cell) ->
        out[index(week)] = cell.sentimentSum / cell.sentences);
    return out;
  }

  static LocalDate weekOf(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private int index(long week) {
    return (int) ((week - firstWeek) / 7);
  }

  /** 64-bit FNV-1a with a final mix: collisions among a run's comment ids are negligible. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }
}
