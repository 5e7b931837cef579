package io.verbatim.labelled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015; CC BY 4.0): one
 * sentence per line, a tab, 0 (negative) or 1 (positive). Each line is split on its last tab
 * (some sentences hold quotes a CSV reader would eat); an item's id is its line number, and its
 * {@link Split} set name is {@code uci-<domain>}.
 */
public final class UciSentences {

  /** The folder inside the shared data folder. */
  public static final String FOLDER = "sentiment/uci-sentiment-labelled-sentences/";
  /** The three domains, as their files are named. */
  public static final List<String> DOMAINS = List.of("amazon_cells", "imdb", "yelp");
  public static final String LICENCE = "CC BY 4.0 (UCI Machine Learning Repository)";

  private UciSentences() {
  }

  /** The file of a domain, relative to the data folder. */
  public static String file(String domain) {
    return FOLDER + domain + "_labelled.txt";
  }

  /** The {@link Split} set name of a domain. */
  public static String set(String domain) {
    return "uci-" + domain;
  }

  /** Every labelled sentence of a domain, in file order; a malformed line is an error. */
  public static List<LabelledText> read(Path data, String domain) throws IOException {
    Path file = data.resolve(file(domain));
    // ISO-8859-1 never fails: a few cp1252 dashes are C1 control characters upstream.
    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    List<LabelledText> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String label = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (!label.equals("0") && !label.equals("1")) {
        throw new IOException(file + " line " + (i + 1) + ": no 0/1 label after a tab");
      }
      out.add(new LabelledText(Integer.toString(i + 1), line.substring(0, tab).strip(),
          label.equals("1") ? ClothingReviewsReader.POSITIVE : ClothingReviewsReader.NEGATIVE));
    }
    return out;
  }

  /** The items of {@code items} in the given part of the domain's split. */
  public static List<LabelledText> part(List<LabelledText> items, String domain, Split part) {
    return items.stream().filter(t -> Split.of(set(domain), t.id()) == part).toList();
  }
}
