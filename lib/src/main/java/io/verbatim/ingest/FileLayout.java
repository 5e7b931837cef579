package io.verbatim.ingest;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file's columns, and the extra header rows survey tools write under them, which are not
 * responses:
 * <ul>
 *   <li>Qualtrics-style CSV: a second row with each question's wording and a third row of import
 *       ids ({@code {"ImportId":"QID1_TEXT"}}); recognised by that third row, and the second
 *       is read as the questions' wording.</li>
 *   <li>SurveyMonkey-style CSV: a second row naming the kind of answer under each question
 *       ({@code Response}, {@code Open-Ended Response}); the column names are the wording.</li>
 * </ul>
 *
 * @param columns the column names, in file order
 * @param extraHeaderRows how many rows after the column names are headers (0, 1 or 2)
 * @param wording column name to the question's wording, where the file gives one
 */
public record FileLayout(List<String> columns, int extraHeaderRows, Map<String, String> wording)
    implements Serializable {

  /** How many records {@link #of} needs to see. */
  static final int SAMPLE = 2;

  private static final Pattern IMPORT_ID = Pattern.compile("\\{\\s*\"ImportId\"\\s*:.*}");
  private static final Set<String> ANSWER_KINDS =
      Set.of("response", "open-ended response", "other (please specify)");

  public FileLayout {
    columns = List.copyOf(columns);
    wording = Collections.unmodifiableMap(new LinkedHashMap<>(wording));
  }

  /** A plain file: columns, then records. */
  public static FileLayout plain(List<String> columns) {
    return new FileLayout(columns, 0, Map.of());
  }

  /** The layout the first records of a file (up to {@link #SAMPLE}) show. */
  static FileLayout of(List<String> columns, List<Map<String, String>> first) {
    if (first.size() >= 2 && allMatch(first.get(1), v -> IMPORT_ID.matcher(v).matches())) {
      Map<String, String> wording = new LinkedHashMap<>();
      first.get(0).forEach((column, value) -> {
        if (!value.isBlank() && !value.strip().equals(column)) {
          wording.put(column, value.strip());
        }
      });
      return new FileLayout(columns, 2, wording);
    }
    if (!first.isEmpty() && allMatch(first.get(0),
        v -> ANSWER_KINDS.contains(v.strip().toLowerCase(java.util.Locale.ROOT)))) {
      return new FileLayout(columns, 1, Map.of());
    }
    return plain(columns);
  }

  /** Every non-blank value passes, and there is at least one. */
  private static boolean allMatch(Map<String, String> row,
                                  java.util.function.Predicate<String> test) {
    List<String> values = row.values().stream().filter(v -> !v.isBlank()).toList();
    return !values.isEmpty() && values.stream().allMatch(test);
  }
}
