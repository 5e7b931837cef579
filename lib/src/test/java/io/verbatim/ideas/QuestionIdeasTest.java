package io.verbatim.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import io.verbatim.themes.ThemeIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionIdeasTest {

  private static Idea idea(String key, double score) {
    Idea.ScoreComponents parts = new Idea.ScoreComponents(score, 0, 0, 0);
    return new Idea(ThemeIds.of("i", key), 0, key, null, "IT", false, 3, 0, null, null, score,
        parts, List.of());
  }

  private static IdeaBuilder.Result built(Idea... ideas) {
    return new IdeaBuilder.Result(IdeaRanking.ranked(List.of(ideas)),
        new IdeaIndex(Map.of(), -0.2, null));
  }

  @Test
  void theSameIdeaUnderTwoQuestionsIsTwoIdeasRankedTogether() {
    Map<String, IdeaBuilder.Result> byQuestion = new LinkedHashMap<>();
    byQuestion.put("Q2", QuestionIdeas.inQuestion(built(idea("add meals", 0.3)), "Q2"));
    byQuestion.put("Q3", QuestionIdeas.inQuestion(
        built(idea("add meals", 0.6), idea("fix wifi", 0.5)), "Q3"));
    List<Idea> ideas = QuestionIdeas.merged(byQuestion).ideas();
    assertEquals(List.of("Q3", "Q3", "Q2"), ideas.stream().map(Idea::question).toList());
    assertEquals(List.of(1, 2, 3), ideas.stream().map(Idea::rank).toList());
    assertEquals(ThemeIds.inQuestion(ThemeIds.of("i", "add meals"), "Q3"), ideas.get(0).id());
    assertNotEquals(ideas.get(0).id(), ideas.get(2).id());
    assertEquals("add meals", ideas.get(2).title());
  }

  @Test
  void commentsAnsweringNoQuestionKeepTheirPlainIds() {
    IdeaBuilder.Result plain = built(idea("add meals", 0.3));
    assertEquals(plain, QuestionIdeas.inQuestion(plain, ""));
  }

  @Test
  void reweighingKeepsTheQuestion() {
    Idea scoped = idea("add meals", 0.3).inQuestion("Q2", "i-x");
    VerbatimConfig.Weights w = new VerbatimConfig.Weights(1, 1, 0, 0);
    assertEquals("Q2", IdeaRanking.reweighted(List.of(scoped), w, w).get(0).question());
  }
}
