package io.verbatim.ideas;

import io.verbatim.model.Idea;
import io.verbatim.themes.ThemeIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ideas built separately for each question of a survey ({@code themes.splitByQuestion}): each
 * question's ideas under ids of its own, then one ranking of all of them, so "Add more
 * vegetarian meals" asked under two questions is two ideas, each with its question.
 */
public final class QuestionIdeas {

  private QuestionIdeas() {
  }

  /**
   * One question's ideas, built from the answers to that question alone, renamed to ids of the
   * question's own ({@link ThemeIds#inQuestion}).
   */
  public static IdeaBuilder.Result inQuestion(IdeaBuilder.Result built, String question) {
    if (question.isEmpty()) {
      return built; // the comments that answer no question keep the ids a plain run gives them
    }
    java.util.function.UnaryOperator<String> ids = id -> ThemeIds.inQuestion(id, question);
    List<Idea> ideas = built.ideas().stream()
        .map(i -> i.inQuestion(question, ids.apply(i.id()))).toList();
    return new IdeaBuilder.Result(ideas, built.index().renamed(ids));
  }

  /**
   * The ideas of every question ranked together (each score was measured against its own
   * question's answers), with an index that maps each comment with its own question's; by
   * question, "" for the comments that answer none.
   */
  public static IdeaBuilder.Result merged(Map<String, IdeaBuilder.Result> byQuestion) {
    List<Idea> all = new ArrayList<>();
    Map<String, IdeaIndex> indexes = new LinkedHashMap<>();
    byQuestion.forEach((question, result) -> {
      all.addAll(result.ideas());
      indexes.put(question, result.index());
    });
    return new IdeaBuilder.Result(IdeaRanking.ranked(all), IdeaIndex.byQuestion(indexes));
  }
}
