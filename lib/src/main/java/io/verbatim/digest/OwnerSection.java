package io.verbatim.digest;

import java.util.List;

/**
 * What one back-end function owns in this digest.
 *
 * @param ideas its ideas, best first (cut to the configured number)
 * @param ideaCount all its ideas in the run
 * @param newIdeas how many of all its ideas are new since the previous digest
 * @param flaggedThemes its emerging and rising themes
 */
public record OwnerSection(String owner, List<DigestIdea> ideas, int ideaCount, int newIdeas,
                           List<ThemeTrend> flaggedThemes) {

  public OwnerSection {
    ideas = List.copyOf(ideas);
    flaggedThemes = List.copyOf(flaggedThemes);
  }
}
