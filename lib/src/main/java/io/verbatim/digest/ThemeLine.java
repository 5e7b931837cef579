package io.verbatim.digest;

import java.time.LocalDate;
import java.util.List;

/** Daily comments of one theme from {@code start}, one value per day: a line in the chart. */
public record ThemeLine(ThemeRef theme, LocalDate start, List<Long> counts) {

  public ThemeLine {
    counts = List.copyOf(counts);
  }
}
