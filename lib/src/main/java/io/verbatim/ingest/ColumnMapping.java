package io.verbatim.ingest;

import io.verbatim.config.VerbatimConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which input column holds what, by the names the input spells them. Only the text column is
 * required; every column not mapped here is metadata. Resolved once per run, on the driver, from a
 * file's header, so a misnamed column fails the run before any work starts.
 *
 * @param text the comment text column
 * @param id the id column, or null to derive ids
 * @param time the time column, or null
 * @param score the score column, or null
 * @param questions with several text columns ({@code input.textColumns}), all of them: each
 *     non-empty answer becomes a comment of its own; else empty
 * @param headerRows extra header rows under the column names to skip ({@link FileLayout})
 * @param wording question column to its wording, where the file gives one
 */
public record ColumnMapping(String text, String id, String time, String score,
                            List<String> questions, int headerRows, Map<String, String> wording)
    implements Serializable {

  public ColumnMapping {
    Objects.requireNonNull(text, "text");
    questions = List.copyOf(questions);
    wording = Map.copyOf(wording);
  }

  /** One text column, no extra header rows. */
  public ColumnMapping(String text, String id, String time, String score) {
    this(text, id, time, score, List.of(), 0, Map.of());
  }

  /**
   * {@link #resolve(List, VerbatimConfig.Input)} against a file's layout; with two or more
   * {@code input.textColumns}, each must be in the header and they are the questions.
   */
  public static ColumnMapping resolve(FileLayout layout, VerbatimConfig.Input cfg) {
    List<String> named = cfg.textColumns() == null ? List.of() : cfg.textColumns().stream()
        .filter(ColumnMapping::isSet).map(String::trim).toList();
    ColumnMapping m = resolve(layout.columns(), named.size() < 2 ? List.of() : named, cfg);
    return new ColumnMapping(m.text, m.id, m.time, m.score, m.questions,
        layout.extraHeaderRows(), layout.wording());
  }

  /**
   * Resolves the columns against a header. A column named in the configuration
   * ({@code input.textColumn} etc.) must be in the header; otherwise the first of the candidates
   * ({@code input.textCandidates} etc.) that is in the header is taken, in candidate order,
   * skipping a column already taken by another role. Names match ignoring case; the result uses the
   * header's spelling.
   *
   * @throws IngestException when a named column is missing, two roles are named the same column,
   *     or no text column is found
   */
  public static ColumnMapping resolve(List<String> header, VerbatimConfig.Input cfg) {
    return resolve(header, List.of(), cfg);
  }

  private static ColumnMapping resolve(List<String> header, List<String> questionNames,
                                       VerbatimConfig.Input cfg) {
    List<String> taken = new ArrayList<>();
    // Named columns first, so a candidate never takes a column the user named for another role.
    List<String> questions = new ArrayList<>();
    for (String name : questionNames) {
      questions.add(named("textColumns", name, header, taken));
    }
    String text = questions.isEmpty()
        ? named("textColumn", cfg.textColumn(), header, taken) : questions.get(0);
    String id = named("idColumn", cfg.idColumn(), header, taken);
    String time = named("timeColumn", cfg.timeColumn(), header, taken);
    String score = named("scoreColumn", cfg.scoreColumn(), header, taken);
    text = text != null ? text : candidate(cfg.textCandidates(), header, taken);
    id = id != null ? id : candidate(cfg.idCandidates(), header, taken);
    time = time != null ? time : candidate(cfg.timeCandidates(), header, taken);
    score = score != null ? score : candidate(cfg.scoreCandidates(), header, taken);
    if (text == null) {
      throw new IngestException(header.isEmpty()
          ? "No text column found: the input has no columns (is it empty?)."
          : "No text column found among the input's columns (" + String.join(", ", header)
              + "); name it with input.textColumn or add it to input.textCandidates.");
    }
    return new ColumnMapping(text, id, time, score, questions, 0, Map.of());
  }

  /** Whether a field is one of the mapped columns (ignoring case), and so not metadata. */
  public boolean isMapped(String field) {
    return Stream.concat(Stream.of(text, id, time, score), questions.stream())
        .anyMatch(field::equalsIgnoreCase);
  }

  /**
   * A record's value for a column: by exact name, else ignoring case (JSON lines may spell a key
   * differently from the lines the header was read from). Null when absent or column is null.
   */
  static String valueOf(Map<String, String> fields, String column) {
    if (column == null) {
      return null;
    }
    String exact = fields.get(column);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (field.getKey().equalsIgnoreCase(column)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String named(String option, String name, List<String> header,
                              List<String> taken) {
    if (!isSet(name)) {
      return null;
    }
    String column = find(header, name.trim());
    if (column == null) {
      throw new IngestException("Column '" + name.trim() + "' (input." + option
          + ") is not in the input; its columns are: " + String.join(", ", header) + ".");
    }
    if (taken.contains(column)) {
      throw new IngestException("Column '" + column + "' is named for two roles; input." + option
          + " must name a column of its own.");
    }
    taken.add(column);
    return column;
  }

  private static String candidate(List<String> candidates, List<String> header,
                                  List<String> taken) {
    for (String candidate : candidates == null ? List.<String>of() : candidates) {
      String column = find(header, candidate);
      if (column != null && !taken.contains(column)) {
        taken.add(column);
        return column;
      }
    }
    return null;
  }

  private static String find(List<String> header, String name) {
    return header.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
  }

  private static boolean isSet(String name) {
    return name != null && !name.isBlank();
  }
}
