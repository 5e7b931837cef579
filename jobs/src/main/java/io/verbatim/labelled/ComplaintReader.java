package io.verbatim.labelled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CFPB complaint export (RFC 4180 CSV with a header, narratives spanning lines): each
 * complaint's narrative with one labelled column ({@code Issue}, {@code Product}) as its label.
 * Rows without a narrative or label are skipped; the file's {@code None} counts as empty.
 */
public final class ComplaintReader {

  private static final String NARRATIVE = "Consumer complaint narrative";

  private ComplaintReader() {
  }

  /**
   * The complaints of one part of the set, in file order.
   *
   * @param set the set's name for {@link Split}
   * @param idColumn the column holding a complaint's id ("" for an unnamed row index)
   * @param labelColumn the column whose value is the label
   * @param part which part to read
   */
  public static List<LabelledText> read(Path file, String set, String idColumn,
                                        String labelColumn, Split part) throws IOException {
    return rows(file, idColumn, labelColumn).stream()
        .filter(c -> !c.id().isEmpty() && !c.label().isEmpty() && Split.of(set, c.id()) == part)
        .toList();
  }

  /**
   * Every complaint with a narrative, in file order, labelled with {@code labelColumn}'s value
   * ("" when the row has none, or when {@code labelColumn} is null).
   */
  static List<LabelledText> rows(Path file, String idColumn, String labelColumn)
      throws IOException {
    List<LabelledText> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      boolean first = true;
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        if (first && (!row.containsKey(idColumn) || !row.containsKey(NARRATIVE))) {
          throw new IOException(file + ": no '" + idColumn + "' or '" + NARRATIVE + "' column");
        }
        first = false;
        String text = value(row.get(NARRATIVE));
        if (!text.isEmpty()) {
          out.add(new LabelledText(value(row.get(idColumn)), text,
              labelColumn == null ? "" : value(row.get(labelColumn))));
        }
      }
    }
    return out;
  }

  private static String value(String s) {
    return s == null || s.strip().equals("None") ? "" : s.strip();
  }
}
