package io.verbatim.notebook;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.to_date;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.digest.BenjaminiHochberg;
import io.verbatim.digest.ChartImage;
import io.verbatim.digest.ChartMaker;
import io.verbatim.digest.DailySeries;
import io.verbatim.digest.DateRange;
import io.verbatim.digest.Digest;
import io.verbatim.digest.DigestBuilder;
import io.verbatim.digest.DigestInput;
import io.verbatim.digest.DigestWindows;
import io.verbatim.digest.RateTest;
import io.verbatim.digest.ThemeRef;
import io.verbatim.digest.ThemeSeries;
import io.verbatim.digest.ThemeTrend;
import io.verbatim.digest.TrendDetector;
import io.verbatim.digest.TrendSettings;
import io.verbatim.jobs.DigestJob;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.JFreeChart;

/**
 * What changed between two windows of one run, or between two runs, for themes and ideas, with
 * the digest's own test: rises by {@link TrendDetector} (one-sided Fisher exact test,
 * Benjamini-Hochberg across all tested items, the digest's emerging / rising rules), falls by the
 * same {@link RateTest} the other way round, adjusted the same way.
 */
public final class Changes {

  /**
   * One theme or idea in both windows.
   *
   * @param recent comments mentioning it in the recent window (or the later run)
   * @param baseline comments mentioning it in the baseline window (or the earlier run)
   * @param rateRatio recent share / baseline share, null when absent from the baseline
   * @param pRise one-sided p-value for "more frequent now", qRise its BH-adjusted value
   * @param pFall one-sided p-value for "less frequent now", qFall its BH-adjusted value
   * @param verdict emerging, rising or falling at the configured false discovery rate, else ""
   */
  public record Change(String id, String label, String owner, long recent, long recentTotal,
                       long baseline, long baselineTotal, Double rateRatio, double pRise,
                       double qRise, double pFall, double qFall, String verdict) {
  }

  private final String description;
  private final List<Change> themes;
  private final List<Change> ideas;
  private final Digest digest;

  private Changes(String description, List<Change> themes, List<Change> ideas, Digest digest) {
    this.description = description;
    this.themes = List.copyOf(themes);
    this.ideas = List.copyOf(ideas);
    this.digest = digest;
  }

  /**
   * The last {@code recentDays} days of a run (up to its newest comment) against the
   * {@code baselineDays} before them, at the run's configured false discovery rate.
   */
  public static Changes windows(Run run, int recentDays, int baselineDays) {
    VerbatimConfig.Digest cfg = run.digestConfig(Map.of("recentDays", recentDays,
        "baselineDays", baselineDays));
    DigestInput in = DigestJob.input(Notebook.spark(), run.dir(), Run.requireDates(run.lastDay()),
        cfg);
    TrendSettings settings = DigestJob.settings(cfg).trends();
    DigestWindows w = new TrendDetector(settings).windows(in.date());
    List<Change> themes = compare(in.date(), in.totals(), in.themes(), settings);
    List<Change> ideas = compare(in.date(), in.totals(), ideaSeries(run, in.totals().range()),
        settings);
    Digest digest = new DigestBuilder(DigestJob.settings(cfg)).build(in);
    return new Changes(w.recent().from() + " to " + w.recent().to() + " against "
        + w.baseline().from() + " to " + w.baseline().to(), themes, ideas, digest);
  }

  /** A later run against an earlier one: each run's comments are one window. */
  public static Changes runs(Run before, Run after) {
    TrendSettings settings = DigestJob.settings(after.config().digest()).trends();
    TrendSettings oneDay = new TrendSettings(1, 1, settings.fdr(), settings.minRecent(),
        settings.emergingMaxBaseline(), settings.minRateRatio());
    LocalDate first = LocalDate.EPOCH;
    LocalDate second = first.plusDays(1);
    DailySeries totals = DailySeries.ofCounts(first, before.manifest().counts().accepted(),
        after.manifest().counts().accepted());
    Map<String, long[]> themeCounts = new LinkedHashMap<>();
    Map<String, ThemeRef> themeRefs = new HashMap<>();
    collect(before.themeList(), 0, themeCounts, themeRefs);
    collect(after.themeList(), 1, themeCounts, themeRefs);
    List<ThemeSeries> themes = new ArrayList<>();
    themeCounts.forEach((id, n) -> themes.add(new ThemeSeries(themeRefs.get(id),
        DailySeries.ofCounts(first, n[0], n[1]))));
    Map<String, long[]> ideaCounts = new LinkedHashMap<>();
    Map<String, ThemeRef> ideaRefs = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      for (Idea idea : (i == 0 ? before : after).ideaList()) {
        ideaCounts.computeIfAbsent(idea.id(), k -> new long[2])[i] = idea.reach();
        ideaRefs.put(idea.id(), new ThemeRef(idea.id(), idea.title(), null, idea.owner()));
      }
    }
    List<ThemeSeries> ideas = new ArrayList<>();
    ideaCounts.forEach((id, n) -> ideas.add(new ThemeSeries(ideaRefs.get(id),
        DailySeries.ofCounts(first, n[0], n[1]))));
    return new Changes("run " + after.manifest().runId() + " against run "
        + before.manifest().runId(), compare(second, totals, themes, oneDay),
        compare(second, totals, ideas, oneDay), null);
  }

  private static void collect(List<ThemeSummary> list, int slot, Map<String, long[]> counts,
                              Map<String, ThemeRef> refs) {
    for (ThemeSummary t : list) {
      counts.computeIfAbsent(t.theme().id(), k -> new long[2])[slot] = t.comments();
      refs.put(t.theme().id(), ThemeRef.of(t.theme()));
    }
  }

  /** Daily comments per idea, an idea being a "theme" of the comments that support it. */
  private static List<ThemeSeries> ideaSeries(Run run, DateRange range) {
    Dataset<Row> perDay = run.comments().where(col("created_at").isNotNull())
        .select(explode(col("idea_ids")).as("idea_id"), to_date(col("created_at")).as("day"))
        .groupBy("idea_id", "day").count();
    Map<String, DailySeries.Builder> builders = new HashMap<>();
    for (Row r : perDay.collectAsList()) {
      builders.computeIfAbsent(r.getString(0), k -> DailySeries.builder(range))
          .add(day(r.get(1)), r.getLong(2), 0, 0);
    }
    List<ThemeSeries> out = new ArrayList<>();
    for (Idea i : run.ideaList()) {
      DailySeries.Builder b = builders.get(i.id());
      if (b != null) {
        out.add(new ThemeSeries(new ThemeRef(i.id(), i.title(), null, i.owner()), b.build()));
      }
    }
    return out;
  }

  /** A date column's value: LocalDate with Spark's java.time API on, java.sql.Date without. */
  private static LocalDate day(Object value) {
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  private static List<Change> compare(LocalDate date, DailySeries totals,
                                      List<ThemeSeries> series, TrendSettings settings) {
    TrendDetector detector = new TrendDetector(settings);
    DigestWindows w = detector.windows(date);
    List<ThemeTrend> rises = detector.evaluate(date, totals, series);
    long nR = totals.comments(w.recent());
    long nB = totals.comments(w.baseline());
    double[] pFall = new double[rises.size()];
    for (int i = 0; i < rises.size(); i++) {
      ThemeTrend t = rises.get(i);
      RateTest.Result fall = RateTest.test(t.baseline(), nB, t.recent(), nR);
      pFall[i] = fall == null ? 1 : fall.pValue();
    }
    double[] qFall = BenjaminiHochberg.adjust(pFall);
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < rises.size(); i++) {
      ThemeTrend t = rises.get(i);
      boolean falling = qFall[i] <= settings.fdr() && t.baseline() >= settings.minRecent();
      String verdict = t.flagged() ? t.kind().name().toLowerCase(java.util.Locale.ROOT)
          : falling ? "falling" : "";
      out.add(new Change(t.theme().id(), t.theme().label(), t.theme().owner(), t.recent(),
          t.recentTotal(), t.baseline(), t.baselineTotal(), t.rateRatio(), t.pValue(),
          t.qValue(), pFall[i], qFall[i], verdict));
    }
    out.sort(Comparator.comparingDouble((Change c) -> Math.min(c.pRise(), c.pFall()))
        .thenComparing(Change::id));
    return out;
  }

  /** Which windows (or runs) are compared. */
  public String description() {
    return description;
  }

  public List<Change> themeChanges() {
    return themes;
  }

  public List<Change> ideaChanges() {
    return ideas;
  }

  /**
   * Changes with a one-sided p-value below {@code p} either way that are not flagged: not
   * significant once every theme is accounted for, but the ones to watch.
   */
  public Table watch(double p) {
    Table t = Table.of("what", "name", "owner", "direction", "recent", "baseline", "p", "q");
    for (Change c : themes) {
      t = watchRow(t, "theme", c, p);
    }
    for (Change c : ideas) {
      t = watchRow(t, "idea", c, p);
    }
    return t;
  }

  private static Table watchRow(Table t, String what, Change c, double p) {
    if (!c.verdict().isEmpty() || Math.min(c.pRise(), c.pFall()) >= p) {
      return t;
    }
    boolean up = c.pRise() < c.pFall();
    return t.row(what, c.label(), c.owner(), up ? "up" : "down", c.recent(), c.baseline(),
        up ? c.pRise() : c.pFall(), up ? c.qRise() : c.qFall());
  }

  /** The flagged themes and ideas: emerging, rising or falling at the configured rate. */
  public Table flagged() {
    Table t = Table.of("what", "name", "owner", "verdict", "recent", "baseline", "q");
    for (Change c : themes) {
      t = flaggedRow(t, "theme", c);
    }
    for (Change c : ideas) {
      t = flaggedRow(t, "idea", c);
    }
    return t;
  }

  private static Table flaggedRow(Table t, String what, Change c) {
    return c.verdict().isEmpty() ? t : t.row(what, c.label(), c.owner(), c.verdict(), c.recent(),
        c.baseline(), c.verdict().equals("falling") ? c.qFall() : c.qRise());
  }

  /** The {@code n} themes with the strongest evidence of a change either way. */
  public Table themes(int n) {
    return table(themes, n, "theme");
  }

  /** The {@code n} ideas with the strongest evidence of a change either way. */
  public Table ideas(int n) {
    return table(ideas, n, "idea");
  }

  private static Table table(List<Change> changes, int n, String what) {
    Table t = Table.of(what, "owner", "recent", "of", "baseline", "of", "rate ratio", "p rise",
        "q rise", "p fall", "q fall", "verdict");
    for (Change c : changes.stream().limit(n).toList()) {
      t = t.row(c.label(), c.owner(), c.recent(), c.recentTotal(), c.baseline(),
          c.baselineTotal(), c.rateRatio(), c.pRise(), c.qRise(), c.pFall(), c.qFall(),
          c.verdict());
    }
    return t;
  }

  /** Recent and baseline share of comments of the {@code n} most changed themes, as bars. */
  public JFreeChart shareChart(int n) {
    Map<String, Map<String, Double>> bars = new LinkedHashMap<>();
    bars.put("baseline", new LinkedHashMap<>());
    bars.put("recent", new LinkedHashMap<>());
    for (Change c : themes.stream().limit(n).toList()) {
      bars.get("baseline").put(c.label(), share(c.baseline(), c.baselineTotal()));
      bars.get("recent").put(c.label(), share(c.recent(), c.recentTotal()));
    }
    return Charts.bars("Share of comments, baseline and recent", "Share of comments", bars);
  }

  private static double share(long x, long n) {
    return n == 0 ? 0 : (double) x / n;
  }

  /** The digest's volume chart for these windows (flagged and busiest themes, recent shaded). */
  public Optional<ChartImage> volumeChart() {
    return digest == null ? Optional.empty() : new ChartMaker(720, 320).volume(digest);
  }

  /** The digest's sentiment chart for these windows: baseline and recent mean per theme. */
  public Optional<ChartImage> sentimentChart() {
    return digest == null ? Optional.empty() : new ChartMaker(720, 320).sentiment(digest);
  }

  @Override
  public String toString() {
    return "Changes: " + description;
  }
}
