package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchService;
import io.verbatim.index.Views;
import io.verbatim.jobs.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey example in data-samples/survey run with {@code --split-by-question}: themes and
 * ideas are built from each question's answers, carry their question, keep ids of their own, and
 * the index and the digest can be read per question.
 */
class SurveyByQuestionIT {

  private static final Path EXPORT =
      Path.of("..", "data-samples", "survey", "northwind-survey.csv");

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path out;
  private static List<Row> themes;
  private static List<Row> ideas;
  private static List<Row> sentences;
  private static List<Row> comments;

  @BeforeAll
  static void run() throws Exception {
    out = dir.resolve("out");
    // Ten responses are few: one comment is enough for an idea here, so both questions have some.
    Path config = Files.writeString(dir.resolve("verbatim.yaml"),
        "ideas:\n  minReach: 1\n  impliedMinMentions: 1\n");
    CliRuns.Outcome o = CliRuns.run("run", "--input", EXPORT.toString(), "--out",
        out.toString(), "--config", config.toString(), "--text-column", "Q2,Q3",
        "--id-column", "ResponseId", "--time-column", "EndDate", "--score-column", "Q1",
        "--split-by-question");
    assertEquals(0, o.code(), o.err());
    spark = SparkSessions.create("local[1]", "survey-split-it");
    themes = spark.read().parquet(out.resolve("themes").toString()).collectAsList();
    ideas = spark.read().parquet(out.resolve("ideas").toString()).collectAsList();
    sentences = spark.read().parquet(out.resolve("sentences").toString()).collectAsList();
    comments = spark.read().parquet(out.resolve("comments").toString()).collectAsList();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyThemeAndIdeaBelongsToOneQuestion() {
    assertFalse(themes.isEmpty());
    assertFalse(ideas.isEmpty());
    assertEquals(Set.of("Q2", "Q3"), themes.stream().map(r -> r.<String>getAs("question"))
        .collect(Collectors.toSet()), "themes of both questions");
    // "What should we improve?" yields ideas; "what did you like?" only praise, so none.
    assertEquals(Set.of("Q3"), ideas.stream().map(r -> r.<String>getAs("question"))
        .collect(Collectors.toSet()), "ideas come from the answers asking for changes");
    assertEquals(themes.size(), themes.stream().map(r -> r.getAs("theme_id")).distinct().count());
    assertEquals(ideas.size(), ideas.stream().map(r -> r.getAs("idea_id")).distinct().count());
    List<Integer> ranks = ideas.stream().map(r -> r.<Integer>getAs("rank")).sorted().toList();
    assertEquals(java.util.stream.IntStream.rangeClosed(1, ideas.size()).boxed().toList(), ranks,
        "one ranking over all questions");
  }

  @Test
  void sentencesAndCommentsNameOnlyTheirOwnQuestionsThemesAndIdeas() {
    Map<String, String> themeQuestion = new HashMap<>();
    themes.forEach(r -> themeQuestion.put(r.getAs("theme_id"), r.getAs("question")));
    Map<String, String> ideaQuestion = new HashMap<>();
    ideas.forEach(r -> ideaQuestion.put(r.getAs("idea_id"), r.getAs("question")));
    Map<String, Integer> tagged = new HashMap<>();
    for (Row s : sentences) {
      for (String id : s.<String>getList(s.fieldIndex("theme_ids"))) {
        assertEquals(s.<String>getAs("question"), themeQuestion.get(id), s.<String>getAs("text"));
        tagged.merge(s.getAs("question"), 1, Integer::sum);
      }
    }
    assertEquals(Set.of("Q2", "Q3"), tagged.keySet(), "sentences of both questions are themed");
    Set<String> evidence = new HashSet<>();
    for (Row c : comments) {
      for (String id : c.<String>getList(c.fieldIndex("idea_ids"))) {
        assertEquals(c.<String>getAs("question"), ideaQuestion.get(id), c.<String>getAs("text"));
        evidence.add(id);
      }
    }
    assertFalse(evidence.isEmpty(), "comments point to their ideas");
  }

  @Test
  void theIndexListsThemesAndIdeasPerQuestion() throws Exception {
    try (SearchService search = LuceneSearchService.open(out, ConfigLoader.defaults().index())) {
      List<Views.ThemeView> all = search.themes(Views.ThemeOrder.VOLUME);
      List<Views.ThemeView> q2 = search.themes(Views.ThemeOrder.VOLUME, "Q2");
      List<Views.ThemeView> q3 = search.themes(Views.ThemeOrder.VOLUME, "Q3");
      assertEquals(themes.size(), all.size());
      assertFalse(q2.isEmpty());
      assertEquals(all.size(), q2.size() + q3.size());
      assertTrue(q2.stream().allMatch(t -> "Q2".equals(t.summary().theme().question())));
      List<Views.IdeaView> q3Ideas = search.ideas(null, "Q3");
      assertFalse(q3Ideas.isEmpty());
      assertTrue(q3Ideas.stream().allMatch(i -> "Q3".equals(i.idea().question())));
      assertTrue(search.facetNames().contains("question"));
      // The theme facet tells a theme of Q2 from one of Q3 with the same label.
      io.verbatim.index.SearchResult.Facet theme = search.search(
              io.verbatim.index.SearchRequest.of("")).facets().stream()
          .filter(f -> f.name().equals("theme")).findFirst().orElseThrow();
      assertFalse(theme.values().isEmpty());
      assertTrue(theme.values().stream().allMatch(v -> v.label().endsWith(" · Q2")
          || v.label().endsWith(" · Q3")), theme.toString());
    }
  }

  @Test
  void theDigestGroupsItsSectionsByQuestion() throws Exception {
    CliRuns.Outcome o = CliRuns.run("digest", "--out", out.toString(), "--date", "2026-11-08");
    assertEquals(0, o.code(), o.err());
    String md = Files.readString(out.resolve("digests").resolve("2026-11-08.md"));
    int q2 = md.indexOf("## Top ideas · Q2");
    int q3 = md.indexOf("## Top ideas · Q3");
    assertTrue(q2 >= 0 && q3 > q2, md);
    assertFalse(md.contains("## Top ideas\n"), md);
    assertTrue(md.substring(q2, q3).contains("No ideas from the answers to this question."), md);
    // Each idea is first shown in its own question's section.
    for (Row idea : ideas) {
      int at = md.indexOf("**" + idea.getAs("title") + "**");
      if (at >= 0) {
        assertEquals(idea.getAs("question"), at < q3 ? "Q2" : "Q3", idea.getAs("title") + "\n" + md);
      }
    }
    String html = Files.readString(out.resolve("digests").resolve("2026-11-08.html"));
    assertTrue(html.contains("Top ideas · Q2") && html.contains("Top ideas · Q3"));
    assertTrue(md.contains("## Top ideas · Q3: What one thing should we improve?"), md);
    String json = Files.readString(out.resolve("digests").resolve("2026-11-08.json"));
    assertTrue(json.contains("\"questions\""), json);
  }
}
