package io.verbatim.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Field and facet names of the index, shared by the builder and the service so the two can never
 * disagree about where a value lives.
 *
 * <p>A build folder holds two Lucene indexes: {@value #SENTENCES} (one document per sentence, the
 * only thing searched) and {@value #CATALOG} (one document per theme and idea plus one of run
 * facts, read whole into memory when the service opens the build). Keeping them apart means
 * "all sentences" is simply every document, with no type filter on the hot path.
 */
final class Schema {

  static final String SENTENCES = "sentences";
  static final String CATALOG = "catalog";

  // Sentence documents.
  static final String TEXT = "text";
  static final String COMMENT_ID = "comment_id";
  static final String SENTENCE_INDEX = "sentence_index";
  /** Epoch milliseconds: point (range filter), doc value (sort, date facet) and stored. */
  static final String CREATED = "created";
  static final String SENTIMENT_LABEL = "sentiment_label";
  /** Stored and a doc value, to sort quotes most negative first. */
  static final String SENTIMENT_SCORE = "sentiment_score";
  static final String THEME_ID = "theme_id";
  static final String SUGGESTION = "is_suggestion";
  static final String ACTION = "action";
  static final String SCORE = "score";
  /** Stored metadata columns are {@code meta.<column>}. */
  static final String META_PREFIX = "meta.";

  // Catalog documents.
  static final String KIND = "kind";
  static final String KIND_THEME = "theme";
  static final String KIND_IDEA = "idea";
  static final String KIND_META = "meta";
  static final String ID = "id";
  static final String JSON = "json";
  static final String WEEKLY_COMMENTS = "weekly_comments";
  static final String WEEKLY_SENTIMENT = "weekly_sentiment";

  // Facets (dimension names, also the names filters use).
  static final String THEME = "theme";
  static final String OWNER = "owner";
  static final String SENTIMENT = "sentiment";
  static final String SUGGESTION_FACET = "suggestion";
  static final String DATE = "date";
  static final List<String> BUILT_IN_FACETS = List.of(THEME, OWNER, SENTIMENT, SUGGESTION_FACET,
      DATE);

  /**
   * Longer metadata values are stored but not faceted: a facet of free text helps nobody and one
   * huge value would fail the whole build (doc-value terms are capped at 32 KB).
   */
  static final int MAX_FACET_VALUE_CHARS = 200;

  private static final Set<String> RESERVED = Set.copyOf(BUILT_IN_FACETS);

  /** Newest first, sentences without a date last: the index order and the blank-query order. */
  static final SortField NEWEST_FIELD = newestField();
  static final Sort NEWEST_FIRST = new Sort(NEWEST_FIELD);

  private Schema() {
  }

  /**
   * Facet name of a metadata column. A column that clashes with a built-in facet ("sentiment")
   * gets the {@code input_} prefix, the same rule the comments table uses.
   */
  static String metadataFacet(String column) {
    return RESERVED.contains(column) ? "input_" + column : column;
  }

  private static SortField newestField() {
    SortField f = new SortField(CREATED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  /**
   * A value as faceted: trimmed, control characters (Lucene's facet path delimiters among them)
   * turned into spaces, so no input can break a build; null when nothing is left. Filters go
   * through the same function, so they still meet.
   */
  static String facetValue(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    String clean = sb.toString().strip();
    return clean.isEmpty() ? null : clean;
  }

  /** Theme is a hierarchy (parent > theme) and, like owner, takes several values per sentence. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(THEME, true);
    config.setMultiValued(THEME, true);
    config.setMultiValued(OWNER, true);
    return config;
  }
}
