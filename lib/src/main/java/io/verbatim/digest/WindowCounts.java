package io.verbatim.digest;

import io.verbatim.model.ThemeSummary;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The digest's window counted per day, overall and per theme: comments, sentences and the sum of
 * their sentiment. Fed one comment at a time (all its sentences together, so a comment counts
 * once however many sentences name a theme) and mergeable, so the job can sum it across
 * partitions and only these small tables reach the driver.
 */
public final class WindowCounts implements Serializable {

  /** Comments, sentences and sentiment sum of one day (of one theme, or of all). */
  private static final class Day implements Serializable {
    long comments;
    long sentences;
    double sentimentSum;

    void add(Day o) {
      comments += o.comments;
      sentences += o.sentences;
      sentimentSum += o.sentimentSum;
    }
  }

  private final DateRange range;
  private final Map<LocalDate, Day> total = new HashMap<>();
  private final Map<String, Map<LocalDate, Day>> byTheme = new HashMap<>();

  public WindowCounts(DateRange range) {
    this.range = range;
  }

  /** Adds one comment: its sentences, which share its day. Days outside the range are skipped. */
  public WindowCounts add(Iterable<DatedSentence> comment) {
    Set<LocalDate> countedDays = new HashSet<>();
    Set<String> countedThemes = new HashSet<>();
    for (DatedSentence s : comment) {
      if (!range.contains(s.day())) {
        continue;
      }
      Day day = total.computeIfAbsent(s.day(), d -> new Day());
      if (countedDays.add(s.day())) {
        day.comments++;
      }
      day.sentences++;
      day.sentimentSum += s.sentiment();
      for (int i = 0; i < s.themes().size(); i++) {
        String theme = s.themes().get(i);
        Day t = byTheme.computeIfAbsent(theme, k -> new HashMap<>())
            .computeIfAbsent(s.day(), d -> new Day());
        if (countedThemes.add(theme + '\u0000' + s.day())) {
          t.comments++;
        }
        t.sentences++;
        t.sentimentSum += s.themeSentiments().get(i);
      }
    }
    return this;
  }

  public WindowCounts merge(WindowCounts other) {
    other.total.forEach((day, d) -> total.computeIfAbsent(day, k -> new Day()).add(d));
    other.byTheme.forEach((theme, days) -> {
      Map<LocalDate, Day> mine = byTheme.computeIfAbsent(theme, k -> new HashMap<>());
      days.forEach((day, d) -> mine.computeIfAbsent(day, k -> new Day()).add(d));
    });
    return this;
  }

  /** Every comment of the window per day. */
  public DailySeries totals() {
    return series(total);
  }

  /** The daily series of each theme that was mentioned, in the order of {@code themes}. */
  public List<ThemeSeries> themeSeries(List<ThemeSummary> themes) {
    List<ThemeSeries> out = new ArrayList<>();
    for (ThemeSummary t : themes) {
      Map<LocalDate, Day> days = byTheme.get(t.theme().id());
      if (days != null) {
        out.add(new ThemeSeries(ThemeRef.of(t.theme()), series(days)));
      }
    }
    return out;
  }

  private DailySeries series(Map<LocalDate, Day> days) {
    DailySeries.Builder b = DailySeries.builder(range);
    days.forEach((day, d) -> b.add(day, d.comments, d.sentences,
        d.sentences == 0 ? 0 : d.sentimentSum / d.sentences));
    return b.build();
  }
}
