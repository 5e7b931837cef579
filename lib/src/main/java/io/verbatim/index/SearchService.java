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

  /**
   * The themes of one survey question, when themes were split by question
   * ({@code themes.splitByQuestion}); {@code question} null = all themes.
   */
  default List<Views.ThemeView> themes(Views.ThemeOrder order, String question) {
    return themes(order).stream().filter(t -> question == null
        || question.equals(t.summary().theme().question())).toList();
  }

  /** The ranked ideas of one owner and one survey question; null = all of them. */
  default List<Views.IdeaView> ideas(String owner, String question) {
    return ideas(owner).stream().filter(i -> question == null
        || question.equals(i.idea().question())).toList();
  }

  /** @throws QueryException for an unknown theme id */
  Views.ThemePage theme(String themeId);

  /** Facet names that filters accept (theme, owner, sentiment, suggestion, metadata columns). */
  List<String> facetNames();
}
