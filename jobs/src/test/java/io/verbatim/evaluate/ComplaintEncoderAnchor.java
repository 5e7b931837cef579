package io.verbatim.evaluate;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.LabelledText;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.themes.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A developer's check, not a test: would a contextual sentence encoder group complaints by their
 * label well enough for issue 13's NMI targets? On the DEV parts of both CFPB complaint sets (the
 * comments {@link ComplaintThemeDev} scores, figures IN-SAMPLE), each comment becomes the mean of
 * the all-MiniLM-L6-v2 embeddings of its first {@value #MAX_SENTENCES} sentences (the pipeline's
 * sentence split; the encoder was trained on texts of at most 256 word pieces, and the cap bounds
 * the cost of the longest narratives), L2-normalised, and is clustered by the same seeded k-means
 * as the plain baselines ({@link PlainBaselines}) with k = 20 and k = K, the clusters our main
 * themes form. The rows
 * {@code encoder20} and {@code encoder_k} are scored with the same NMI, bootstrap interval and
 * purity and printed beside our main themes and the plain baselines.
 *
 * <p>The encoder stays out of the build, as for {@link EncoderAnchorCheck}: {@code export} writes
 * the sentences, the standalone tool in {@code jobs/tools/encoder-anchor} encodes them,
 * {@code score} reads the vectors back. CACHE is ComplaintThemeDev's cache of analysed comments.
 * A fifth argument {@code whole} (given to both, with a DIR of its own) encodes each whole comment
 * instead, for comparison: langchain4j cuts a text of over 510 word pieces into pieces of 510 and
 * averages their embeddings weighted by length, so no sentence is left out.
 *
 * <p>Measured at e45a364 (dev parts, in-sample; NMI payday / products): mean of sentences
 * k = 20 0.164 / 0.303, k = K 0.272 / 0.317; whole comment k = 20 0.194 / 0.359, k = K 0.284 /
 * 0.352; our main themes 0.293 / 0.285; targets 0.35 / 0.45. Encoding took 116 CPU-seconds for
 * 34,686 sentences (300 a CPU-second), 51 for 4,144 whole comments, on one thread.
 *
 * <pre>
 * CP=jobs/target/test-classes:jobs/target/classes:lib/target/classes
 * CP=$CP:$(cat jobs/target/classpath.txt)
 * java -Xmx6g -cp $CP io.verbatim.evaluate.ComplaintEncoderAnchor \
 *     export ../shared/data CACHE /tmp/canchor
 * mvn -B -ntp -q -f jobs/tools/encoder-anchor/pom.xml compile exec:java \
 *     -Dexec.args="encode /tmp/canchor/sentences.txt /tmp/canchor/vectors.bin 2"
 * java -Xmx6g -cp $CP io.verbatim.evaluate.ComplaintEncoderAnchor \
 *     score ../shared/data CACHE /tmp/canchor
 * </pre>
 */
public final class ComplaintEncoderAnchor {

  /** Sentences of a comment encoded at most: caps the cost of the longest narratives. */
  static final int MAX_SENTENCES = 20;
  private static final String SENTENCES = "sentences.txt";
  private static final String VECTORS = "vectors.bin";

  private ComplaintEncoderAnchor() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4 || !(args[0].equals("export") || args[0].equals("score"))) {
      System.err.println("usage: ComplaintEncoderAnchor export|score DATA CACHE DIR [whole]");
      System.exit(2);
    }
    // "whole": each comment encoded as one text, to compare with the mean of its sentences.
    Function<AnalyzedComment, List<String>> encoded = args.length > 4
        && args[4].equals("whole") ? ComplaintEncoderAnchor::whole
        : ComplaintEncoderAnchor::sentences;
    Path data = Path.of(args[1]);
    Path cache = Path.of(args[2]);
    Path dir = Path.of(args[3]);
    VerbatimConfig config = ConfigLoader.defaults();
    List<ComplaintThemeDev.DevSet> sets = List.of(ComplaintThemeDev.DevSet.PAYDAY,
        ComplaintThemeDev.DevSet.PRODUCTS);
    if (args[0].equals("export")) {
      Set<String> lines = new LinkedHashSet<>();
      for (ComplaintThemeDev.DevSet dev : sets) {
        List<AnalyzedComment> analysed = dev.analysed(config, cache, dev.complaints(data));
        analysed.forEach(c -> lines.addAll(encoded.apply(c)));
      }
      Files.createDirectories(dir);
      Files.write(dir.resolve(SENTENCES), lines, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "%d distinct lines written to %s%n", lines.size(), dir);
      return;
    }
    Map<String, float[]> vectors = EncoderAnchorCheck.vectors(dir.resolve(SENTENCES),
        dir.resolve(VECTORS));
    ComplaintThemeEvaluation eval = new ComplaintThemeEvaluation(config, Taxonomy.defaults(), 2);
    for (ComplaintThemeDev.DevSet dev : sets) {
      List<LabelledText> complaints = dev.complaints(data);
      List<AnalyzedComment> analysed = dev.analysed(config, cache, complaints);
      Map<String, Double> figures = new LinkedHashMap<>(
          ComplaintThemeDev.score(eval, dev, complaints, analysed).extra());
      // K as PlainBaselines takes it: the main themes' clusters, "no theme" not counted.
      int k = (int) Math.round(figures.get("clusters"))
          - (figures.get("no_theme") > 0 ? 1 : 0);
      List<String> labels = complaints.stream().map(LabelledText::label).toList();
      List<KMeans.Point> points = new ArrayList<>();
      long count = 0;
      long capped = 0;
      for (AnalyzedComment c : analysed) {
        List<String> lines = encoded.apply(c);
        count += lines.size();
        capped += c.sentences().size() > MAX_SENTENCES ? 1 : 0;
        points.add(meanUnit(lines, vectors));
      }
      PlainBaselines.Vectors comments = new PlainBaselines.Vectors(points,
          vectors.values().iterator().next().length);
      PlainBaselines.addFigures("encoder" + PlainBaselines.MANAGER_CLUSTERS,
          PlainBaselines.kMeans(comments, PlainBaselines.MANAGER_CLUSTERS), labels, figures);
      PlainBaselines.addFigures("encoder_k", PlainBaselines.kMeans(comments, k), labels,
          figures);
      System.out.printf(Locale.ROOT, "== %s (dev part, IN-SAMPLE): %d complaints, K = %d;"
              + " %d lines encoded (%.1f a comment; %d comments of over %d sentences)%n",
          dev.key(), complaints.size(), k, count, count / (double) complaints.size(), capped,
          MAX_SENTENCES);
      System.out.print(ReportWriter.baselineTable(figures));
    }
  }

  /** The comment's first sentences as the encoder reads them, blank ones left out. */
  static List<String> sentences(AnalyzedComment c) {
    return c.sentences().stream().limit(MAX_SENTENCES)
        .map(s -> EncoderAnchorCheck.line(s.text())).filter(s -> !s.isEmpty()).toList();
  }

  /** The whole comment as one line, as the encoder reads it. */
  static List<String> whole(AnalyzedComment c) {
    String line = EncoderAnchorCheck.line(c.comment().text());
    return line.isEmpty() ? List.of() : List.of(line);
  }

  /** The mean of the sentences' vectors, L2-normalised; no coordinates when there is none. */
  private static KMeans.Point meanUnit(List<String> lines, Map<String, float[]> vectors) {
    double[] sum = null;
    for (String line : lines) {
      float[] v = vectors.get(line);
      if (v == null) {
        throw new IllegalStateException("not encoded: run export and encode again");
      }
      if (sum == null) {
        sum = new double[v.length];
      }
      for (int d = 0; d < v.length; d++) {
        sum[d] += v[d];
      }
    }
    double norm = 0;
    for (double x : sum == null ? new double[0] : sum) {
      norm += x * x;
    }
    if (norm == 0) {
      return new KMeans.Point(new int[0], new double[0]);
    }
    double scale = 1 / Math.sqrt(norm);
    for (int d = 0; d < sum.length; d++) {
      sum[d] *= scale;
    }
    return KMeans.Point.dense(sum);
  }
}
