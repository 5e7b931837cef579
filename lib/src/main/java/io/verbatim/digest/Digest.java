package io.verbatim.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One morning's digest, for everyone ({@code owner} null) or for one back-end function. Plain
 * data: {@link MarkdownRenderer}, {@link DigestJson} and {@link HtmlRenderer} present it.
 *
 * @param schemaVersion version of this structure in JSON, raised when a field changes meaning
 * @param owner null for the digest for everyone, else the function it is filtered to
 * @param topIdeas the best ranked ideas (for an owner: its own)
 * @param emerging themes (almost) absent in the baseline and significantly present now
 * @param rising themes significantly more frequent than in the baseline
 * @param sentiment the largest sentiment changes per theme
 * @param owners ideas and flagged themes per owner (one section in an owner's digest)
 * @param volumeChart daily comments over both windows of the themes the chart draws
 * @param ideaIds every idea of the run (an owner's digest: the owner's), so the next digest can
 *     tell which ideas are new
 * @param questions with themes and ideas split by survey question and several questions: the
 *     top ideas, emerging and rising themes and sentiment changes of each question; else empty
 */
public record Digest(int schemaVersion, LocalDate date, String owner, TrendMethod method,
                     Volume volume, List<DigestIdea> topIdeas, List<ThemeTrend> emerging,
                     List<ThemeTrend> rising, List<SentimentShift> sentiment,
                     List<OwnerSection> owners, Quotes quotes, DataQuality dataQuality,
                     List<ThemeLine> volumeChart, List<String> ideaIds,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY)
                     List<QuestionSection> questions) {

  public static final int SCHEMA_VERSION = 1;

  public Digest {
    topIdeas = List.copyOf(topIdeas);
    emerging = List.copyOf(emerging);
    rising = List.copyOf(rising);
    sentiment = List.copyOf(sentiment);
    owners = List.copyOf(owners);
    volumeChart = List.copyOf(volumeChart);
    ideaIds = List.copyOf(ideaIds);
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /** A digest that is not split by survey question. */
  public Digest(int schemaVersion, LocalDate date, String owner, TrendMethod method,
                Volume volume, List<DigestIdea> topIdeas, List<ThemeTrend> emerging,
                List<ThemeTrend> rising, List<SentimentShift> sentiment,
                List<OwnerSection> owners, Quotes quotes, DataQuality dataQuality,
                List<ThemeLine> volumeChart, List<String> ideaIds) {
    this(schemaVersion, date, owner, method, volume, topIdeas, emerging, rising, sentiment,
        owners, quotes, dataQuality, volumeChart, ideaIds, List.of());
  }

  /**
   * The sections renderers show one after the other: each question's, or one section of the
   * whole digest when it is not split by question.
   */
  public List<QuestionSection> sections() {
    return questions.isEmpty()
        ? List.of(new QuestionSection(null, null, topIdeas, emerging, rising, sentiment))
        : questions;
  }

  public long newIdeas() {
    return owners.stream().mapToLong(OwnerSection::newIdeas).sum();
  }
}
