package io.verbatim.ingest;

import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.util.Comparator;
import java.util.Locale;

/**
 * The rules for repeated comments.
 *
 * <ul>
 *   <li>Same id: the first occurrence wins (by input file name, then position in the file); every
 *       later one is rejected as a duplicate, naming where the kept one is. Exports that overlap
 *       (yesterday's file re-sent with today's) then count each comment once.
 *   <li>Same text under different ids: kept. Short comments repeat honestly ("Great service!"),
 *       so they are only counted (manifest {@code duplicate_texts}), not dropped.
 * </ul>
 */
public final class Duplicates {

  private static final Comparator<Comment> INPUT_ORDER =
      Comparator.comparing(Comment::source).thenComparingLong(Comment::position);

  private Duplicates() {
  }

  /** The one of two comments with the same id that is kept. */
  public static Comment earlier(Comment a, Comment b) {
    return INPUT_ORDER.compare(a, b) <= 0 ? a : b;
  }

  /** Whether {@code c} is the kept comment {@code kept} itself. */
  public static boolean isKept(Comment c, Comment kept) {
    return c.source().equals(kept.source()) && c.position() == kept.position();
  }

  public static Reject reject(Comment dropped, Comment kept) {
    return new Reject(dropped.text(), dropped.source(), dropped.position(),
        "duplicate id '" + dropped.id() + "': kept the first, " + kept.source() + " record "
            + kept.position());
  }

  /** What counts as the same text: case and spacing aside. */
  public static String textKey(Comment c) {
    return c.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
