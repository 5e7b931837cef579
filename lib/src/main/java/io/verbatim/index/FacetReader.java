package io.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Filters in, facet counts out.
 *
 * <p>Filters are drill-downs: values of one facet are OR'ed, facets are AND'ed. Counts are
 * drill-sideways: a facet someone filters on is counted as if its own filter were not set (but
 * all the others were), so the values one could add to the OR keep their counts instead of
 * dropping to zero. Every other facet is counted over all hits.
 *
 * <p>Dates: the {@code date} facet has four ranges relative to the newest sentence in the index
 * (not to today, so an old run still shows its own last week): {@code 7d}, {@code 30d},
 * {@code 90d} (the last N days up to and including the newest sentence; they nest) and
 * {@code older} (more than 90 days before it). Relative ranges answer "what is new" directly;
 * fixed calendar ranges are what {@link SearchRequest#from()}/{@code to()} are for.
 */
final class FacetReader {

  /** Values shown per facet (and per parent, for sub-themes). */
  static final int TOP_N = 100;
  private static final long DAY = 86_400_000L;
  private static final Map<String, String> DATE_LABELS = dateLabels();

  private final FacetsConfig config;
  private final SortedSetDocValuesReaderState state;
  private final Catalog catalog;
  private final Map<String, LongRange> dateRanges;
  /** Dimensions with at least one value; Lucene fails on the others instead of counting zero. */
  private final Set<String> indexed;

  /**
   * @param state null when the index has no sentences (nothing to count)
   */
  FacetReader(FacetsConfig config, SortedSetDocValuesReaderState state, Catalog catalog) {
    this.config = config;
    this.state = state;
    this.catalog = catalog;
    this.dateRanges = dateRanges(catalog.newest());
    Set<String> dims = new HashSet<>();
    if (state != null) {
      state.getDims().forEach(dims::add);
    }
    this.indexed = Set.copyOf(dims);
  }

  /**
   * The query with its filters as drill-downs.
   *
   * @throws QueryException for a facet name the index does not have, or an unknown date range
   */
  DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      String dim = f.getKey();
      if (!catalog.facetNames().contains(dim)) {
        throw new QueryException("Unknown filter " + QueryException.echo(dim)
            + "; the filters are " + String.join(", ", catalog.facetNames()) + ".");
      }
      List<String> values = f.getValue() == null ? List.of() : f.getValue().stream()
          .map(Schema::facetValue).filter(v -> v != null).distinct().toList();
      if (values.isEmpty()) {
        continue;
      }
      switch (dim) {
        case Schema.DATE -> ddq.add(dim, dateQuery(values));
        case Schema.THEME -> values.forEach(id -> ddq.add(dim,
            catalog.path(id).toArray(String[]::new)));
        default -> values.forEach(v -> ddq.add(dim, v));
      }
    }
    return ddq;
  }

  /** Counts from a drill-sideways search (see the class comment). */
  Facets count(FacetsCollector hits, FacetsCollector[] sideways, String[] sidewaysDims)
      throws IOException {
    Map<String, Facets> byDim = new HashMap<>();
    FacetsCollector dateHits = hits;
    // Without filters there is nothing sideways (Lucene passes null arrays).
    for (int i = 0; sidewaysDims != null && i < sidewaysDims.length; i++) {
      if (sidewaysDims[i].equals(Schema.DATE)) {
        dateHits = sideways[i];
      } else if (state != null) {
        byDim.put(sidewaysDims[i], new SortedSetDocValuesFacetCounts(state, sideways[i]));
      }
    }
    if (!dateRanges.isEmpty()) {
      // Range counts answer to their field's name, so they are filed under it.
      byDim.put(Schema.CREATED, new LongRangeFacetCounts(Schema.CREATED, dateHits,
          dateRanges.values().toArray(LongRange[]::new)));
    }
    Facets rest = state == null ? null : new SortedSetDocValuesFacetCounts(state, hits);
    return new MultiFacets(byDim, rest);
  }

  /** Every facet the index has, in {@link Catalog#facetNames()} order. */
  List<SearchResult.Facet> read(Facets facets) throws IOException {
    List<SearchResult.Facet> out = new ArrayList<>();
    for (String dim : catalog.facetNames()) {
      out.add(new SearchResult.Facet(dim, values(facets, dim)));
    }
    return out;
  }

  private List<SearchResult.FacetValue> values(Facets facets, String dim) throws IOException {
    if (dim.equals(Schema.DATE)) {
      if (dateRanges.isEmpty()) {
        return List.of();
      }
      // All four ranges in their natural order, zeros included: a time filter should not move.
      List<SearchResult.FacetValue> out = new ArrayList<>();
      FacetResult r = facets.getAllChildren(Schema.CREATED);
      for (LabelAndValue lv : r.labelValues) {
        out.add(new SearchResult.FacetValue(lv.label, DATE_LABELS.get(lv.label),
            lv.value.longValue(), List.of()));
      }
      return out;
    }
    return children(facets, dim, new String[0]);
  }

  private List<SearchResult.FacetValue> children(Facets facets, String dim, String[] path)
      throws IOException {
    if (!indexed.contains(dim)) {
      return List.of();
    }
    FacetResult r = facets.getTopChildren(TOP_N, dim, path);
    if (r == null) {
      return List.of();
    }
    boolean theme = dim.equals(Schema.THEME);
    List<SearchResult.FacetValue> out = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) {
      List<SearchResult.FacetValue> below = List.of();
      if (theme) {
        String[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
        childPath[path.length] = lv.label;
        below = children(facets, dim, childPath);
      }
      out.add(new SearchResult.FacetValue(lv.label, theme ? catalog.label(lv.label) : lv.label,
          lv.value.longValue(), below));
    }
    return out;
  }

  private Query dateQuery(List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      if (!DATE_LABELS.containsKey(v)) {
        throw new QueryException("Unknown date filter " + QueryException.echo(v) + "; use "
            + String.join(", ", DATE_LABELS.keySet()) + ".");
      }
      LongRange range = dateRanges.get(v);
      if (range != null) {
        any.add(LongPoint.newRangeQuery(Schema.CREATED, range.min, range.max),
            BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery q = any.build();
    return q.clauses().isEmpty() ? new MatchNoDocsQuery("the index has no dates") : q;
  }

  /** Ranges relative to the newest sentence; empty when no sentence has a date. */
  private static Map<String, LongRange> dateRanges(Long newest) {
    Map<String, LongRange> out = new LinkedHashMap<>();
    if (newest == null) {
      return out;
    }
    for (int days : new int[] {7, 30, 90}) {
      out.put(days + "d", new LongRange(days + "d", newest - days * DAY, false, newest, true));
    }
    out.put("older", new LongRange("older", Long.MIN_VALUE, true, newest - 90 * DAY, true));
    return out;
  }

  private static Map<String, String> dateLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("7d", "Last 7 days");
    labels.put("30d", "Last 30 days");
    labels.put("90d", "Last 90 days");
    labels.put("older", "Older");
    return labels;
  }
}
