package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values found in one text, in the order the finders run (highest priority first): a span
 * is kept only if it overlaps no span kept before it, so an IBAN's digits are never also a card
 * or a phone number. URL ranges are remembered separately: digits inside a URL are never a phone
 * number (they are order ids and paths far more often).
 */
final class Spans {

  /** A value to replace: characters [start, end) of the text. */
  record Span(int start, int end, Category category) {
  }

  private final List<Span> kept = new ArrayList<>();
  // start -> end of every kept span; kept spans never overlap, so a floor/ceiling check suffices.
  private final TreeMap<Integer, Integer> taken = new TreeMap<>();
  private final TreeMap<Integer, Integer> urls = new TreeMap<>();

  /** Keeps the span unless it overlaps one kept before; returns whether it was kept. */
  boolean offer(int start, int end, Category category) {
    if (start >= end || overlaps(taken, start, end)) {
      return false;
    }
    taken.put(start, end);
    kept.add(new Span(start, end, category));
    return true;
  }

  /** Whether [start, end) overlaps a span already kept. */
  boolean isTaken(int start, int end) {
    return overlaps(taken, start, end);
  }

  void addUrl(int start, int end) {
    urls.put(start, end);
  }

  /** Whether [start, end) overlaps a URL. */
  boolean inUrl(int start, int end) {
    return overlaps(urls, start, end);
  }

  /** Kept spans in text order. */
  List<Span> sorted() {
    List<Span> sorted = new ArrayList<>(kept);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return sorted;
  }

  private static boolean overlaps(TreeMap<Integer, Integer> ranges, int start, int end) {
    Map.Entry<Integer, Integer> before = ranges.floorEntry(start);
    if (before != null && before.getValue() > start) {
      return true;
    }
    Map.Entry<Integer, Integer> after = ranges.ceilingEntry(start);
    return after != null && after.getKey() < end;
  }
}
