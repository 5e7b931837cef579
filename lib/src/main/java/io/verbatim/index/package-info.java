/**
 * Search over a run's outputs with Apache Lucene: the index of sentences (with their comment's
 * metadata), themes and ideas, built in a new folder and switched in atomically, and the search
 * service behind the web page, the JSON API and {@code verbatim search}.
 *
 * <p>Needs: the records a run produced (sentences with comment metadata, theme summaries,
 * ideas). Adds: {@code DIR/index}, and answers to queries with facets and highlights.
 */
package io.verbatim.index;
