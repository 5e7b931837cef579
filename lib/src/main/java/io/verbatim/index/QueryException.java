package io.verbatim.index;

/**
 * A query the user can fix: unbalanced quotes, a lone wildcard, text too long, an unknown facet,
 * an unknown theme. The message is one sentence, safe to show as is.
 */
public class QueryException extends RuntimeException {

  public QueryException(String message) {
    super(message);
  }

  /**
   * User input quoted inside a message, cut to a readable length. Messages may contain what the
   * user typed, so a page must still escape them like any other text.
   */
  static String echo(String input) {
    String s = String.valueOf(input).strip();
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }
}
