package io.verbatim.index;

import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import java.time.LocalDate;
import java.util.List;

/** What the overview and theme pages show, read back from the index. */
public final class Views {

  private Views() {
  }

  /** A theme with its weekly comment counts, oldest week first, for a sparkline. */
  public record ThemeView(ThemeSummary summary, List<Long> weekly) {
  }

  /** An idea with its theme's label. */
  public record IdeaView(Idea idea, String themeLabel) {
  }

  /** Comments and mean sentence sentiment of a theme in one week (starting Monday). */
  public record TimePoint(LocalDate week, long comments, double sentimentMean) {
  }

  /** Everything the theme page shows. */
  public record ThemePage(ThemeView theme, ThemeView parent, List<ThemeView> children,
                          List<IdeaView> ideas, List<TimePoint> overTime,
                          List<SearchResult.Hit> quotes) {
  }

  /** Orders of the themes overview; ties by label. */
  public enum ThemeOrder {
    /** Most comments first. */
    VOLUME,
    /** Largest share of negative sentences first. */
    NEGATIVE_SHARE,
    /** Most harmful first: the most negative score impact; themes without one (no scores) last. */
    SCORE_IMPACT
  }
}
