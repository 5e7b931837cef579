package io.verbatim.digest;

import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Makes digests from a {@link DigestInput}. Themes are tested once for everyone; an owner's
 * digest is that same result filtered to the owner, so a theme flagged for Logistics is flagged
 * in the digest for everyone too (testing each owner's themes as a family of its own would let
 * the two disagree).
 */
public final class DigestBuilder {

  private final DigestSettings settings;
  private final TrendDetector detector;

  public DigestBuilder(DigestSettings settings) {
    this.settings = settings;
    this.detector = new TrendDetector(settings.trends());
  }

  /** The digest for everyone. */
  public Digest build(DigestInput in) {
    return assemble(in, analyse(in), null);
  }

  /** The digest for one owner: its ideas and themes, with the shared volume and data quality. */
  public Digest build(DigestInput in, String owner) {
    return assemble(in, analyse(in), owner);
  }

  /** One digest per owner of an idea or a theme, by owner name. */
  public Map<String, Digest> buildPerOwner(DigestInput in) {
    Analysis a = analyse(in);
    Map<String, Digest> out = new LinkedHashMap<>();
    for (String owner : owners(in)) {
      out.put(owner, assemble(in, a, owner));
    }
    return out;
  }

  /** Owners of the input's ideas and themes, alphabetically with "Unassigned" last. */
  public static List<String> owners(DigestInput in) {
    Set<String> owners = new TreeSet<>();
    in.ideas().forEach(i -> owners.add(ownerOf(i)));
    in.themes().forEach(t -> owners.add(t.theme().owner()));
    return owners.stream().sorted(OWNER_ORDER).toList();
  }

  private static final Comparator<String> OWNER_ORDER =
      Comparator.comparing((String o) -> o.equals(Theme.UNASSIGNED)).thenComparing(o -> o);

  /** The parts shared by the digest for everyone and the owners' digests. */
  private record Analysis(DigestWindows windows, List<ThemeTrend> trends,
                          List<SentimentShift> shifts, Map<String, ThemeSeries> themes) {
  }

  private Analysis analyse(DigestInput in) {
    DigestWindows w = detector.windows(in.date());
    List<ThemeTrend> trends = detector.evaluate(in.date(), in.totals(), in.themes());
    List<SentimentShift> shifts = SentimentChanges.compute(in.themes(), w,
        settings.minSentences());
    Map<String, ThemeSeries> themes = new LinkedHashMap<>();
    in.themes().forEach(t -> themes.put(t.theme().id(), t));
    return new Analysis(w, trends, shifts, themes);
  }

  private Digest assemble(DigestInput in, Analysis a, String owner) {
    Predicate<String> owned = o -> owner == null || owner.equals(o);
    Predicate<ThemeRef> ownedTheme = t -> owned.test(t.owner());

    List<DigestIdea> ideas = in.ideas().stream()
        .filter(i -> owned.test(ownerOf(i)))
        .sorted(Comparator.comparingInt(Idea::rank))
        .map(i -> toDigestIdea(i, in, a))
        .toList();
    List<ThemeTrend> flagged = a.trends().stream()
        .filter(ThemeTrend::flagged).filter(t -> ownedTheme.test(t.theme())).toList();
    List<ThemeTrend> emerging = flagged.stream()
        .filter(t -> t.kind() == ThemeTrend.Kind.EMERGING).toList();
    List<ThemeTrend> rising = flagged.stream()
        .filter(t -> t.kind() == ThemeTrend.Kind.RISING).toList();
    List<SentimentShift> sentiment = a.shifts().stream()
        .filter(s -> ownedTheme.test(s.theme())).limit(settings.sentimentThemes()).toList();

    return new Digest(Digest.SCHEMA_VERSION, in.date(), owner, method(a),
        volume(in, a.windows()), ideas.stream().limit(settings.topIdeas()).toList(), emerging,
        rising, sentiment, ownerSections(ideas, flagged), quotes(in, a, owner),
        dataQuality(in), chartLines(a, ownedTheme),
        ideas.stream().map(DigestIdea::id).toList(),
        questionSections(in, ideas, emerging, rising, a.shifts(), ownedTheme));
  }

  /**
   * Each survey question's own sections, when ideas and themes are split by question and there
   * are several; questions in name order, the ideas and themes of no question last.
   */
  private List<QuestionSection> questionSections(DigestInput in, List<DigestIdea> ideas,
                                                 List<ThemeTrend> emerging,
                                                 List<ThemeTrend> rising,
                                                 List<SentimentShift> shifts,
                                                 Predicate<ThemeRef> ownedTheme) {
    Set<String> questions = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
    in.ideas().forEach(i -> questions.add(i.question()));
    in.themes().forEach(t -> questions.add(t.theme().question()));
    if (questions.size() < 2) {
      return List.of();
    }
    List<QuestionSection> out = new ArrayList<>();
    for (String q : questions) {
      Predicate<ThemeRef> inQuestion = t -> java.util.Objects.equals(q, t.question());
      out.add(new QuestionSection(q, q == null ? null : in.questionWordings().get(q),
          ideas.stream().filter(i -> java.util.Objects.equals(q, i.question()))
              .limit(settings.topIdeas()).toList(),
          emerging.stream().filter(t -> inQuestion.test(t.theme())).toList(),
          rising.stream().filter(t -> inQuestion.test(t.theme())).toList(),
          shifts.stream().filter(x -> inQuestion.test(x.theme()) && ownedTheme.test(x.theme()))
              .limit(settings.sentimentThemes()).toList()));
    }
    return out;
  }

  private DigestIdea toDigestIdea(Idea i, DigestInput in, Analysis a) {
    ThemeSeries theme = i.themeId() == null ? null : a.themes().get(i.themeId());
    boolean isNew = in.previousIdeaIds() != null && !in.previousIdeaIds().contains(i.id());
    List<String> examples = i.examples().stream()
        .map(e -> Texts.cut(e, settings.quoteMaxChars())).toList();
    return new DigestIdea(i.rank(), i.id(), i.title(), i.themeId(),
        theme == null ? null : theme.theme().label(), ownerOf(i), i.implied(), isNew, i.reach(),
        i.sentimentMean(), i.trend(), i.score(), examples, i.question());
  }

  private List<OwnerSection> ownerSections(List<DigestIdea> ideas, List<ThemeTrend> flagged) {
    Map<String, List<DigestIdea>> byOwner = ideas.stream()
        .collect(Collectors.groupingBy(DigestIdea::owner, TreeMap::new, Collectors.toList()));
    Map<String, List<ThemeTrend>> themesByOwner = flagged.stream()
        .collect(Collectors.groupingBy(t -> t.theme().owner(), TreeMap::new,
            Collectors.toList()));
    Set<String> owners = new TreeSet<>(OWNER_ORDER);
    owners.addAll(byOwner.keySet());
    owners.addAll(themesByOwner.keySet());
    List<OwnerSection> out = new ArrayList<>();
    for (String o : owners) {
      List<DigestIdea> own = byOwner.getOrDefault(o, List.of());
      out.add(new OwnerSection(o, own.stream().limit(settings.ideasPerOwner()).toList(),
          own.size(), (int) own.stream().filter(DigestIdea::newSincePrevious).count(),
          themesByOwner.getOrDefault(o, List.of())));
    }
    return out;
  }

  private Quotes quotes(DigestInput in, Analysis a, String owner) {
    // An owner sees a quote when it names one of the owner's themes; the digest for everyone
    // sees all of them, quotes without a theme too.
    Predicate<Quote> shown = q -> owner == null || q.themeIds().stream()
        .map(a.themes()::get).anyMatch(t -> t != null && owner.equals(t.theme().owner()));
    Comparator<Quote> mostNegative = Comparator.comparingDouble(q -> sentimentOr(q, 0));
    return new Quotes(pick(in.negativeQuotes(), shown, mostNegative),
        pick(in.positiveQuotes(), shown, mostNegative.reversed()));
  }

  private List<Quote> pick(List<Quote> quotes, Predicate<Quote> shown, Comparator<Quote> order) {
    Set<String> seen = new TreeSet<>();
    return quotes.stream().filter(shown).sorted(order)
        .map(q -> q.withText(Texts.cut(q.text(), settings.quoteMaxChars())))
        .filter(q -> seen.add(q.text().toLowerCase()))
        .limit(settings.quotes()).toList();
  }

  private static double sentimentOr(Quote q, double fallback) {
    return q.sentiment() == null ? fallback : q.sentiment();
  }

  private static Volume volume(DigestInput in, DigestWindows w) {
    DailySeries totals = in.totals();
    long recent = totals.comments(w.recent());
    double recentMean = (double) recent / w.recent().days();
    int covered = totals.coveredDays(w.baseline());
    Double baselineMean = covered == 0 ? null : (double) totals.comments(w.baseline()) / covered;
    Double change = baselineMean == null || baselineMean == 0 ? null
        : recentMean / baselineMean - 1;
    return new Volume(totals.comments(in.date()), recent, recentMean, baselineMean, change,
        in.counts());
  }

  private static DataQuality dataQuality(DigestInput in) {
    List<DataQuality.ReasonCount> reasons = RejectReasons.grouped(in.rejectsByReason());
    long rejected = in.counts() != null ? in.counts().rejected()
        : reasons.stream().mapToLong(DataQuality.ReasonCount::count).sum();
    Double share = in.counts() == null || in.counts().read() == 0 ? null
        : (double) in.counts().rejected() / in.counts().read();
    return new DataQuality(rejected, share, reasons);
  }

  /** Flagged themes first (most significant first), then the busiest recent ones. */
  private List<ThemeLine> chartLines(Analysis a, Predicate<ThemeRef> ownedTheme) {
    List<ThemeSeries> order = new ArrayList<>();
    a.trends().stream().filter(ThemeTrend::flagged)
        .forEach(t -> order.add(a.themes().get(t.theme().id())));
    a.themes().values().stream()
        .sorted(Comparator.comparingLong((ThemeSeries t) -> -t.daily().comments(
                a.windows().recent()))
            .thenComparingLong(t -> -t.daily().comments(a.windows().baseline()))
            .thenComparing(t -> t.theme().id()))
        .forEach(order::add);
    DateRange span = a.windows().span();
    return order.stream().distinct()
        .filter(t -> ownedTheme.test(t.theme()))
        .filter(t -> t.daily().comments(span) > 0)
        .limit(settings.chartThemes())
        .map(t -> new ThemeLine(t.theme(), span.from(),
            Arrays.stream(t.daily().daily(span)).boxed().toList()))
        .toList();
  }

  private TrendMethod method(Analysis a) {
    TrendSettings t = settings.trends();
    return new TrendMethod("one-sided Fisher exact test, Benjamini-Hochberg across themes",
        a.windows().recent(), a.windows().baseline(), t.fdr(), t.minRecent(),
        t.emergingMaxBaseline(), t.minRateRatio(), a.trends().size());
  }

  private static String ownerOf(Idea i) {
    return i.owner() == null || i.owner().isBlank() ? Theme.UNASSIGNED : i.owner();
  }
}
