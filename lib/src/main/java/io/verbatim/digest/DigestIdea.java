package io.verbatim.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An idea as the digest shows it.
 *
 * @param newSincePrevious not in the previous digest
 * @param themeLabel label of its theme, null without a theme
 * @param examples quotes (cut to the configured length)
 * @param question the survey question it comes from when split by question, else null
 */
public record DigestIdea(int rank, String id, String title, String themeId, String themeLabel,
                         String owner, boolean implied, boolean newSincePrevious, long reach,
                         double sentimentMean, Double trend, double score,
                         List<String> examples,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String question) {

  public DigestIdea {
    examples = List.copyOf(examples);
  }

  public DigestIdea(int rank, String id, String title, String themeId, String themeLabel,
                    String owner, boolean implied, boolean newSincePrevious, long reach,
                    double sentimentMean, Double trend, double score, List<String> examples) {
    this(rank, id, title, themeId, themeLabel, owner, implied, newSincePrevious, reach,
        sentimentMean, trend, score, examples, null);
  }
}
