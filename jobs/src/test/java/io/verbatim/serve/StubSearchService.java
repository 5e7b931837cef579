package io.verbatim.serve;

import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchResult;
import io.verbatim.index.SearchService;
import io.verbatim.index.Views;
import java.util.List;

/** A search service with nothing in it, for tests that override one method. */
class StubSearchService implements SearchService {

  @Override
  public SearchResult search(SearchRequest request) {
    return new SearchResult(0, request.page(), request.pageSize(), List.of(), List.of(), 0);
  }

  @Override
  public List<Views.ThemeView> themes(Views.ThemeOrder order) {
    return List.of();
  }

  @Override
  public List<Views.IdeaView> ideas(String owner) {
    return List.of();
  }

  @Override
  public Views.ThemePage theme(String themeId) {
    throw new io.verbatim.index.QueryException("There is no theme " + themeId + ".");
  }

  @Override
  public List<String> facetNames() {
    return List.of("theme", "owner", "sentiment", "suggestion");
  }

  @Override
  public void close() {
  }
}
