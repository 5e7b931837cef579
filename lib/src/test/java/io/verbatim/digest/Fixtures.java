package io.verbatim.digest;

import io.verbatim.model.Idea;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Constructed inputs for the digest tests. */
final class Fixtures {

  static final LocalDate DAY1 = LocalDate.of(2026, 3, 2);

  private Fixtures() {
  }

  static ThemeRef theme(String id, String owner) {
    return new ThemeRef(id, label(id), null, owner);
  }

  static String label(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
  }

  /** Day {@code n} (1-based) of the constructed series. */
  static LocalDate day(int n) {
    return DAY1.plusDays(n - 1L);
  }

  static Idea idea(String id, int rank, String title, String themeId, String owner,
                   String... examples) {
    return new Idea(id, rank, title, themeId, owner, false, 40 - rank, -0.3, null, null,
        1.0 - rank / 100.0, new Idea.ScoreComponents(0.4, 0.2, 0.1, 0.0), List.of(examples));
  }

  /** Comments per day with a quieter weekend, as real feedback has. */
  static long[] totals(Random rnd, int days, double weekdayMean) {
    long[] out = new long[days];
    for (int d = 0; d < days; d++) {
      DayOfWeek dow = day(d + 1).getDayOfWeek();
      double mean = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
          ? weekdayMean * 0.6 : weekdayMean;
      out[d] = poisson(rnd, mean);
    }
    return out;
  }

  /** Each of the day's comments mentions the theme with probability {@code share[d]}. */
  static long[] mentions(Random rnd, long[] totals, double[] share) {
    long[] out = new long[totals.length];
    for (int d = 0; d < totals.length; d++) {
      for (long c = 0; c < totals[d]; c++) {
        out[d] += rnd.nextDouble() < share[d] ? 1 : 0;
      }
    }
    return out;
  }

  static double[] share(int days, double before, int fromDay, double after) {
    double[] s = new double[days];
    for (int d = 0; d < days; d++) {
      s[d] = d + 1 < fromDay ? before : after;
    }
    return s;
  }

  static long poisson(Random rnd, double mean) {
    // Knuth's method is fine for the small means used here.
    double limit = Math.exp(-mean);
    double p = 1;
    long k = 0;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > limit);
    return k - 1;
  }

  static DailySeries series(long... counts) {
    return DailySeries.ofCounts(DAY1, counts);
  }

  static long[] constant(int days, long value) {
    long[] out = new long[days];
    java.util.Arrays.fill(out, value);
    return out;
  }

  /**
   * A small, complete input: 40 days, a Logistics theme that emerges on day 40, an IT theme
   * whose sentiment drops, ideas for three owners (one without an owner), quotes with markup.
   */
  static DigestInput sampleInput(Set<String> previousIdeaIds) {
    int days = 40;
    LocalDate date = day(days);
    DateRange range = new DateRange(DAY1, date);
    DailySeries.Builder totals = DailySeries.builder(range);
    DailySeries.Builder baggage = DailySeries.builder(range);
    DailySeries.Builder wifi = DailySeries.builder(range);
    DailySeries.Builder staff = DailySeries.builder(range);
    for (int d = 1; d <= days; d++) {
      boolean today = d == days;
      totals.add(day(d), 200, 500, 0.1);
      baggage.add(day(d), today ? 12 : 0, today ? 15 : 0, -0.6);
      wifi.add(day(d), 20, 25, today ? -0.55 : -0.1);
      staff.add(day(d), 30, 40, 0.3);
    }
    List<ThemeSeries> themes = List.of(
        new ThemeSeries(new ThemeRef("lost-baggage", "Lost baggage", null, "Logistics"),
            baggage.build()),
        new ThemeSeries(new ThemeRef("wifi", "Wifi", null, "IT"), wifi.build()),
        new ThemeSeries(new ThemeRef("staff", "Staff", null, "Service"), staff.build()));
    List<Idea> ideas = List.of(
        idea("i-track", 1, "track lost baggage", "lost-baggage", "Logistics",
            "My bag <script>alert('x')</script> never arrived"),
        idea("i-wifi", 2, "fix wifi on board", "wifi", "IT", "Wifi kept dropping"),
        idea("i-staff", 3, "train staff", "staff", "Service", "Rude & slow"),
        idea("i-bags2", 4, "deliver bags home", "lost-baggage", "Logistics"),
        idea("i-misc", 5, "misc things", null, null));
    List<Quote> negative = List.of(
        new Quote("Worst <b>trip</b> ever", "c1", -0.9, List.of("lost-baggage")),
        new Quote("The wifi was useless", "c2", -0.7, List.of("wifi")),
        new Quote("No theme at all here", "c3", -0.8, List.of()));
    List<Quote> positive = List.of(
        new Quote("Staff were lovely", "c4", 0.9, List.of("staff")));
    Map<String, Long> rejects = Map.of(
        "unparseable date 'yesterday' (line 12)", 3L,
        "unparseable date 'soon' (line 40)", 2L,
        "empty text", 4L);
    return new DigestInput(date, totals.build(), themes, ideas, previousIdeaIds,
        new RunCounts(8009, 8000, 9, 20000, 300), rejects, negative, positive);
  }
}
