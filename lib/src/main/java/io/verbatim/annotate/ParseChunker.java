package io.verbatim.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a long sentence into pieces the parser can afford. Parse time grows steeply with sentence
 * length and customer text has run-on sentences of 100+ tokens, so each piece is at most
 * {@code maxTokens} long, cut at the last clause boundary (punctuation or a coordinating
 * conjunction) in the second half of the window when there is one.
 */
final class ParseChunker {

  private static final Set<String> BOUNDARY_TAGS = Set.of(",", ":", "CC", "-LRB-", "-RRB-");

  private ParseChunker() {
  }

  /** Chunk boundaries as [start, end) index pairs over a sentence of {@code tags.size()} tokens. */
  static List<int[]> chunks(List<String> tags, int maxTokens) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = tags.size();
    while (n - start > maxTokens) {
      int end = start + maxTokens;
      for (int i = end - 1; i > start + maxTokens / 2; i--) {
        if (BOUNDARY_TAGS.contains(tags.get(i))) {
          // Punctuation closes the piece; a conjunction opens the next one.
          end = tags.get(i).equals("CC") ? i : i + 1;
          break;
        }
      }
      out.add(new int[] {start, end});
      start = end;
    }
    if (start < n) {
      out.add(new int[] {start, n});
    }
    return out;
  }
}
