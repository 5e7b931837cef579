package io.verbatim.index;

/**
 * A query the user can fix: unbalanced quotes, a lone wildcard, text too long, an unknown facet,
 * an unknown theme. The message is one sentence, safe to show as is.
 */
public class QueryException extends RuntimeException {

  public QueryException(String message) {
    super(message);
  }
}
