package io.verbatim.labelled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a SemEval-2019 Task 9 trial file: ISO-8859-1 CSV with the header {@code id,sentence,label},
 * label 1 = suggestion. Sentences wrapped in an extra pair of literal quotes are unwrapped.
 */
public final class SuggestionSetReader {

  public static final String SUGGESTION = "suggestion";
  public static final String OTHER = "other";

  private SuggestionSetReader() {
  }

  /** At most {@code limit} rows, in file order. */
  public static List<LabelledText> read(Path file, int limit) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1);
         MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (rows.hasNext() && out.size() < limit) {
        Map<String, String> row = rows.next();
        String sentence = row.get("sentence");
        String label = row.get("label");
        if (sentence == null || label == null) {
          continue;
        }
        out.add(new LabelledText(row.get("id"), unwrap(sentence),
            "1".equals(label.strip()) ? SUGGESTION : OTHER));
      }
    }
    return out;
  }

  public static String unwrap(String sentence) {
    String s = sentence.strip();
    while (s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
