package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.labelled.ComplaintReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Split;
import io.verbatim.testing.PublicData;
import io.verbatim.themes.Taxonomy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Floors (guards, not targets) for themes and ideas on fixed samples of CFPB complaints: the
 * first 200 of the sealed part of the payday-loan set and the first 300 of the products set, in
 * file order. Set a little under the figures measured on the samples, so a regression fails the
 * build.
 */
@Tag("evaluation")
class ComplaintThemeFloorsTest {

  private static final int SAMPLE = 200;
  private static final int PRODUCTS_SAMPLE = 300;

  @Test
  void paydayComplaintsFallIntoThemesThatTellTheirIssues() throws Exception {
    Map<String, Double> f = figures("themes.payday", Evaluation.PAYDAY, Evaluation.PAYDAY_SET,
        "Complaint ID", "Issue", SAMPLE);
    // Measured on this sample: NMI 0.509 (a sample this small inflates NMI: many themes, few
    // comments each), every complaint in a theme, 20 top-level themes, 44.5% of the complaints
    // behind the top-10 ideas (28.0% before complaints about kinds of a theme and named
    // problems beside a rarer theme counted for their ideas).
    assertTrue(f.get("nmi") >= 0.47, f.toString());
    assertTrue(f.get("in_a_theme") >= 0.97, f.toString());
    assertTrue(f.get("top_level_themes") <= 20, f.toString());
    assertTrue(f.get("top10_idea_comments") >= 0.42, f.toString());
    beatsTheCommonestNoun(f);
  }

  @Test
  void complaintsAcrossProductsFallIntoThemesThatTellTheirProduct() throws Exception {
    Map<String, Double> f = figures("themes.products", Evaluation.PRODUCTS,
        Evaluation.PRODUCTS_SET, "", "Product", PRODUCTS_SAMPLE);
    // Measured on this sample (build 2c8fefc): NMI 0.438 (bootstrap 0.413-0.462; a small sample
    // inflates NMI, the sealed part's figure is far lower), 99.3% of the complaints in a theme,
    // 3 of the 6 largest products the majority label of a top-10 idea (1 before ideas were
    // ranked by how distinct their customers' story is).
    assertTrue(f.get("nmi") >= 0.40, f.toString());
    assertTrue(f.get("in_a_theme") >= 0.97, f.toString());
    assertTrue(f.get("largest_labels_covered") >= 2, f.toString());
    beatsTheCommonestNoun(f);
  }

  /**
   * Themes are worth discovering only if they tell the labels better than the naive method of
   * filing each comment under its commonest noun, scored on the same comments (build a0bbf9f:
   * NMI 0.519 against 0.357 on the payday sample, 0.433 against 0.374 on the products sample;
   * purity 0.66 against 0.44 and 0.74 against 0.59).
   */
  private static void beatsTheCommonestNoun(Map<String, Double> f) {
    assertTrue(f.get("nmi") > f.get("nmi_baseline_nouns"), f.toString());
    assertTrue(f.get("purity") > f.get("purity_baseline_nouns"), f.toString());
  }

  /** The complaint-theme figures of the first {@code sample} sealed complaints of a file. */
  private static Map<String, Double> figures(String task, String file, String set,
                                             String idColumn, String labelColumn, int sample)
      throws Exception {
    List<LabelledText> complaints = ComplaintReader.read(PublicData.file(file), set, idColumn,
        labelColumn, Split.SEALED).subList(0, sample);
    TaskResult r = new ComplaintThemeEvaluation(ConfigLoader.defaults(), Taxonomy.defaults(), 2)
        .run(task, "floors", file, complaints);
    System.out.println(task + " floors sample: " + r.extra());
    return r.extra();
  }
}
