package io.verbatim.serve;

import io.verbatim.config.ConfigException;
import io.verbatim.index.QueryException;
import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchResult;
import io.verbatim.index.SearchService;
import io.verbatim.index.Views;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code verbatim search}: the same search as the web page, printed as text. Checks its input
 * exactly as the API does; every user error is a {@link ConfigException} with one sentence.
 */
public final class CommandLineSearch {

  private CommandLineSearch() {
  }

  /**
   * Builds the request.
   *
   * @param filters {@code NAME=VALUE} each; a theme may be given by id or by its label
   * @throws ConfigException for anything the user can fix
   */
  public static SearchRequest request(SearchService service, int maxQueryChars, String query,
      List<String> filters, LocalDate from, LocalDate to, int page, int size) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of(query == null ? "" : query));
    params.put("page", List.of(Integer.toString(page)));
    params.put("size", List.of(Integer.toString(size)));
    if (from != null) {
      params.put("from", List.of(from.toString()));
    }
    if (to != null) {
      params.put("to", List.of(to.toString()));
    }
    List<Views.ThemeView> themes = null;
    for (String f : filters == null ? List.<String>of() : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new ConfigException("A filter is NAME=VALUE (e.g. --filter channel=email), not '"
            + ApiParams.clip(f) + "'.");
      }
      String name = f.substring(0, eq).strip();
      String value = f.substring(eq + 1).strip();
      if (name.equals("theme")) {
        if (themes == null) {
          themes = service.themes(Views.ThemeOrder.VOLUME);
        }
        value = themeId(themes, value);
      }
      params.computeIfAbsent(ApiParams.FILTER_PREFIX + name, k -> new ArrayList<>()).add(value);
    }
    try {
      return new ApiParams(params).searchRequest(service.facetNames(), maxQueryChars);
    } catch (ApiError e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Runs the search; a query the user can fix becomes a {@link ConfigException}. */
  public static SearchResult search(SearchService service, SearchRequest request) {
    try {
      return service.search(request);
    } catch (QueryException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** Hits (date, channel, sentiment, text), then the top values of each facet. */
  public static void print(SearchResult r, int topValues, PrintStream out) {
    long pages = r.pageSize() <= 0 ? 1
        : Math.max(1, (r.total() + r.pageSize() - 1) / r.pageSize());
    out.printf(Locale.ROOT, "%s%,d %s (page %d of %,d, %d ms%s)%n",
        r.partial() ? "at least " : "", r.total(), r.total() == 1 ? "sentence" : "sentences",
        r.page(), pages, r.tookMillis(),
        r.partial() ? "; cut short by index.queryTimeoutMillis" : "");
    if (!r.hits().isEmpty()) {
      out.println();
    }
    int channelWidth = 7;
    for (SearchResult.Hit h : r.hits()) {
      String channel = h.metadata() == null ? null : h.metadata().get("channel");
      channelWidth = Math.max(channelWidth, Math.min(16, oneLine(channel).length()));
    }
    for (SearchResult.Hit h : r.hits()) {
      String date = h.createdAt() == null ? "-"
          : h.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      String channel = h.metadata() == null ? null : h.metadata().get("channel");
      out.printf(Locale.ROOT, "  %-10s  %-" + channelWidth + "s  %-8s %5s  %s%n", date,
          clip(channel == null ? "-" : oneLine(channel), channelWidth), h.sentimentLabel(),
          String.format(Locale.ROOT, "%+.2f", h.sentimentScore()), oneLine(h.text()));
    }
    List<SearchResult.Facet> facets = r.facets().stream()
        .filter(f -> f.values().stream().anyMatch(v -> v.count() > 0)).toList();
    if (facets.isEmpty() || topValues <= 0) {
      return;
    }
    out.println();
    out.println("Top facets");
    int width = facets.stream().mapToInt(f -> f.name().length()).max().orElse(8);
    for (SearchResult.Facet f : facets) {
      StringBuilder line = new StringBuilder();
      List<SearchResult.FacetValue> values = f.values().stream().filter(v -> v.count() > 0)
          .toList();
      for (SearchResult.FacetValue v : values.subList(0, Math.min(topValues, values.size()))) {
        if (line.length() > 0) {
          line.append(" · ");
        }
        line.append(oneLine(v.label() == null ? v.value() : v.label())).append(' ')
            .append(String.format(Locale.ROOT, "%,d", v.count()));
      }
      if (values.size() > topValues) {
        line.append(" · …");
      }
      out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", f.name(), line);
    }
  }

  private static String themeId(List<Views.ThemeView> themes, String value) {
    for (Views.ThemeView t : themes) {
      if (t.summary().theme().id().equals(value)) {
        return value;
      }
    }
    for (Views.ThemeView t : themes) {
      if (t.summary().theme().label().equalsIgnoreCase(value)) {
        return t.summary().theme().id();
      }
    }
    return value; // the search service says what is wrong with it
  }

  /** One line, and no control characters: comment text must not drive the terminal. */
  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cc}\\s]+", " ").strip();
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
