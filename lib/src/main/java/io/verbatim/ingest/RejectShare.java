package io.verbatim.ingest;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that stops a run reading its input wrongly: when at least {@code input.maxRejectShare}
 * of one file's records are rejected for the same {@link RejectKind}, the run fails before it
 * commits anything, saying the reason, an example value, the column and the flag that fixes it.
 * File-level rejects (an unreadable file) and duplicate ids are not counted: the first already
 * stops nothing by design, the second is what overlapping exports are.
 */
public final class RejectShare {

  /**
   * Rejects of one kind in one file, with the first one's reason and record as the example.
   *
   * @param count how many
   * @param reason the example's reason
   * @param raw the example's record as read (already redacted)
   * @param position the example's record number
   */
  public record Tally(long count, String reason, String raw, long position)
      implements Serializable {

    public static Tally of(String reason, String raw, long position) {
      return new Tally(1, reason, raw, position);
    }

    public Tally merge(Tally other) {
      Tally first = position <= other.position ? this : other;
      return new Tally(count + other.count, first.reason, first.raw, first.position);
    }
  }

  /** A file's tally of one kind of reject, as counted. */
  public record FileKind(String source, String kind) implements Serializable {
  }

  private RejectShare() {
  }

  /**
   * The sentence that stops the run, or empty when no file has too many rejects of one kind.
   *
   * @param read records read per file (including rejected ones)
   * @param tallies rejects per file and {@link RejectKind#key}
   * @param columns each file's column mapping, to name the column a kind concerns
   */
  public static Optional<String> verdict(Map<String, Long> read, Map<FileKind, Tally> tallies,
                                         Map<String, ColumnMapping> columns, double maxShare) {
    return tallies.entrySet().stream()
        .filter(e -> {
          long n = read.getOrDefault(e.getKey().source(), 0L);
          return n > 0 && e.getValue().count() >= maxShare * n;
        })
        .max(Comparator.comparingLong(e -> e.getValue().count()))
        .map(e -> sentence(e.getKey().source(), read.get(e.getKey().source()), e.getValue(),
            columns.get(e.getKey().source())));
  }

  static String sentence(String source, long read, Tally tally, ColumnMapping columns) {
    RejectKind kind = RejectKind.of(tally.reason());
    String value = RejectKind.example(tally.reason());
    if (value == null) {
      value = "record " + tally.position() + " " + Rejects.quote(tally.raw() == null ? ""
          : tally.raw().strip());
    }
    String column = column(kind.role(), columns);
    String where = column == null ? "" : " in column '" + column + "'";
    String count = tally.count() == read ? "All " + String.format(Locale.ROOT, "%,d", read)
        + " records" : String.format(Locale.ROOT, "%,d of %,d records (%d%%)", tally.count(),
        read, Math.round(100.0 * tally.count() / read));
    return count + " of " + source + " were rejected for the same reason, "
        + headline(tally.reason()) + ", e.g. " + value + where + "; " + kind.fix()
        + ", or pass --allow-rejects to keep the other records. Nothing was committed.";
  }

  private static String headline(String reason) {
    String shown = RejectKind.shown(reason);
    int quote = shown.indexOf('\'');
    return (quote < 0 ? shown : shown.substring(0, quote)).strip();
  }

  private static String column(String role, ColumnMapping columns) {
    if (role == null || columns == null) {
      return null;
    }
    switch (role) {
      case "text":
        return columns.text();
      case "time":
        return columns.time();
      case "score":
        return columns.score();
      default:
        return null;
    }
  }
}
