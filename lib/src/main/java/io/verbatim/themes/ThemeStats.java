package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-theme figures over tagged comments. A comment or sentence that mentions a sub-theme also
 * counts for its parents, so "Baggage" includes "Lost baggage". Mergeable.
 */
public final class ThemeStats implements Serializable {

  private final TrendWindow window;
  /** A theme mention scoring below this counts as negative, as a sentence label would. */
  private final double negativeBelow;
  private final Tally all = new Tally();
  private final Map<String, Tally> byTheme = new HashMap<>();
  /**
   * Comments naming each theme or a kind of it ({@link ThemeCatalog#kindLine}): the theme's own
   * family, without the other themes the top-level nesting hung under it by co-occurrence.
   */
  private final Map<String, Long> familyComments = new HashMap<>();
  private long themed;

  /**
   * @param negativeBelow the configured score under which a sentence is labelled negative
   *     ({@code annotation.negativeBelow}); applied to each theme's own score
   */
  public ThemeStats(TrendWindow window, double negativeBelow) {
    this.window = window;
    this.negativeBelow = negativeBelow;
  }

  public ThemeStats add(AnalyzedComment c, ThemeCatalog catalog) {
    all.addComment(c, window);
    Set<String> commentThemes = new LinkedHashSet<>();
    Set<String> families = new HashSet<>();
    for (Sentence s : c.sentences()) {
      all.addSentence(s);
      s.themeIds().forEach(id -> families.addAll(catalog.kindLine(id)));
      // Each theme counts how the sentence speaks of it, not the sentence as a whole.
      Map<String, Double> sentenceThemes =
          ThemeSentiments.withAncestors(s.themeIds(), s::sentimentFor, catalog::withAncestors);
      sentenceThemes.forEach((id, score) -> byTheme.computeIfAbsent(id, k -> new Tally())
          .addMention(score, score < negativeBelow));
      commentThemes.addAll(sentenceThemes.keySet());
    }
    for (String id : commentThemes) {
      byTheme.computeIfAbsent(id, k -> new Tally()).addComment(c, window);
    }
    families.forEach(id -> familyComments.merge(id, 1L, Long::sum));
    if (!commentThemes.isEmpty()) {
      themed++;
    }
    return this;
  }

  public ThemeStats merge(ThemeStats o) {
    all.merge(o.all);
    o.byTheme.forEach((k, v) -> byTheme.merge(k, v, Tally::merge));
    o.familyComments.forEach((k, v) -> familyComments.merge(k, v, Long::sum));
    themed += o.themed;
    return this;
  }

  /** Figures over all comments. */
  public Tally all() {
    return all;
  }

  public TrendWindow window() {
    return window;
  }

  /**
   * Comments naming the theme or a kind of it ("Fees" counts "late fee", not "Car" hung under it
   * by co-occurrence): how common the thing itself is, whatever the top-level nesting did.
   */
  public long familyComments(String id) {
    return familyComments.getOrDefault(id, 0L);
  }

  /** Share of comments that fall in no theme. */
  public double unthemedShare() {
    return all.comments() == 0 ? 0 : 1 - (double) themed / all.comments();
  }

  /** Every theme of the catalog that was mentioned, most mentioned first. */
  public List<ThemeSummary> summaries(ThemeCatalog catalog) {
    List<ThemeSummary> out = new ArrayList<>();
    for (Theme t : catalog.themes()) {
      Tally tally = byTheme.get(t.id());
      if (tally == null || tally.comments() == 0) {
        continue;
      }
      out.add(new ThemeSummary(t, tally.comments(),
          all.comments() == 0 ? 0 : (double) tally.comments() / all.comments(),
          tally.sentimentMean(), tally.negativeShare(), tally.trendAgainst(all),
          tally.scoreImpactAgainst(all)));
    }
    out.sort(Comparator.comparingLong((ThemeSummary s) -> -s.comments())
        .thenComparing(s -> s.theme().key()));
    return out;
  }
}
