package io.verbatim.index;

import java.io.Closeable;
import java.util.List;

/**
 * Answers searches over {@code DIR/index}. Thread-safe; picks up a rebuilt index (atomically
 * switched in) without a restart. Every method bounds its time; a query the user can fix throws
 * {@link QueryException}.
 */
public interface SearchService extends Closeable {

  SearchResult search(SearchRequest request);

  /** All themes, ordered as asked (largest first). */
  List<Views.ThemeView> themes(Views.ThemeOrder order);

  /** Ranked ideas, rank 1 first; {@code owner} null = all owners. */
  List<Views.IdeaView> ideas(String owner);

  /** @throws QueryException for an unknown theme id */
  Views.ThemePage theme(String themeId);

  /** Facet names that filters accept (theme, owner, sentiment, suggestion, metadata columns). */
  List<String> facetNames();
}
