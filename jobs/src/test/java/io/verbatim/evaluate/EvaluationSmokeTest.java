package io.verbatim.evaluate;

import io.verbatim.labelled.Metrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.testing.PublicData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole evaluation on the real public data with a small limit, when it is here. */
@Tag("evaluation")
class EvaluationSmokeTest {

  private static final int LIMIT = 60;

  @TempDir
  Path report;

  @Test
  void smallRunHasEverySectionAndSaneNumbers() throws Exception {
    Path data = PublicData.folder();
    EvaluationReport r = Evaluation.run(
        new Evaluation.Options(data, report, LIMIT, 2), new PrintStream(System.out, true));

    assertEquals(r.results().size(), r.results().stream().map(TaskResult::key).distinct().count(),
        "result keys are unique");
    TaskResult lodo = r.result("matrix.trained-lodo.imdb");
    assertEquals(LIMIT, lodo.items());
    double neutral = lodo.extra().get("neutral_share");
    assertTrue(neutral >= 0 && neutral <= 1, "neutral share " + neutral);
    assertTrue(r.result("matrix.rntn.cfpb").extra().containsKey("negative_share"));
    TaskResult sentences = r.result("sentiment.sentences.restaurants");
    assertTrue(sentences.items() > 20 && sentences.items() < LIMIT, "items " + sentences.items());
    assertEquals(sentences.items(), r.result("sentiment.sentences.restaurants.rntn").items());
    double forumF1 = r.result("suggestions.forum.dev").confusion().f1("suggestion");
    assertTrue(forumF1 > 0.5, "forum F1 " + forumF1);
    assertEquals(LIMIT, r.result("suggestions.hotel.dev").items()
        + r.result("suggestions.hotel.sealed").items());
    assertTrue(r.result("suggestions.forum.cv").items() > 8000, "cross-validated forum rows");
    assertEquals(LIMIT, r.result("sentiment.clothing").items());
    double clothingAccuracy = r.result("sentiment.clothing").confusion().accuracy();
    assertTrue(clothingAccuracy > 0.25 && clothingAccuracy <= 1, "accuracy " + clothingAccuracy);
    // Score adaptation rows: the general models alone always (too few ratings at the low end in
    // so small a sample to fit the adapted ones).
    assertEquals(LIMIT, r.result("adapt.clothing.trained.none").items());
    assertEquals(r.result("matrix.trained-lodo.clothing").confusion().macroF1(),
        r.result("adapt.clothing.trained-lodo.none").confusion().macroF1(), 1e-12);
    assertTrue(r.result("polarity.restaurants").items() > 30);
    assertEquals(r.result("polarity.restaurants").items(),
        r.result("polarity.restaurants.supervised-cv").items());
    assertTrue(r.result("themes.restaurants").extra().get("purity") > 0.5);
    TaskResult payday = r.result("themes.payday");
    assertEquals(LIMIT, payday.items());
    assertTrue(payday.extra().get("nmi") > 0 && payday.extra().get("in_a_theme") > 0.5,
        payday.extra().toString());
    assertTrue(payday.notes().stream().anyMatch(n -> n.startsWith("Top-20 ideas")));
    assertEquals(LIMIT, r.result("themes.products").items());
    Metrics terms = r.result("aspects.restaurants").metrics();
    assertTrue(terms.gold() > 30 && terms.recall() > 0.3 && terms.precision() > 0.1,
        terms.toString());
    for (String stage : List.of("tagging", "tagging+parse+RNTN", "tagging+trained sentiment",
        "suggestions (model)", "suggestions (rules)", "aspects")) {
      assertTrue(r.speeds().stream().anyMatch(s -> s.stage().equals(stage)
          && s.perSecond() > 0), stage);
    }

    String md = Files.readString(report.resolve(ReportWriter.MARKDOWN), StandardCharsets.UTF_8);
    for (String section : List.of("## Targets", "95% interval", "## Suggestions", "## Sentiment",
        "## Aspect polarity", "## Aspect terms", "## Theme purity", "## Speed", "| gold \\ predicted |",
        "| rule | fires | decides (first to fire) | precision |", "| imperative |",
        "## Sentiment across domains", "| main themes (ours) |", "| baseline: kmeans20 |")) {
      assertTrue(md.contains(section), "missing " + section + " in\n" + md);
    }
    Map<?, ?> json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(report.resolve(ReportWriter.JSON).toFile(), Map.class);
    assertEquals(r.results().size(), ((List<?>) json.get("results")).size());
    Map<?, ?> forum = ((List<?>) json.get("results")).stream().map(m -> (Map<?, ?>) m)
        .filter(m -> m.get("key").equals("suggestions.forum.dev")).findFirst().orElseThrow();
    Map<?, ?> f1Interval = (Map<?, ?>) ((Map<?, ?>) forum.get("intervals_95")).get("f1");
    assertTrue((Double) f1Interval.get("low") <= forumF1
        && forumF1 <= (Double) f1Interval.get("high"), f1Interval.toString());
    assertEquals(ReportWriter.TARGETS.size(), ((List<?>) json.get("targets")).size());
    assertTrue(md.contains("## Sentiment across domains") && md.contains("| trained-lodo |"), md);
  }
}
