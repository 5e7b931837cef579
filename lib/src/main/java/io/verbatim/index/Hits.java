package io.verbatim.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Reads a page of sentence documents back as {@link SearchResult.Hit}s, highlighted. */
final class Hits {

  private Hits() {
  }

  /**
   * @param text the query to mark in each sentence; null marks nothing (text is still escaped)
   */
  static List<SearchResult.Hit> read(IndexSearcher searcher, Analyzer indexAnalyzer,
                                     Catalog catalog, Query text, ScoreDoc[] docs)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] found = new Document[docs.length];
    String[] texts = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      found[i] = stored.document(docs[i].doc);
      texts[i] = found[i].get(Schema.TEXT);
    }
    String[] marked = Highlighting.highlight(searcher, indexAnalyzer, text, docs, texts);
    List<SearchResult.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(hit(found[i], marked[i], catalog));
    }
    return hits;
  }

  private static SearchResult.Hit hit(Document d, String highlighted, Catalog catalog) {
    IndexableField created = d.getField(Schema.CREATED);
    List<SearchResult.ThemeRef> themes = new ArrayList<>();
    for (String id : d.getValues(Schema.THEME_ID)) {
      themes.add(new SearchResult.ThemeRef(id, catalog.label(id)));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f.name().startsWith(Schema.META_PREFIX)) {
        metadata.put(f.name().substring(Schema.META_PREFIX.length()), f.stringValue());
      }
    }
    IndexableField suggestion = d.getField(Schema.SUGGESTION);
    return new SearchResult.Hit(d.get(Schema.COMMENT_ID),
        d.getField(Schema.SENTENCE_INDEX).numericValue().intValue(), d.get(Schema.TEXT),
        highlighted,
        created == null ? null : Instant.ofEpochMilli(created.numericValue().longValue()),
        d.get(Schema.SENTIMENT_LABEL),
        d.getField(Schema.SENTIMENT_SCORE).numericValue().doubleValue(), List.copyOf(themes),
        suggestion != null && suggestion.numericValue().intValue() == 1, d.get(Schema.ACTION),
        Collections.unmodifiableMap(metadata));
  }
}
