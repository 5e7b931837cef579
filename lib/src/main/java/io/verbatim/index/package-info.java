/**
 * Search over a run's outputs with Apache Lucene: the index of sentences (with their comment's
 * metadata), themes and ideas, built in a new folder and switched in atomically, and the search
 * service behind the web page, the JSON API and {@code verbatim search}.
 *
 * <p>Needs: the records a run produced (sentences with comment metadata, theme summaries,
 * ideas). Adds: {@code DIR/index}, and answers to queries with facets and highlights.
 *
 * <p>Public API: {@link io.verbatim.index.IndexBuilder} writes a build,
 * {@link io.verbatim.index.LuceneSearchService#open} serves it as a
 * {@link io.verbatim.index.SearchService}. Inside: {@link io.verbatim.index.IndexLayout} (folders
 * and the atomic switch), {@link io.verbatim.index.Analyzers} (English analysis and synonyms),
 * {@link io.verbatim.index.UserQueryParser} (the query syntax),
 * {@link io.verbatim.index.FacetedSearch} and {@link io.verbatim.index.FacetReader} (filters,
 * facet counts, date ranges), {@link io.verbatim.index.Highlighting} (escaped marks),
 * {@link io.verbatim.index.Catalog} (themes, ideas, weekly series) and
 * {@link io.verbatim.index.Generation} (one opened build, shared by requests until replaced).
 */
package io.verbatim.index;
