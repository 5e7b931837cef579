package io.verbatim.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search as a manager types and clicks it.
 *
 * @param query words, "phrases", AND / OR / NOT, prefix*; blank = everything
 * @param filters facet name to the values to drill down on (theme ids for "theme"; values of
 *     "owner", "sentiment", "suggestion" (yes|no) and of any metadata column)
 * @param from first day, inclusive; null = open
 * @param to last day, inclusive; null = open
 * @param page 1-based
 * @param pageSize hits per page
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from,
                            LocalDate to, int page, int pageSize) {

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, 1, 20);
  }
}
