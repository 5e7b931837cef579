package io.verbatim.labelled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the held-out split of the women's clothing e-commerce reviews (RFC 4180 CSV, quoted
 * newlines, first column an unnamed row index). Gold comment sentiment comes from the rating:
 * 1-2 negative, 3 neutral, 4-5 positive. Rows with an empty {@code Review Text} are skipped.
 *
 * <p><b>Comment:</b> what the customer wrote is the title and the text, so that is the text
 * scored: {@link ClothingCorpus.Review#comment()}, title, blank line, review text;
 * {@link #reviewText} takes the review text alone back out (the secondary, text-only figure).
 *
 * <p><b>Split:</b> a row is sealed (held out) when {@link Split} says so for set
 * {@value ClothingCorpus#SET} and its index value (the first column): 40% of the rows, the same
 * on every run and machine.
 */
public final class ClothingReviewsReader {

  public static final String NEGATIVE = "negative";
  public static final String NEUTRAL = "neutral";
  public static final String POSITIVE = "positive";
  public static final List<String> LABELS = List.of(NEGATIVE, NEUTRAL, POSITIVE);

  private ClothingReviewsReader() {
  }

  /** Whether the row with this index value is in the sealed (held-out) part. */
  public static boolean heldOut(String index) {
    return Split.sealed(ClothingCorpus.SET, index);
  }

  /** Gold label of a 1-5 rating. */
  public static String labelOf(int rating) {
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("rating out of 1..5: " + rating);
    }
    return rating <= 2 ? NEGATIVE : rating == 3 ? NEUTRAL : POSITIVE;
  }

  /** The review text alone of a text {@link #read} returned (the title dropped). */
  public static String reviewText(LabelledText review) {
    return ClothingCorpus.textOf(review.text());
  }

  /**
   * At most {@code limit} held-out reviews with text, in file order, each as its whole comment
   * (title + text). The file is parsed once, by the same reader training uses, so both always
   * agree on rows and labels.
   */
  public static List<LabelledText> read(Path file, int limit) throws IOException {
    return ClothingCorpus.read(file).stream()
        .filter(r -> r.heldOut() && !r.text().isEmpty())
        .limit(limit)
        .map(r -> new LabelledText(r.index(), r.comment(), r.label()))
        .toList();
  }
}
