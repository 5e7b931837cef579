package io.verbatim.digest;

import java.util.List;

/**
 * An idea as the digest shows it.
 *
 * @param newSincePrevious not in the previous digest
 * @param themeLabel label of its theme, null without a theme
 * @param examples quotes (cut to the configured length)
 */
public record DigestIdea(int rank, String id, String title, String themeId, String themeLabel,
                         String owner, boolean implied, boolean newSincePrevious, long reach,
                         double sentimentMean, Double trend, double score,
                         List<String> examples) {

  public DigestIdea {
    examples = List.copyOf(examples);
  }
}
