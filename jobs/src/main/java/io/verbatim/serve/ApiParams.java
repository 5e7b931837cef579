package io.verbatim.serve;

import io.verbatim.index.SearchRequest;
import io.verbatim.index.Views;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns query-string parameters into search requests, refusing anything malformed with a
 * one-sentence {@link ApiError} (HTTP 400).
 */
final class ApiParams {

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  /** Deep pages cost as much as all the pages before them; nobody reads hit 10,001. */
  static final int MAX_HITS_PAGED = 10_000;
  static final String FILTER_PREFIX = "f.";

  private final Map<String, List<String>> params;

  ApiParams(Map<String, List<String>> params) {
    this.params = params;
  }

  /**
   * Parses a raw query string ({@code a=1&b=x+y&b=%C3%A9}). Unlike a lenient parser that drops
   * what it cannot decode, a broken escape is refused: silently searching for everything instead
   * of what was asked is worse than an error.
   */
  static ApiParams parse(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return new ApiParams(params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("The address holds a broken %-escape; encode the parameters as"
          + " URL query parameters.");
    }
  }

  /** The first value of a parameter, stripped; null when absent or blank. */
  String get(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String v = values.get(0).strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * A search request from {@code q, page, size, from, to, f.NAME}.
   *
   * @param facetNames the facets filters may name
   * @param maxQueryChars longer queries are refused
   */
  SearchRequest searchRequest(Collection<String> facetNames, int maxQueryChars) {
    List<String> qs = params.getOrDefault("q", List.of());
    if (qs.size() > 1) {
      throw ApiError.badRequest("Give the query once (one q parameter).");
    }
    String q = qs.isEmpty() ? "" : qs.get(0).strip();
    if (q.length() > maxQueryChars) {
      throw ApiError.badRequest(String.format(Locale.ROOT,
          "The query is too long (%,d characters; at most %,d).", q.length(), maxQueryChars));
    }
    int page = intParam("page", 1, 1, Integer.MAX_VALUE);
    int size = intParam("size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    if ((long) page * size > MAX_HITS_PAGED) {
      throw ApiError.badRequest(String.format(Locale.ROOT, "Only the first %,d hits can be paged"
          + " through; narrow the search instead.", MAX_HITS_PAGED));
    }
    LocalDate from = dateParam("from");
    LocalDate to = dateParam("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badRequest("The from date " + from + " is after the to date " + to + ".");
    }
    return new SearchRequest(q, filters(facetNames), from, to, page, size);
  }

  /** {@code f.NAME=VALUE} parameters, each name checked against the facets there are. */
  Map<String, List<String>> filters(Collection<String> facetNames) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (!e.getKey().startsWith(FILTER_PREFIX)) {
        continue;
      }
      String name = e.getKey().substring(FILTER_PREFIX.length());
      if (!facetNames.contains(name)) {
        throw ApiError.badRequest("There is no facet '" + clip(name) + "'; the facets are: "
            + String.join(", ", facetNames) + ".");
      }
      List<String> values = new ArrayList<>();
      for (String v : e.getValue()) {
        if (!v.isBlank()) {
          values.add(v.strip());
        }
      }
      if (!values.isEmpty()) {
        filters.put(name, List.copyOf(values));
      }
    }
    return filters;
  }

  Views.ThemeOrder themeOrder() {
    String order = get("order");
    if (order == null) {
      return Views.ThemeOrder.VOLUME;
    }
    switch (order.toLowerCase(Locale.ROOT)) {
      case "volume":
        return Views.ThemeOrder.VOLUME;
      case "negative":
      case "negative_share":
        return Views.ThemeOrder.NEGATIVE_SHARE;
      case "impact":
      case "score_impact":
        return Views.ThemeOrder.SCORE_IMPACT;
      default:
        throw ApiError.badRequest("The order must be volume, negative or impact, not '"
            + clip(order) + "'.");
    }
  }

  private int intParam(String name, int dflt, int min, int max) {
    String v = get(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiError.badRequest(max == Integer.MAX_VALUE
        ? "The " + name + " must be a whole number of at least " + min + ", not '" + clip(v) + "'."
        : "The " + name + " must be a whole number from " + min + " to " + max + ", not '"
            + clip(v) + "'.");
  }

  private LocalDate dateParam(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("The " + name + " date must be a day as YYYY-MM-DD, not '"
          + clip(v) + "'.");
    }
  }

  /** Echoed user input is cut short: an error message is not a place for 100 KB. */
  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
