package io.verbatim.index;

import io.verbatim.config.VerbatimConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchService} over {@code DIR/index} (see {@link IndexLayout}).
 *
 * <p>Rebuilds are picked up without a restart: every request reads where {@code DIR/index}
 * points (one system call) and, when that changed, opens the new build and retires the old one
 * once its last request is done (see {@link Generation}). If the new build cannot be opened,
 * the old one keeps serving and the switch is retried on later requests.
 *
 * <p>Order: a blank query lists sentences newest first; otherwise by relevance (BM25), ties
 * newest first. Theme page quotes are the theme's most negative sentences (ties newest first):
 * the page exists to show what hurts. Searches run under {@code index.queryTimeoutMillis}; a
 * search cut off answers with what it found so far.
 */
public final class LuceneSearchService implements SearchService {

  static final int MAX_PAGE_SIZE = 100;
  /** Deep pages cost memory and time for nobody: refine the search instead. */
  static final int MAX_WINDOW = 10_000;
  static final int QUOTES = 5;
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);
  private static final long RETRY_FAILED_MILLIS = 10_000;

  private static final Sort MOST_NEGATIVE = new Sort(
      new SortField(Schema.SENTIMENT_SCORE, SortField.Type.DOUBLE), Schema.NEWEST_FIELD);

  private final IndexLayout layout;
  private final VerbatimConfig.Index cfg;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final Analyzer indexAnalyzer = Analyzers.index();
  private final UserQueryParser parser;
  private volatile Generation current;
  private volatile boolean closed;
  private Path failedBuild;
  private long failedAt;

  private LuceneSearchService(IndexLayout layout, VerbatimConfig.Index cfg, Generation first) {
    this.layout = layout;
    this.cfg = cfg;
    this.parser = new UserQueryParser(Analyzers.query(Analyzers.synonyms(cfg.synonyms())),
        cfg.maxQueryChars());
    this.current = first;
  }

  /**
   * Opens the index of the run in {@code outDir}.
   *
   * @throws UncheckedIOException when there is no index there yet or it cannot be read
   * @throws IllegalArgumentException when the synonyms file is missing or broken
   */
  public static SearchService open(Path outDir, VerbatimConfig.Index cfg) {
    Objects.requireNonNull(cfg, "cfg");
    IndexLayout layout = new IndexLayout(outDir);
    Generation first;
    try {
      Path build = layout.current();
      if (build == null) {
        throw new IOException("There is no search index in " + layout.outDir()
            + " yet; build one first.");
      }
      first = Generation.open(build, Schema.facetsConfig());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    try {
      return new LuceneSearchService(layout, cfg, first);
    } catch (RuntimeException e) {
      first.release();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    Objects.requireNonNull(request, "request");
    checkPage(request.page(), request.pageSize());
    Query text = parse(request.query());
    Query dates = dateRange(request.from(), request.to());
    Generation g = acquire();
    try {
      FacetedSearch.Outcome r = FacetedSearch.run(g, text, dates, request.filters(),
          request.page() * request.pageSize(), cfg.queryTimeoutMillis());
      ScoreDoc[] all = r.top().scoreDocs;
      int from = Math.min((request.page() - 1) * request.pageSize(), all.length);
      List<SearchResult.Hit> hits = Hits.read(r.searcher(), indexAnalyzer, g.catalog, text,
          Arrays.copyOfRange(all, from, all.length));
      return new SearchResult(r.total(), request.page(), request.pageSize(), hits, r.facets(),
          (System.nanoTime() - started) / 1_000_000, r.partial());
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the search index failed: " + e.getMessage(), e);
    } finally {
      g.release();
    }
  }

  @Override
  public List<Views.ThemeView> themes(Views.ThemeOrder order) {
    Generation g = acquire();
    try {
      return g.catalog.themes(order);
    } finally {
      g.release();
    }
  }

  @Override
  public List<Views.IdeaView> ideas(String owner) {
    Generation g = acquire();
    try {
      return g.catalog.ideas(owner);
    } finally {
      g.release();
    }
  }

  @Override
  public Views.ThemePage theme(String themeId) {
    Generation g = acquire();
    try {
      Catalog c = g.catalog;
      if (themeId == null || !c.hasTheme(themeId)) {
        throw new QueryException("There is no theme " + QueryException.echo(themeId) + ".");
      }
      Views.ThemeView theme = c.view(themeId);
      String parentId = theme.summary().theme().parentId();
      Views.ThemeView parent = parentId == null ? null : c.view(parentId);
      IndexSearcher searcher = g.searcher(cfg.queryTimeoutMillis());
      DrillDownQuery inTheme = g.facets.drillDown(new MatchAllDocsQuery(),
          Map.of(Schema.THEME, List.of(themeId)));
      TopFieldDocs worst = searcher.search(inTheme, QUOTES, MOST_NEGATIVE);
      return new Views.ThemePage(theme, parent, c.children(themeId),
          c.ideasOf(c.subtree(themeId)), c.overTime(themeId),
          Hits.read(searcher, indexAnalyzer, c, null, worst.scoreDocs));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the search index failed: " + e.getMessage(), e);
    } finally {
      g.release();
    }
  }

  @Override
  public List<String> facetNames() {
    Generation g = acquire();
    try {
      return g.catalog.facetNames();
    } finally {
      g.release();
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      current.release();
    }
  }

  // ---------------------------------------------------------------- generations

  /** The build to answer from, switching first if {@code DIR/index} now points elsewhere. */
  private Generation acquire() {
    while (true) {
      if (closed) {
        throw new IllegalStateException("The search service is closed.");
      }
      Generation g = current;
      Path target = currentTarget();
      if (target != null && !target.equals(g.build)) {
        g = switchTo(target);
      }
      if (g.tryAcquire()) {
        return g;
      }
      // Replaced and closed between reading and acquiring: take the newer one.
    }
  }

  private Path currentTarget() {
    try {
      return layout.current();
    } catch (IOException e) {
      // The link is being replaced or the folder is unreachable: keep serving what is open.
      return null;
    }
  }

  private synchronized Generation switchTo(Path target) {
    Generation old = current;
    if (closed || target.equals(old.build)) {
      return old;
    }
    if (target.equals(failedBuild) && System.currentTimeMillis() - failedAt < RETRY_FAILED_MILLIS) {
      return old;
    }
    try {
      Generation fresh = Generation.open(target, facetsConfig);
      current = fresh;
      old.release();
      failedBuild = null;
      LOG.info("Search index switched to {}", target);
      return fresh;
    } catch (IOException | RuntimeException e) {
      failedBuild = target;
      failedAt = System.currentTimeMillis();
      LOG.warn("Cannot open the new search index {}; still serving {}: {}", target, old.build,
          e.toString());
      return old;
    }
  }

  // ---------------------------------------------------------------- requests

  private Query parse(String query) {
    try {
      return parser.parse(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    }
  }

  private static QueryException tooLarge() {
    return new QueryException("The query expands to too many words; use fewer words, synonyms"
        + " or words ending in *.");
  }

  private static void checkPage(int page, int pageSize) {
    if (page < 1) {
      throw new QueryException("Pages start at 1; page " + page + " does not exist.");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new QueryException("A page holds 1 to " + MAX_PAGE_SIZE + " hits, not " + pageSize
          + ".");
    }
    if ((long) page * pageSize > MAX_WINDOW) {
      throw new QueryException("Only the first " + MAX_WINDOW + " hits can be paged through;"
          + " narrow the search.");
    }
  }

  /** Whole days in UTC, both ends inclusive; null when open on both sides. */
  private static Query dateRange(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return null;
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new QueryException("The date range starts (" + from + ") after it ends (" + to
          + ").");
    }
    long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toInstant()
        .toEpochMilli();
    long hi = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(ZoneOffset.UTC)
        .toInstant().toEpochMilli() - 1;
    return LongPoint.newRangeQuery(Schema.CREATED, lo, hi);
  }
}
