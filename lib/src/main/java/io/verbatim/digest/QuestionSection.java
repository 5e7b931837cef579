package io.verbatim.digest;

import java.util.List;

/**
 * The ideas and theme changes of one survey question, when themes and ideas are split by
 * question ({@code themes.splitByQuestion}) and the run holds several: the digest shows each
 * question's sections together rather than answers to different questions side by side.
 *
 * @param question the question's column name; null for the one section of a digest that is not
 *     split (or for the ideas and themes of comments that answer no question)
 * @param wording the question as the survey asked it, where the export has it; else null
 */
public record QuestionSection(String question, String wording, List<DigestIdea> topIdeas,
                              List<ThemeTrend> emerging, List<ThemeTrend> rising,
                              List<SentimentShift> sentiment) {

  public QuestionSection {
    topIdeas = List.copyOf(topIdeas);
    emerging = List.copyOf(emerging);
    rising = List.copyOf(rising);
    sentiment = List.copyOf(sentiment);
  }

  /**
   * A section heading with the question named, when there is one: "Top ideas · Q2: What did you
   * like most?".
   */
  public String heading(String section) {
    if (question == null) {
      return section;
    }
    return section + " · " + question + (wording == null ? "" : ": " + wording);
  }
}
