package io.verbatim.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the day's quotes: for every theme the {@code k} most negative (or positive) sentences,
 * each sentence once, strongest first, so every theme that moved has a voice and no single theme
 * fills the list. Ties break on comment id and text, so the choice is the same on every run.
 */
public final class QuotePicker {

  private QuotePicker() {
  }

  public static List<Quote> pick(List<DatedSentence> day, int k, boolean negative) {
    Comparator<DatedSentence> order = Comparator.comparingDouble(DatedSentence::sentiment);
    if (!negative) {
      order = order.reversed();
    }
    order = order.thenComparing(DatedSentence::commentId).thenComparing(DatedSentence::text);
    Map<String, List<DatedSentence>> byTheme = new HashMap<>();
    for (DatedSentence s : day) {
      if (negative ? s.sentiment() < 0 : s.sentiment() > 0) {
        for (String t : s.themes()) {
          byTheme.computeIfAbsent(t, x -> new ArrayList<>()).add(s);
        }
      }
    }
    Set<DatedSentence> chosen = new LinkedHashSet<>();
    for (List<DatedSentence> list : byTheme.values()) {
      list.stream().sorted(order).limit(k).forEach(chosen::add);
    }
    return chosen.stream().sorted(order)
        .map(s -> new Quote(s.text(), s.commentId(), s.sentiment(), s.themes())).toList();
  }
}
