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
 * Floors (guards, not targets) for themes and ideas on a fixed sample of CFPB payday-loan
 * complaints: the first 200 of the sealed part, in file order. Set a little under the figures
 * measured on the sample, so a regression fails the build.
 */
@Tag("evaluation")
class ComplaintThemeFloorsTest {

  private static final int SAMPLE = 200;

  @Test
  void paydayComplaintsFallIntoThemesThatTellTheirIssues() throws Exception {
    List<LabelledText> complaints = ComplaintReader.read(PublicData.file(Evaluation.PAYDAY),
        Evaluation.PAYDAY_SET, "Complaint ID", "Issue", Split.SEALED).subList(0, SAMPLE);
    TaskResult r = new ComplaintThemeEvaluation(ConfigLoader.defaults(), Taxonomy.defaults(), 2)
        .run("themes.payday", "floors", Evaluation.PAYDAY, complaints);
    Map<String, Double> f = r.extra();
    System.out.println("payday floors sample: " + f);
    // Measured on this sample: NMI 0.509 (a sample this small inflates NMI: many themes, few
    // comments each), every complaint in a theme, 20 top-level themes, 44.5% of the complaints
    // behind the top-10 ideas (28.0% before complaints about kinds of a theme and named
    // problems beside a rarer theme counted for their ideas).
    assertTrue(f.get("nmi") >= 0.47, f.toString());
    assertTrue(f.get("in_a_theme") >= 0.97, f.toString());
    assertTrue(f.get("top_level_themes") <= 20, f.toString());
    assertTrue(f.get("top10_idea_comments") >= 0.42, f.toString());
  }
}
