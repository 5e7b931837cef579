package io.verbatim.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reject's reason says, without the particulars: "unparseable date '1/2/15'" and
 * "unparseable date 'soon'" are the same kind. Known kinds name the column they concern and the
 * flag that fixes them, for the message that stops a run ({@link RejectShare}).
 *
 * @param key the reason without quoted values, line numbers or digits
 * @param role which mapped column the kind concerns: text, time, score, or null
 * @param fix what the user can do about it, as a clause
 */
public record RejectKind(String key, String role, String fix) {

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern LINE = Pattern.compile(" \\(line \\d+\\)$");

  private record Known(String prefix, String role, String fix) {
  }

  private static final List<Known> KNOWN = List.of(
      new Known("unparseable date", "time", "give the dates' form with --time-format PATTERN"
          + " (a java.time pattern, e.g. 'dd.MM.yyyy HH:mm') or name the date column with"
          + " --time-column"),
      new Known("ambiguous date", "time",
          "say which comes first with --date-order dmy or --date-order mdy"),
      new Known("unparseable score", "score", "name the score column with --score-column"),
      new Known("score ", "score",
          "set input.scoreMin and input.scoreMax in a --config file"),
      new Known("empty text", "text", "name the text column with --text-column"),
      new Known("text is ", "text", "raise input.maxTextChars in a --config file"),
      new Known("expected ", null, "check the file's delimiter and quoting (--format)"),
      new Known("not valid JSON", null, "check that the file holds one JSON object a line"));

  /** The kind of a reason. */
  public static RejectKind of(String reason) {
    String key = key(reason);
    for (Known k : KNOWN) {
      if (key.startsWith(k.prefix())) {
        return new RejectKind(key, k.role(), k.fix());
      }
    }
    return new RejectKind(key, null, "fix the input");
  }

  static String key(String reason) {
    String r = LINE.matcher(reason).replaceAll("");
    for (char stop : new char[] {'\'', ':'}) {
      int at = r.indexOf(stop);
      r = at < 0 ? r : r.substring(0, at);
    }
    return r.replaceAll("\\d+(\\.\\d+)?", "#").strip();
  }

  /** The reason without its line number, for a message. */
  static String shown(String reason) {
    return LINE.matcher(reason).replaceAll("");
  }

  /** The first quoted value of a reason ({@code 'yesterday'}), or null. */
  static String example(String reason) {
    Matcher m = QUOTED.matcher(reason);
    return m.find() ? m.group() : null;
  }
}
