package io.verbatim.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of sentence hits with facet counts over all hits.
 *
 * @param partial true when the search hit {@code index.queryTimeoutMillis} and answers with what
 *     it found until then (total and counts are then lower bounds)
 */
public record SearchResult(long total, int page, int pageSize, List<Hit> hits, List<Facet> facets,
                           long tookMillis, boolean partial) {

  /** A complete result (not cut off by the time limit). */
  public SearchResult(long total, int page, int pageSize, List<Hit> hits, List<Facet> facets,
                      long tookMillis) {
    this(total, page, pageSize, hits, facets, tookMillis, false);
  }

  /**
   * A matching sentence.
   *
   * @param highlighted the sentence HTML-escaped, with matches wrapped in {@code <mark>}; safe to
   *     insert as HTML
   */
  public record Hit(String commentId, int sentenceIndex, String text, String highlighted,
                    Instant createdAt, String sentimentLabel, double sentimentScore,
                    List<ThemeRef> themes, boolean suggestion, String action,
                    Map<String, String> metadata) {
  }

  /** A theme as named beside a hit. */
  public record ThemeRef(String id, String label) {
  }

  /** Counts per value of one facet; "theme" values nest sub-themes under their parent. */
  public record Facet(String name, List<FacetValue> values) {
  }

  /** One facet value: {@code value} is what goes into a filter, {@code label} what is shown. */
  public record FacetValue(String value, String label, long count, List<FacetValue> children) {
  }
}
