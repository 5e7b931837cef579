package io.verbatim.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates realistic customer feedback for Northwind Air, a fictional airline, for demos, tests
 * and benchmarks. See the package documentation for what the comments contain.
 *
 * <p>Output depends only on the seed, the window and the requested count. Each row is generated
 * from its own index, so rows can be produced in any order or in parallel, and writing a million
 * of them needs no more memory than writing ten. Comments are spread evenly over the window in id
 * order (an export sorted by time), more in the daytime than at night.
 *
 * <pre>{@code
 * SampleGenerator gen = new SampleGenerator(42, LocalDate.of(2026, 9, 7), 75);
 * gen.writeCsv(Path.of("comments.csv"), 100_000);
 * }</pre>
 */
public final class SampleGenerator {

  public static final long DEFAULT_SEED = 42;
  /** Default window: the 75 days ending on this day, the same as the shipped sample. */
  public static final LocalDate DEFAULT_END = LocalDate.of(2026, 11, 20);
  public static final int DEFAULT_DAYS = 75;
  public static final String DEFAULT_ID_PREFIX = "NW-";

  /** File formats the generator writes. */
  public enum Format {
    CSV, JSONL;

    /** "csv" or "jsonl" (also "json", "ndjson"), any case. */
    public static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "jsonl", "json", "ndjson" -> JSONL;
        default -> throw new IllegalArgumentException(
            "unknown format '" + name + "': expected csv or jsonl");
      };
    }

    /** By file extension: .jsonl/.json/.ndjson is JSONL, anything else CSV. */
    public static Format forFile(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")
          ? JSONL : CSV;
    }
  }

  private final long seed;
  private final LocalDate start;
  private final int days;
  private final String idPrefix;
  private final Timeline timeline;
  private final CommentComposer composer;

  /**
   * @param seed same seed, same comments
   * @param start first day of the window (UTC)
   * @param days length of the window in days, at least 1
   */
  public SampleGenerator(long seed, LocalDate start, int days) {
    this(seed, start, days, DEFAULT_ID_PREFIX);
  }

  private SampleGenerator(long seed, LocalDate start, int days, String idPrefix) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    this.seed = seed;
    this.start = Objects.requireNonNull(start, "start");
    this.days = days;
    this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
    this.timeline = new Timeline(start, days);
    this.composer = new CommentComposer(new TopicPicker(Topics.ALL, days));
  }

  /** A generator for the {@code days} days ending on {@code end}, inclusive. */
  public static SampleGenerator endingOn(long seed, LocalDate end, int days) {
    return new SampleGenerator(seed, end.minusDays(days - 1L), days);
  }

  /** The default window ({@link #DEFAULT_DAYS} days ending {@link #DEFAULT_END}). */
  public static SampleGenerator withDefaults(long seed) {
    return endingOn(seed, DEFAULT_END, DEFAULT_DAYS);
  }

  /**
   * The same generator with ids starting {@code prefix} instead of {@value #DEFAULT_ID_PREFIX};
   * use a different prefix for each file that will be read together, so ids stay unique.
   */
  public SampleGenerator withIdPrefix(String prefix) {
    return new SampleGenerator(seed, start, days, prefix);
  }

  public LocalDate start() {
    return start;
  }

  /** Last day of the window, inclusive. */
  public LocalDate end() {
    return start.plusDays(days - 1L);
  }

  /** Comment {@code index} (0-based) of a file of {@code count} comments. */
  public SampleComment comment(long index, long count) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("index " + index + " of " + count);
    }
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    double position = Timeline.position(index, count, r);
    int day = timeline.day(position);
    String region = Slots.REGIONS.get(Pick.weighted(Slots.REGION_WEIGHTS, r));
    CommentComposer.Plan plan = composer.plan(day, r);
    String product = plan.topic().product(r);
    String channel = Channels.pick(product, r);
    CommentComposer.Draft draft = composer.write(plan, channel, Slots.forRegion(region), r);
    int score = Scores.score(draft.negatives(), draft.positives(), r);
    return new SampleComment(id(index, count), timeline.at(position), channel, product, region,
        score, draft.text());
  }

  /** {@code count} comments in id (and time) order; lazy, so any count is fine. */
  public Stream<SampleComment> comments(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    return LongStream.range(0, count).mapToObj(i -> comment(i, count));
  }

  /** Writes {@code count} comments as CSV with a header row, creating parent folders. */
  public void writeCsv(Path file, long count) throws IOException {
    SampleWriter.csv(file, comments(count));
  }

  /** Writes {@code count} comments as JSON Lines, one object per line. */
  public void writeJsonl(Path file, long count) throws IOException {
    SampleWriter.jsonl(file, comments(count));
  }

  public void write(Path file, long count, Format format) throws IOException {
    switch (format) {
      case CSV -> writeCsv(file, count);
      case JSONL -> writeJsonl(file, count);
    }
  }

  private String id(long index, long count) {
    int width = Math.max(6, Long.toString(count).length());
    String number = Long.toString(index + 1);
    return idPrefix + "0".repeat(Math.max(0, width - number.length())) + number;
  }

  /** Independent, well-spread seeds for neighbouring indexes (the SplitMix64 finaliser). */
  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
