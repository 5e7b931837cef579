package io.verbatim.evaluate;

import io.verbatim.config.ConfigLoader;
import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.AspectXmlReader;
import io.verbatim.themes.Taxonomy;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores themes against the SemEval-2014 restaurant aspect categories alone
 * ({@link ThemePurityEvaluation}: purity, purity_top_level, coverage), the figures
 * {@code verbatim evaluate} reports for them, in about 15 seconds instead of a whole evaluation:
 * for checking that a change to theme discovery, nesting or tagging keeps restaurant purity while
 * tuning on the complaint dev parts ({@link ComplaintThemeDev}). The sentences are short, so they
 * are analysed afresh on every run.
 *
 * <p>Usage: {@code RestaurantThemeDev DATA_DIR}.
 */
public final class RestaurantThemeDev {

  private RestaurantThemeDev() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<AspectSentence> sentences =
        AspectXmlReader.read(data.resolve(Evaluation.RESTAURANTS), Integer.MAX_VALUE);
    TaskResult r = new ThemePurityEvaluation(ConfigLoader.defaults(), Taxonomy.defaults(), 2)
        .run("themes.restaurants", "Themes against aspect categories, restaurants",
            Evaluation.RESTAURANTS, sentences);
    System.out.printf("== %s: %d sentences%n", r.key(), r.items());
    r.extra().forEach((k, v) -> System.out.printf("  %s: %.4f%n", k, v));
  }
}
