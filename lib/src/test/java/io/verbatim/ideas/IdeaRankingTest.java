package io.verbatim.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaRankingTest {

  private static final VerbatimConfig.Weights USED = new VerbatimConfig.Weights(0.5, 0.5, 0, 0);

  /** An idea scored with USED: parts are weight x signal. */
  private static Idea idea(String id, long reach, double reachSignal, double painSignal) {
    Idea.ScoreComponents parts = new Idea.ScoreComponents(0.5 * reachSignal, 0.5 * painSignal,
        0, 0);
    return new Idea(id, 0, id, null, "IT", false, reach, -painSignal, null, null, parts.total(),
        parts, List.of());
  }

  private final List<Idea> ideas = IdeaRanking.ranked(List.of(
      idea("wide", 20, 1.0, 0.4), idea("painful", 3, 0.3, 1.0), idea("mild", 5, 0.5, 0.3)));

  @Test
  void ranksByScoreThenReachThenId() {
    assertEquals(List.of("wide", "painful", "mild"), ideas.stream().map(Idea::id).toList());
    assertEquals(List.of(1, 2, 3), ideas.stream().map(Idea::rank).toList());
    List<Idea> tied = IdeaRanking.ranked(List.of(idea("b", 2, 0.5, 0.5), idea("a", 2, 0.5, 0.5),
        idea("c", 9, 0.5, 0.5)));
    assertEquals(List.of("c", "a", "b"), tied.stream().map(Idea::id).toList());
  }

  @Test
  void theSameWeightsKeepTheRankingAndOtherWeightsRescoreFromTheSignals() {
    assertEquals(ideas, IdeaRanking.reweighted(ideas, USED, USED));
    List<Idea> painFirst = IdeaRanking.reweighted(ideas, USED,
        new VerbatimConfig.Weights(0.1, 0.9, 0.3, 0.3));
    assertEquals(List.of("painful", "wide", "mild"), painFirst.stream().map(Idea::id).toList());
    Idea painful = painFirst.get(0);
    assertEquals(0.1 * 0.3, painful.components().reach(), 1e-12);
    assertEquals(0.9 * 1.0, painful.components().negativity(), 1e-12);
    assertEquals(0, painful.components().scoreImpact(), 1e-12, "no signal behind a 0 weight");
    assertEquals(painful.components().total(), painful.score(), 1e-12);
  }
}
