package io.verbatim.ideas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best few quotes of an idea. Best = the clearest evidence first (a complaint about the
 * idea's theme put most strongly, a request for the change), then closest to a readable length,
 * then by comment id, so the choice does not depend on the order in which partitions are merged.
 * Clarity is counted in steps of a tenth, so length still decides between near-equals.
 */
final class Examples implements Serializable {

  private static final int IDEAL_LENGTH = 90;
  private static final Comparator<Quote> BEST_FIRST = Comparator
      .comparingLong((Quote q) -> -Math.round(10 * q.clarity()))
      .thenComparingInt((Quote q) -> Math.abs(q.text().length() - IDEAL_LENGTH))
      .thenComparing(Quote::commentId).thenComparing(Quote::text);

  /** A quote with how clearly it is evidence for the idea, 0..1. */
  record Quote(String commentId, String text, double clarity) implements Serializable {
  }

  private final int limit;
  private final List<Quote> quotes = new ArrayList<>();

  Examples(int limit) {
    this.limit = limit;
  }

  void offer(String commentId, String text, double clarity) {
    Quote q = new Quote(commentId, text.strip(), clarity);
    for (int i = 0; i < quotes.size(); i++) {
      Quote e = quotes.get(i);
      if (e.text().equalsIgnoreCase(q.text())) {
        // The same words twice: keep one, the same one whatever the order they came in.
        if (BEST_FIRST.compare(q, e) < 0) {
          quotes.set(i, q);
          trim();
        }
        return;
      }
    }
    quotes.add(q);
    trim();
  }

  void merge(Examples o) {
    for (Quote q : o.quotes) {
      offer(q.commentId(), q.text(), q.clarity());
    }
  }

  List<String> texts() {
    return quotes.stream().map(Quote::text).toList();
  }

  private void trim() {
    quotes.sort(BEST_FIRST);
    while (quotes.size() > limit) {
      quotes.remove(quotes.size() - 1);
    }
  }
}
