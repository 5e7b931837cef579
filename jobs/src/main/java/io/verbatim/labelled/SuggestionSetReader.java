package io.verbatim.labelled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled suggestion CSV of {@code id,sentence,label} rows, label 1 = suggestion and 0 =
 * not: the SemEval-2019 Task 9 files or a user's own. With or without a header row (the training
 * set has none); UTF-8, or ISO-8859-1 when the bytes are not valid UTF-8 (the trial files).
 * Sentences wrapped in extra pairs of literal quotes are unwrapped.
 */
public final class SuggestionSetReader {

  public static final String SUGGESTION = "suggestion";
  public static final String OTHER = "other";

  private SuggestionSetReader() {
  }

  /** Every row. */
  public static List<LabelledText> read(Path file) throws IOException {
    return read(file, Integer.MAX_VALUE);
  }

  /**
   * At most {@code limit} rows, in file order.
   *
   * @throws IllegalArgumentException on a row without three fields or with a label other than
   *     0 or 1, naming the row
   */
  public static List<LabelledText> read(Path file, int limit) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<LabelledText> out = new ArrayList<>();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema()).readValues(new StringReader(text(file)))) {
      long line = 0;
      while (rows.hasNext() && out.size() < limit) {
        String[] row = rows.next();
        line++;
        if (line == 1 && row.length >= 3 && "label".equalsIgnoreCase(row[2].strip())) {
          continue;
        }
        if (row.length == 1 && row[0].isBlank()) {
          continue;
        }
        String label = row.length >= 3 ? row[2].strip() : "";
        if (!label.equals("0") && !label.equals("1")) {
          throw new IllegalArgumentException(file + ": row " + line
              + " is not id,sentence,label with label 0 or 1");
        }
        out.add(new LabelledText(row[0].strip(), unwrap(row[1]),
            label.equals("1") ? SUGGESTION : OTHER));
      }
    }
    return out;
  }

  private static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  public static String unwrap(String sentence) {
    String s = sentence.strip();
    while (s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
