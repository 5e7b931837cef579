package io.verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One opened build: its reader, facet state and catalog, shared by every request until a newer
 * build replaces it. Reference-counted so the switch never closes a reader a request is still
 * using: the service holds one reference, each request another; the last release closes.
 */
final class Generation {

  final Path build;
  final DirectoryReader reader;
  final Catalog catalog;
  final FacetReader facets;
  private final Directory dir;
  private final AtomicInteger refs = new AtomicInteger(1);
  /** Facet counts of "everything, unfiltered", the landing page: computed once per build. */
  private volatile List<SearchResult.Facet> allFacets;

  private Generation(Path build, Directory dir, DirectoryReader reader, Catalog catalog,
                     FacetReader facets) {
    this.build = build;
    this.dir = dir;
    this.reader = reader;
    this.catalog = catalog;
    this.facets = facets;
  }

  static Generation open(Path build, FacetsConfig config) throws IOException {
    Catalog catalog;
    try (Directory catalogDir = FSDirectory.open(build.resolve(Schema.CATALOG))) {
      catalog = Catalog.read(catalogDir);
    }
    Directory dir = FSDirectory.open(build.resolve(Schema.SENTENCES));
    DirectoryReader reader = null;
    try {
      reader = DirectoryReader.open(dir);
      SortedSetDocValuesReaderState state = hasFacets(reader)
          ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
      return new Generation(build, dir, reader, catalog, new FacetReader(config, state, catalog));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(reader, dir);
      throw e;
    }
  }

  /** A searcher for one request, cut off after {@code timeoutMillis} (negative = never). */
  IndexSearcher searcher(long timeoutMillis) {
    IndexSearcher searcher = new IndexSearcher(reader);
    if (timeoutMillis >= 0) {
      searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
    }
    return searcher;
  }

  List<SearchResult.Facet> allFacets() {
    return allFacets;
  }

  void allFacets(List<SearchResult.Facet> facets) {
    allFacets = facets;
  }

  /** @return false when the generation is already closed (replaced and released) */
  boolean tryAcquire() {
    while (true) {
      int n = refs.get();
      if (n <= 0) {
        return false;
      }
      if (refs.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void release() {
    if (refs.decrementAndGet() == 0) {
      IOUtils.closeWhileHandlingException(reader, dir);
    }
  }

  /** An empty index has no facet field, and the facet state refuses to open without one. */
  private static boolean hasFacets(DirectoryReader reader) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader)
        .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null && info.getDocValuesType() == DocValuesType.SORTED_SET;
  }
}
