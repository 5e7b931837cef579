package io.verbatim.labelled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the CFPB consumer complaint narratives (public domain): every one is a complaint, so its
 * gold label is negative. Both files are read; an item's id is the payday file's
 * {@code Complaint ID} or the products file's row index, its {@link Split} set name the file's
 * ({@link #PAYDAY_SET}, {@link #PRODUCTS_SET}). Narratives that repeat one read earlier are
 * skipped, so a repeat cannot sit on both sides of the split.
 */
public final class CfpbNarratives {

  public static final String PAYDAY = "complaints/cfpb/payday-personal-loans-2023.csv";
  public static final String PRODUCTS = "complaints/cfpb/products-pre2017.csv";
  public static final String PAYDAY_SET = "cfpb-payday";
  public static final String PRODUCTS_SET = "cfpb-products";

  private CfpbNarratives() {
  }

  /** One narrative, its set and the part of the split it falls in. */
  public record Narrative(String set, LabelledText item) {

    public Split part() {
      return Split.of(set, item.id());
    }
  }

  /** Every distinct narrative of both files, payday first, in file order. */
  public static List<Narrative> read(Path data) throws IOException {
    List<Narrative> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    read(data.resolve(PAYDAY), PAYDAY_SET, "Complaint ID", seen, out);
    read(data.resolve(PRODUCTS), PRODUCTS_SET, "", seen, out);
    return out;
  }

  private static void read(Path file, String set, String idColumn, Set<String> seen,
                           List<Narrative> out) throws IOException {
    for (LabelledText row : ComplaintReader.rows(file, idColumn, null)) {
      if (seen.add(row.text())) {
        out.add(new Narrative(set, new LabelledText(row.id(), row.text(),
            ClothingReviewsReader.NEGATIVE)));
      }
    }
  }
}
