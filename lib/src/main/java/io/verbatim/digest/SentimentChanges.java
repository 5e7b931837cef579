package io.verbatim.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Mean sentiment per theme in the recent window against the baseline window. */
final class SentimentChanges {

  private SentimentChanges() {
  }

  /**
   * Themes with at least {@code minSentences} sentences in both windows, largest change (either
   * way) first: a drop matters as much as a recovery.
   */
  static List<SentimentShift> compute(List<ThemeSeries> themes, DigestWindows w,
                                      int minSentences) {
    List<SentimentShift> out = new ArrayList<>();
    for (ThemeSeries t : themes) {
      DailySeries.SentimentWindow r = t.daily().sentiment(w.recent());
      DailySeries.SentimentWindow b = t.daily().sentiment(w.baseline());
      if (r.sentences() >= minSentences && b.sentences() >= minSentences) {
        out.add(new SentimentShift(t.theme(), r.sentences(), r.mean(), b.sentences(), b.mean(),
            r.mean() - b.mean()));
      }
    }
    out.sort(Comparator.comparingDouble((SentimentShift s) -> -Math.abs(s.change()))
        .thenComparing(s -> s.theme().id()));
    return out;
  }
}
