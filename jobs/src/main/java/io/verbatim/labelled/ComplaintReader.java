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
    List<LabelledText> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String id = value(row.get(idColumn));
        String text = value(row.get("Consumer complaint narrative"));
        String label = value(row.get(labelColumn));
        if (id.isEmpty() || text.isEmpty() || label.isEmpty() || Split.of(set, id) != part) {
          continue;
        }
        out.add(new LabelledText(id, text, label));
      }
    }
    return out;
  }

  private static String value(String s) {
    return s == null || s.strip().equals("None") ? "" : s.strip();
  }
}
