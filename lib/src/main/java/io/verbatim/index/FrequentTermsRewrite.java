package io.verbatim.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites a prefix query to the {@code maxTerms} most frequent terms it matches, looking at no
 * more than {@code maxScan} terms. Lucene's own bounded rewrite keeps the alphabetically first
 * terms, so "re*" would search "rea..." words and miss "refund"; the most frequent are what a
 * manager means. Both bounds keep a one-letter prefix as cheap as a long one.
 */
final class FrequentTermsRewrite extends MultiTermQuery.RewriteMethod {

  private final int maxTerms;
  private final int maxScan;

  FrequentTermsRewrite(int maxTerms, int maxScan) {
    this.maxTerms = maxTerms;
    this.maxScan = maxScan;
  }

  @Override
  public Query rewrite(IndexReader reader, MultiTermQuery query) throws IOException {
    Map<BytesRef, Integer> docFreq = new HashMap<>();
    int scanned = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(query.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum te = getTermsEnum(query, terms, new AttributeSource());
      for (BytesRef t = te.next(); t != null && scanned < maxScan; t = te.next(), scanned++) {
        docFreq.merge(BytesRef.deepCopyOf(t), te.docFreq(), Integer::sum);
      }
    }
    if (docFreq.isEmpty()) {
      return new MatchNoDocsQuery("no term starts with the prefix");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    docFreq.entrySet().stream()
        .sorted(Map.Entry.<BytesRef, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxTerms)
        .forEach(e -> b.add(new TermQuery(new Term(query.getField(), e.getKey())),
            BooleanClause.Occur.SHOULD));
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrequentTermsRewrite f && f.maxTerms == maxTerms && f.maxScan == maxScan;
  }

  @Override
  public int hashCode() {
    return 31 * maxTerms + maxScan;
  }
}
