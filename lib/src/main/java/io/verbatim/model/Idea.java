package io.verbatim.model;

import java.io.Serializable;
import java.util.List;

/**
 * A ranked improvement idea with its evidence.
 *
 * @param id stable id derived from the idea's theme and action key
 * @param rank 1 = most important
 * @param title what to do ("extend opening hours", "fix lost baggage handling")
 * @param themeId the theme it belongs to, null when no theme matched
 * @param owner back-end function that owns the fix
 * @param implied true when no customer asked for it outright: it is implied by recurring
 *     strongly negative mentions of its theme
 * @param reach distinct comments behind it
 * @param sentimentMean mean whole-comment sentiment of the comments behind it
 * @param scoreImpact mean score of its comments minus mean of all others; null without scores
 * @param trend reach share in the recent window minus the window before; null without dates
 * @param score the ranking score, the sum of the weighted components
 * @param components the weighted parts of {@code score}, so the rank can be explained
 * @param examples up to a configured number of quotes
 * @param question the survey question whose answers it comes from when ideas are split by
 *     question ({@code themes.splitByQuestion}); null otherwise
 */
public record Idea(String id, int rank, String title, String themeId, String owner,
                   boolean implied, long reach, double sentimentMean, Double scoreImpact,
                   Double trend, double score, ScoreComponents components, List<String> examples,
                   String question)
    implements Serializable {

  public Idea {
    examples = List.copyOf(examples);
  }

  /** An idea of the whole corpus, not of one survey question. */
  public Idea(String id, int rank, String title, String themeId, String owner,
              boolean implied, long reach, double sentimentMean, Double scoreImpact,
              Double trend, double score, ScoreComponents components, List<String> examples) {
    this(id, rank, title, themeId, owner, implied, reach, sentimentMean, scoreImpact, trend,
        score, components, examples, null);
  }

  public Idea withRank(int newRank) {
    return new Idea(id, newRank, title, themeId, owner, implied, reach, sentimentMean, scoreImpact,
        trend, score, components, examples, question);
  }

  /** The same idea scored with other components (another set of weights). */
  public Idea withComponents(ScoreComponents newComponents) {
    return new Idea(id, rank, title, themeId, owner, implied, reach, sentimentMean, scoreImpact,
        trend, newComponents.total(), newComponents, examples, question);
  }

  /** This idea as found among the answers to one question, under that question's own id. */
  public Idea inQuestion(String newQuestion, String newId) {
    return new Idea(newId, rank, title, themeId, owner, implied, reach, sentimentMean,
        scoreImpact, trend, score, components, examples, newQuestion);
  }

  /**
   * The weighted parts of an idea's score. Each is weight x a 0..1 signal; they add up to the
   * score.
   */
  public record ScoreComponents(double reach, double negativity, double scoreImpact, double trend)
      implements Serializable {

    public double total() {
      return reach + negativity + scoreImpact + trend;
    }
  }
}
