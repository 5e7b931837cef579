package io.verbatim.digest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Daily figures of one theme (or of all comments) over a run of days: distinct comments, and the
 * sentences with their summed sentiment. Sums rather than daily means are kept so that the mean
 * over several days weights every sentence equally, whatever the day's volume. Days outside the
 * series count as zero: a day without comments is a day with no mentions.
 */
public final class DailySeries {

  private final LocalDate start;
  private final long[] comments;
  private final long[] sentences;
  private final double[] sentimentSum;

  private DailySeries(LocalDate start, long[] comments, long[] sentences, double[] sentimentSum) {
    this.start = start;
    this.comments = comments;
    this.sentences = sentences;
    this.sentimentSum = sentimentSum;
  }

  /** Comment counts only (no sentiment), oldest day first, starting on {@code start}. */
  public static DailySeries ofCounts(LocalDate start, long... comments) {
    return new DailySeries(start, comments.clone(), new long[comments.length],
        new double[comments.length]);
  }

  /** An empty series covering {@code range}, filled with {@link Builder#add}. */
  public static Builder builder(DateRange range) {
    return new Builder(range);
  }

  public DateRange range() {
    return new DateRange(start, start.plusDays(Math.max(comments.length - 1, 0)));
  }

  public int size() {
    return comments.length;
  }

  /** Comments on one day, 0 outside the series. */
  public long comments(LocalDate day) {
    int i = index(day);
    return i < 0 ? 0 : comments[i];
  }

  /** Comments summed over the days of {@code range} that the series covers. */
  public long comments(DateRange range) {
    long sum = 0;
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      sum += comments(d);
    }
    return sum;
  }

  /** One count per day of {@code range}, oldest first (for charts). */
  public long[] daily(DateRange range) {
    long[] out = new long[range.days()];
    for (int i = 0; i < out.length; i++) {
      out[i] = comments(range.from().plusDays(i));
    }
    return out;
  }

  /** Sentences and their mean sentiment over {@code range}. */
  public SentimentWindow sentiment(DateRange range) {
    long n = 0;
    double sum = 0;
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      int i = index(d);
      if (i >= 0) {
        n += sentences[i];
        sum += sentimentSum[i];
      }
    }
    return new SentimentWindow(n, n == 0 ? null : sum / n);
  }

  /** Days of {@code range} that lie inside this series (to average over days that had data). */
  public int coveredDays(DateRange range) {
    int n = 0;
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      n += index(d) >= 0 ? 1 : 0;
    }
    return n;
  }

  private int index(LocalDate day) {
    long i = day.toEpochDay() - start.toEpochDay();
    return i < 0 || i >= comments.length ? -1 : (int) i;
  }

  @Override
  public String toString() {
    return "DailySeries[" + range() + ", comments=" + Arrays.toString(comments) + "]";
  }

  /** Sentences in a window and their mean sentiment (null without sentences). */
  public record SentimentWindow(long sentences, Double mean) {
  }

  /** Fills a series day by day, e.g. from the rows of a grouped query. */
  public static final class Builder {

    private final DateRange range;
    private final long[] comments;
    private final long[] sentences;
    private final double[] sentimentSum;

    private Builder(DateRange range) {
      this.range = Objects.requireNonNull(range, "range");
      int n = range.days();
      comments = new long[n];
      sentences = new long[n];
      sentimentSum = new double[n];
    }

    /**
     * Adds one day's figures; days outside the range are ignored (older data than the window
     * plays no part in the digest).
     *
     * @param sentimentMean mean sentiment of the {@code sentenceCount} sentences (ignored when
     *     there are none)
     */
    public Builder add(LocalDate day, long commentCount, long sentenceCount,
                       double sentimentMean) {
      if (commentCount < 0 || sentenceCount < 0) {
        throw new IllegalArgumentException("negative count on " + day);
      }
      if (range.contains(day)) {
        int i = (int) (day.toEpochDay() - range.from().toEpochDay());
        comments[i] += commentCount;
        sentences[i] += sentenceCount;
        sentimentSum[i] += sentenceCount == 0 ? 0 : sentimentMean * sentenceCount;
      }
      return this;
    }

    public DailySeries build() {
      return new DailySeries(range.from(), comments.clone(), sentences.clone(),
          sentimentSum.clone());
    }
  }
}
