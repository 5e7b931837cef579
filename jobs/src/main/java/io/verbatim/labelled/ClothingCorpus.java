package io.verbatim.labelled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every row of the women's clothing e-commerce reviews (CC0) with its split, using the
 * evaluation's own split rule and gold labels ({@link ClothingReviewsReader#heldOut},
 * {@link ClothingReviewsReader#labelOf}). Rows with neither title nor text are skipped.
 */
public final class ClothingCorpus {

  /** The file inside the shared data folder. */
  public static final String FILE = "reviews/womens-clothing-ecommerce-reviews.csv";
  /** The set's name for {@link Split}. */
  public static final String SET = "clothing-reviews";

  /**
   * One review.
   *
   * @param index the row index (first column)
   * @param title the title, possibly empty
   * @param text the review text, possibly empty
   * @param label negative, neutral or positive (from the rating)
   * @param heldOut whether the row is in the sealed part ({@link Split})
   * @param rating the customer's 1-5 rating (what a run would read as the score column)
   */
  public record Review(String index, String title, String text, String label, boolean heldOut,
                       int rating) {

    /**
     * Everything the customer wrote, as one comment: the title on one line, a blank line (a
     * sentence break for the tokenizer), then the review text. The blank line is there even
     * without a title, so {@link #textOf} can always take the text back out.
     */
    public String comment() {
      return title.replaceAll("\\s+", " ").strip() + TITLE_BREAK + text;
    }
  }

  /** Separates the title from the text in {@link Review#comment()}. */
  public static final String TITLE_BREAK = "\n\n";

  private ClothingCorpus() {
  }

  /** The review text of a {@link Review#comment()}, without the title. */
  public static String textOf(String comment) {
    int at = comment.indexOf(TITLE_BREAK);
    return at < 0 ? comment : comment.substring(at + TITLE_BREAK.length());
  }

  public static List<Review> read(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<Review> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
      if (!rows.hasNext()) {
        return out;
      }
      List<String> header = Arrays.asList(rows.next());
      int title = column(header, "Title");
      int text = column(header, "Review Text");
      int rating = column(header, "Rating");
      int last = Math.max(title, Math.max(text, rating));
      while (rows.hasNext()) {
        String[] row = rows.next();
        if (row.length <= last) {
          continue;
        }
        String t = row[title] == null ? "" : row[title].strip();
        String r = row[text] == null ? "" : row[text].strip();
        if (t.isEmpty() && r.isEmpty()) {
          continue;
        }
        String index = row[0].strip();
        int stars = Integer.parseInt(row[rating].strip());
        out.add(new Review(index, t, r, ClothingReviewsReader.labelOf(stars),
            ClothingReviewsReader.heldOut(index), stars));
      }
    }
    return out;
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in " + header);
    }
    return i;
  }
}
