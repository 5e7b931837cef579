package io.verbatim.suggestions;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What suggestion detection costs beside the annotation stage it follows (the budget: at
 * most 20% of it). Not a test: run it by hand and read the figures. Annotates N public clothing
 * reviews with the default configuration (tokens, tags, lemmas, sentiment) on one thread, then
 * runs the rule chain and the learned model over the same sentences, each after a warm-up pass.
 * Also prints what loading the shipped model costs (once per JVM, on first use).
 *
 * <pre>
 * mvn -B -q -pl lib,jobs -am package -DskipTests   # also compiles the test classes
 * java -cp jobs/target/test-classes:jobs/target/verbatim-jobs.jar:$(cat jobs/target/classpath.txt) \
 *     io.verbatim.suggestions.SuggestionSpeedBenchmark [reviews=1000] [data=../shared/data]
 * </pre>
 */
public final class SuggestionSpeedBenchmark {

  private SuggestionSpeedBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    List<LabelledText> reviews = ClothingReviewsReader.read(
        data.resolve("reviews/womens-clothing-ecommerce-reviews.csv"), n);
    CommentAnnotator annotator = new CommentAnnotator(ConfigLoader.defaults().annotation());
    annotator.warmUp();
    long start = System.nanoTime();
    List<Sentence> sentences = new ArrayList<>();
    for (LabelledText r : reviews) {
      AnalyzedComment c = annotator.annotate(new Comment(r.id(), null,
          ClothingReviewsReader.reviewText(r), null, Map.of(), "bench", 0));
      sentences.addAll(c.sentences());
    }
    double annotate = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "annotation: %d reviews, %d sentences, %.2f s (%.0f"
        + " sentences/s)%n", reviews.size(), sentences.size(), annotate,
        sentences.size() / annotate);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long load = System.nanoTime();
    long loadCpu = threads.getCurrentThreadCpuTime();
    SuggestionModel.shipped(); // what the first sentence of a run pays, once per JVM
    // CPU time too: on a shared machine the wall time mostly measures the other processes.
    System.out.printf(Locale.ROOT, "model load: %.2f s (%.2f s of CPU), %,d weights%n",
        (System.nanoTime() - load) / 1e9, (threads.getCurrentThreadCpuTime() - loadCpu) / 1e9,
        SuggestionModel.shipped().weights().size());
    for (SuggestionDetector.Method m : SuggestionDetector.Method.values()) {
      SuggestionDetector d = new SuggestionDetector(m);
      run(d, sentences); // warm-up: loads the model, compiles the hot paths
      long t = System.nanoTime();
      long found = run(d, sentences);
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "suggestions (%s): %.2f s (%.0f sentences/s), %.1f%% of"
              + " annotation, %d sentences suggest something%n", m.name().toLowerCase(Locale.ROOT),
          s, sentences.size() / s, 100 * s / annotate, found);
    }
  }

  private static long run(SuggestionDetector d, List<Sentence> sentences) {
    long found = 0;
    for (Sentence s : sentences) {
      found += d.detect(s.tokens(), s.text()).anyKind() ? 1 : 0;
    }
    return found;
  }
}
