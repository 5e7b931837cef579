package io.verbatim.ideas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best few quotes of an idea. Best = closest to a readable length, then by comment id, so the
 * choice does not depend on the order in which partitions are merged.
 */
final class Examples implements Serializable {

  private static final int IDEAL_LENGTH = 90;
  private static final Comparator<Quote> BEST_FIRST = Comparator
      .comparingInt((Quote q) -> Math.abs(q.text().length() - IDEAL_LENGTH))
      .thenComparing(Quote::commentId).thenComparing(Quote::text);

  record Quote(String commentId, String text) implements Serializable {
  }

  private final int limit;
  private final List<Quote> quotes = new ArrayList<>();

  Examples(int limit) {
    this.limit = limit;
  }

  void offer(String commentId, String text) {
    Quote q = new Quote(commentId, text.strip());
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
      offer(q.commentId(), q.text());
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
