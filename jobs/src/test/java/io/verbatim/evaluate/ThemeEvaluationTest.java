package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.AspectXmlReader;
import io.verbatim.labelled.Metrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.testing.PublicData;
import io.verbatim.themes.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality floors for theme discovery on a fixed sample of SemEval-2014 (the first 1,500 sentences
 * of each file), a little under the figures measured on it, so a regression fails the build.
 */
@Tag("evaluation")
class ThemeEvaluationTest {

  private static final int SAMPLE = 1500;

  @Test
  void aspectTermsAreFoundOnRestaurantsAndLaptops() throws Exception {
    AspectTermEvaluation terms = new AspectTermEvaluation(new Tagger(), Taxonomy.defaults(), 2);
    Metrics restaurants = terms.run("aspects.restaurants", "restaurants", "",
        AspectXmlReader.read(PublicData.file(Evaluation.RESTAURANTS), SAMPLE)).metrics();
    Metrics laptops = terms.run("aspects.laptops", "laptops", "",
        AspectXmlReader.read(PublicData.file(Evaluation.LAPTOPS), SAMPLE)).metrics();

    // Measured on this sample: restaurants F1 0.714 (P 0.623, R 0.835); laptops F1 0.502.
    assertTrue(restaurants.f1() >= 0.69, "restaurants " + restaurants);
    assertTrue(restaurants.recall() >= 0.80, "restaurants " + restaurants);
    assertTrue(laptops.f1() >= 0.47, "laptops " + laptops);
  }

  @Test
  void themesAgreeWithRestaurantCategoriesFarBetterThanOneTheme() throws Exception {
    List<AspectSentence> sentences =
        AspectXmlReader.read(PublicData.file(Evaluation.RESTAURANTS), SAMPLE);
    TaskResult r = new ThemePurityEvaluation(ConfigLoader.defaults(), Taxonomy.defaults(), 2)
        .run("themes.restaurants", "purity", Evaluation.RESTAURANTS, sentences);

    assertEquals(SAMPLE, r.items());
    // Measured on this sample: purity 0.785 over 167 themes, one-theme baseline 0.520,
    // coverage 0.720.
    double purity = r.extra().get("purity");
    assertTrue(purity >= 0.75, "purity " + purity);
    assertTrue(purity - r.extra().get("purity_one_theme_baseline") >= 0.2, r.extra().toString());
    assertTrue(r.extra().get("coverage") >= 0.68, r.extra().toString());
  }

  @Test
  void purityCountsEachThemesMajorityCategory() {
    ThemePurityEvaluation.Purity p = new ThemePurityEvaluation.Purity();
    p.add("pizza", List.of("food"));
    p.add("pizza", List.of("food", "price"));
    p.add("pizza", List.of("service"));
    p.add("waiter", List.of("service"));
    // pizza: food 2 of 3; waiter: service 1 of 1.
    assertEquals(3 / 4.0, p.purity(), 1e-9);
    assertEquals(2, p.themes());
    assertEquals(0, new ThemePurityEvaluation.Purity().purity());
  }
}
