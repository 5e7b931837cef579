package io.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs one search: the top hits up to the requested page, the total and the facet counts (see
 * {@link FacetReader} for what the counts mean), by the cheapest of three plans:
 *
 * <ol>
 *   <li>Everything (blank query, no filter, no dates), the landing page: hits in index order
 *       (newest first, so reading stops after the page) and the counts of the whole build,
 *       computed once per build.</li>
 *   <li>Everything but one facet filtered (a first click on the landing page): a drill-down,
 *       and for the filtered facet the whole build's counts, since "all documents except this
 *       filter" is all documents. Drill-sideways would count the whole index again.</li>
 *   <li>Anything else: drill-sideways.</li>
 * </ol>
 */
final class FacetedSearch {

  static final Sort NEWEST = Schema.NEWEST_FIRST;
  static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, Schema.NEWEST_FIELD);

  /** What a search found; {@code partial} when the time limit cut it short. */
  record Outcome(IndexSearcher searcher, TopFieldDocs top, long total,
                 List<SearchResult.Facet> facets, boolean partial) {
  }

  private FacetedSearch() {
  }

  /**
   * @param text the parsed query, null for blank (newest first; otherwise by relevance)
   * @param dates the from/to filter, null when open
   * @param window hits needed: page x page size
   */
  static Outcome run(Generation g, Query text, Query dates, Map<String, List<String>> filters,
                     int window, long timeoutMillis) throws IOException {
    Query base = text == null ? new MatchAllDocsQuery() : text;
    if (dates != null) {
      base = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
          .add(dates, BooleanClause.Occur.FILTER).build();
    }
    Sort sort = text == null ? NEWEST : RELEVANCE;
    DrillDownQuery ddq = g.facets.drillDown(base, filters);
    List<String> filtered = filteredDims(filters);
    boolean allDocs = text == null && dates == null;

    if (allDocs && filtered.size() <= 1) {
      IndexSearcher searcher = g.searcher(timeoutMillis);
      List<SearchResult.Facet> all = allFacets(g, timeoutMillis);
      if (filtered.isEmpty()) {
        TopFieldDocs top = searcher.search(base, window, sort);
        return new Outcome(searcher, top, g.reader.numDocs(), all, searcher.timedOut());
      }
      Object[] r = searcher.search(ddq, new MultiCollectorManager(
          new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE),
          new FacetsCollectorManager()));
      TopFieldDocs top = (TopFieldDocs) r[0];
      List<SearchResult.Facet> facets = replace(
          g.facets.read(g.facets.count((FacetsCollector) r[1], null, null)), all,
          filtered.get(0));
      return new Outcome(searcher, top, top.totalHits.value, facets, searcher.timedOut());
    }

    // Drill-sideways cannot run under Lucene's timeout; its collectors watch the deadline.
    IndexSearcher searcher = g.searcher(filtered.isEmpty() ? timeoutMillis : -1);
    Deadline deadline = new Deadline(timeoutMillis);
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> r = new Sideways(searcher, g,
        deadline).search(ddq, deadline.limit(
            new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE)));
    TopFieldDocs top = r.collectorResult;
    return new Outcome(searcher, top, top.totalHits.value, g.facets.read(r.facets),
        searcher.timedOut() || deadline.expired());
  }

  /** The whole build's counts: computed on first use, then kept with the build. */
  private static List<SearchResult.Facet> allFacets(Generation g, long timeoutMillis)
      throws IOException {
    List<SearchResult.Facet> all = g.allFacets();
    if (all == null) {
      IndexSearcher searcher = g.searcher(timeoutMillis);
      FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      all = g.facets.read(g.facets.count(fc, null, null));
      if (!searcher.timedOut()) {
        g.allFacets(all);
      }
    }
    return all;
  }

  private static List<SearchResult.Facet> replace(List<SearchResult.Facet> facets,
                                                  List<SearchResult.Facet> from, String dim) {
    List<SearchResult.Facet> out = new ArrayList<>(facets.size());
    for (SearchResult.Facet f : facets) {
      out.add(f.name().equals(dim) ? from.stream().filter(a -> a.name().equals(dim)).findFirst()
          .orElse(f) : f);
    }
    return out;
  }

  private static List<String> filteredDims(Map<String, List<String>> filters) {
    return filters.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue().stream()
            .anyMatch(v -> Schema.facetValue(v) != null))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Drill-sideways with this index's facets (sentence facets plus the date ranges). */
  private static final class Sideways extends DrillSideways {
    private final FacetReader reader;
    private final Deadline deadline;

    Sideways(IndexSearcher searcher, Generation g, Deadline deadline) {
      super(searcher, Schema.facetsConfig(), null, null);
      this.reader = g.facets;
      this.deadline = deadline;
    }

    @Override
    protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
      return deadline.facets();
    }

    @Override
    protected FacetsCollectorManager createDrillSidewaysFacetsCollectorManager() {
      return deadline.facets();
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] sideways,
                                       String[] sidewaysDims) throws IOException {
      return reader.count(drillDowns, sideways, sidewaysDims);
    }
  }
}
