package io.verbatim.digest;

import java.util.List;
import java.util.Objects;

/**
 * A sentence worth reading as it was written.
 *
 * @param text the sentence (user text: every renderer escapes it)
 * @param commentId the comment it comes from, null when unknown
 * @param sentiment its sentiment score, -1..1, null when unknown
 * @param themeIds the themes it names (decides which owners' digests show it)
 */
public record Quote(String text, String commentId, Double sentiment, List<String> themeIds) {

  public Quote {
    Objects.requireNonNull(text, "text");
    themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
  }

  Quote withText(String newText) {
    return new Quote(newText, commentId, sentiment, themeIds);
  }
}
