package io.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks query matches in sentences: the whole sentence comes back HTML-escaped with
 * {@code <mark>} around each match, so it can be inserted into a page as it is. Everything the
 * customer wrote is escaped (a comment containing {@code <script>} shows as text); only the
 * marks are markup.
 *
 * <p>The unified highlighter reads match offsets from the postings (indexed with offsets), so
 * stems, synonyms, phrases and prefixes are marked exactly as the query matched them, with no
 * re-analysis.
 */
final class Highlighting {

  private static final int MAX_CHARS = 100_000;

  private Highlighting() {
  }

  /**
   * Highlighted text for each of {@code docs}, in order; a sentence with nothing to mark (or a
   * null query) comes back escaped only.
   */
  static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query query,
                            ScoreDoc[] docs, String[] texts) throws IOException {
    String[] out = new String[docs.length];
    String[] marked = null;
    if (query != null && docs.length > 0) {
      Map<Integer, String> byDoc = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        byDoc.put(docs[i].doc, texts[i]);
      }
      UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
          .withBreakIterator(WholeBreakIterator::new)
          .withFormatter(new MarkFormatter())
          .withMaxLength(MAX_CHARS)
          .withHighlightPhrasesStrictly(true);
      UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
        // The caller has just read these texts; reading (decompressing) them again would double
        // the cost of a results page.
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold)
            throws IOException {
          List<CharSequence[]> values = new ArrayList<>();
          for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
               doc = docIter.nextDoc()) {
            CharSequence[] row = new CharSequence[fields.length];
            Arrays.fill(row, byDoc.get(doc));
            values.add(row);
          }
          return values;
        }
      };
      TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
      marked = highlighter.highlight(Schema.TEXT, query, page, 1);
    }
    for (int i = 0; i < docs.length; i++) {
      out[i] = marked != null && marked[i] != null ? marked[i] : escape(texts[i]);
    }
    return out;
  }

  /** HTML-escapes text for element content and attribute values alike. */
  static String escape(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), sb);
    return sb.toString();
  }

  private static void escape(CharSequence text, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  /** The whole sentence, escaped, with overlapping matches merged into one mark. */
  private static final class MarkFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return escape(content);
      }
      StringBuilder sb = new StringBuilder(content.length() + 32);
      int pos = 0;
      for (Passage p : passages) {
        if (p.getStartOffset() > pos) {
          escape(content, pos, p.getStartOffset(), sb);
          pos = p.getStartOffset();
        }
        int n = p.getNumMatches();
        int i = 0;
        while (i < n) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = p.getMatchEnds()[i];
          // Surface form and stem sit at the same offsets; phrases may overlap: merge them.
          while (i + 1 < n && p.getMatchStarts()[i + 1] <= end) {
            end = Math.max(end, p.getMatchEnds()[++i]);
          }
          i++;
          if (end <= start) {
            continue;
          }
          escape(content, pos, start, sb);
          sb.append("<mark>");
          escape(content, start, end, sb);
          sb.append("</mark>");
          pos = end;
        }
      }
      escape(content, pos, content.length(), sb);
      return sb.toString();
    }
  }
}
