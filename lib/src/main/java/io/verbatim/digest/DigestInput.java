package io.verbatim.digest;

import io.verbatim.model.Idea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a digest is made from; all of it is small (aggregated per day and theme), so the
 * Spark job computes it and the digest itself never touches Spark.
 *
 * @param date the digest date: the last day of the recent window (normally yesterday, UTC)
 * @param totals all accepted dated comments per day; the themes' rates are measured against it.
 *     It should cover at least the baseline and recent windows (e.g. the last 90 days)
 * @param themes every theme's daily series over (at least) the same days
 * @param ideas the run's ranked ideas, best first
 * @param previousIdeaIds idea ids of the previous digest ({@link Digest#ideaIds()}); an idea not
 *     among them is marked new. Null when there is no previous digest: then nothing is marked new
 *     rather than everything
 * @param counts the run's record counts, null when unknown
 * @param rejectsByReason rejected records per reason as written in {@code rejects/} (reasons with
 *     record-specific details are grouped by {@link RejectReasons})
 * @param negativeQuotes candidate most negative sentences of the recent window
 * @param positiveQuotes candidate most positive sentences of the recent window
 * @param questionWordings survey questions as the export words them, by column name (the
 *     comments' {@code question} and {@code question_text}); empty outside surveys
 */
public record DigestInput(LocalDate date, DailySeries totals, List<ThemeSeries> themes,
                          List<Idea> ideas, Set<String> previousIdeaIds, RunCounts counts,
                          Map<String, Long> rejectsByReason, List<Quote> negativeQuotes,
                          List<Quote> positiveQuotes, Map<String, String> questionWordings) {

  public DigestInput {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(totals, "totals");
    themes = List.copyOf(themes);
    ideas = List.copyOf(ideas);
    previousIdeaIds = previousIdeaIds == null ? null : Set.copyOf(previousIdeaIds);
    rejectsByReason = rejectsByReason == null ? Map.of() : Map.copyOf(rejectsByReason);
    negativeQuotes = negativeQuotes == null ? List.of() : List.copyOf(negativeQuotes);
    positiveQuotes = positiveQuotes == null ? List.of() : List.copyOf(positiveQuotes);
    questionWordings = questionWordings == null ? Map.of() : Map.copyOf(questionWordings);
  }

  /** The input of a run that is not a survey, or whose questions carry no wording. */
  public DigestInput(LocalDate date, DailySeries totals, List<ThemeSeries> themes,
                     List<Idea> ideas, Set<String> previousIdeaIds, RunCounts counts,
                     Map<String, Long> rejectsByReason, List<Quote> negativeQuotes,
                     List<Quote> positiveQuotes) {
    this(date, totals, themes, ideas, previousIdeaIds, counts, rejectsByReason, negativeQuotes,
        positiveQuotes, Map.of());
  }
}
