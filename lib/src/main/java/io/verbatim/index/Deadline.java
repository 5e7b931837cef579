package io.verbatim.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * The time limit of one request, enforced by the collectors themselves.
 *
 * <p>Why not {@code IndexSearcher.setTimeout}: it scores a segment in windows, and the
 * drill-sideways scorer behind filtered searches must score a segment in one go (Lucene refuses
 * the combination). Collectors that stop collecting once the time is up work with every scorer:
 * Lucene ends the segment on {@link CollectionTerminatedException} and returns what was
 * collected so far. The check runs every {@value #EVERY} documents, so it costs nothing
 * measurable.
 */
final class Deadline {

  private static final int EVERY = 256;

  private final long endNanos;
  private volatile boolean expired;

  Deadline(long millis) {
    this.endNanos = System.nanoTime() + millis * 1_000_000L;
  }

  boolean expired() {
    return expired;
  }

  private void check() {
    if (expired || System.nanoTime() - endNanos > 0) {
      expired = true;
      throw new CollectionTerminatedException();
    }
  }

  /** Facet collectors that stop at the deadline. */
  FacetsCollectorManager facets() {
    return new FacetsCollectorManager() {
      @Override
      public FacetsCollector newCollector() {
        return new FacetsCollector() {
          private int n;

          @Override
          public void collect(int doc) throws IOException {
            if (++n % EVERY == 0) {
              check();
            }
            super.collect(doc);
          }
        };
      }
    };
  }

  /** {@code inner}'s collectors, stopping at the deadline. */
  <C extends Collector, T> CollectorManager<Limited<C>, T> limit(CollectorManager<C, T> inner) {
    return new CollectorManager<>() {
      @Override
      public Limited<C> newCollector() throws IOException {
        return new Limited<>(inner.newCollector());
      }

      @Override
      public T reduce(Collection<Limited<C>> collectors) throws IOException {
        List<C> inners = collectors.stream().map(l -> l.inner).toList();
        return inner.reduce(inners);
      }
    };
  }

  /** A collector checking the deadline before passing documents on. */
  final class Limited<C extends Collector> extends FilterCollector {
    private final C inner;

    Limited(C inner) {
      super(inner);
      this.inner = inner;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int n;

        @Override
        public void collect(int doc) throws IOException {
          if (++n % EVERY == 0) {
            check();
          }
          super.collect(doc);
        }
      };
    }
  }
}
