package io.verbatim.digest;

import java.util.Objects;

/** One theme's daily figures (its comments include those of its sub-themes, as everywhere). */
public record ThemeSeries(ThemeRef theme, DailySeries daily) {

  public ThemeSeries {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(daily, "daily");
  }
}
