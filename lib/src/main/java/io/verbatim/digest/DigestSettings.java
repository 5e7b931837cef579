package io.verbatim.digest;

import java.util.Objects;

/**
 * What a digest contains and how long it gets; every list is cut so the digest stays a short
 * morning read.
 *
 * @param trends the emerging / rising test
 * @param topIdeas ideas in the top list
 * @param ideasPerOwner ideas listed per owner
 * @param chartThemes themes drawn in the volume chart
 * @param sentimentThemes themes listed (and drawn) in the sentiment comparison
 * @param minSentences sentences needed in each window before a sentiment change is shown
 * @param quotes most negative and most positive quotes shown (each)
 * @param quoteMaxChars longer quotes are cut at a word boundary
 */
public record DigestSettings(TrendSettings trends, int topIdeas, int ideasPerOwner,
                             int chartThemes, int sentimentThemes, int minSentences, int quotes,
                             int quoteMaxChars) {

  public DigestSettings {
    Objects.requireNonNull(trends, "trends");
    if (topIdeas < 0 || ideasPerOwner < 0 || chartThemes < 0 || sentimentThemes < 0
        || minSentences < 1 || quotes < 0 || quoteMaxChars < 20) {
      throw new IllegalArgumentException("digest limits must be non-negative (minSentences >= 1,"
          + " quoteMaxChars >= 20)");
    }
  }

  public static DigestSettings defaults() {
    return new DigestSettings(TrendSettings.defaults(), 10, 10, 5, 8, 5, 3, 280);
  }
}
