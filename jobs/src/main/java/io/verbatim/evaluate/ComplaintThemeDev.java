package io.verbatim.evaluate;

import io.verbatim.analysis.CommentAnalysis;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.ComplaintReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Split;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.themes.AspectStage;
import io.verbatim.themes.Taxonomy;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Scores themes and ideas on the DEV parts of the CFPB complaint sets, for tuning while
 * developing: the figures are in-sample (the dev part is read while building) and never stand in
 * for the sealed ones {@code verbatim evaluate} reports. The per-comment analysis (annotation,
 * aspects, suggestions) is the slow part and does not change when only theme discovery, nesting,
 * main themes or ideas change, so it is kept in a cache file per set; aspects are found afresh from
 * the cached tokens on every run, so delete the cache only after changing the annotation or
 * suggestions.
 *
 * <p>Usage: {@code ComplaintThemeDev DATA_DIR CACHE_DIR [payday|products|both]}.
 */
public final class ComplaintThemeDev {

  /** One CFPB complaint set's dev part: its figure key, file, set name and columns. */
  record DevSet(String key, String file, String set, String idColumn, String labelColumn) {

    static final DevSet PAYDAY = new DevSet("themes.payday.dev", Evaluation.PAYDAY,
        Evaluation.PAYDAY_SET, "Complaint ID", "Issue");
    static final DevSet PRODUCTS = new DevSet("themes.products.dev", Evaluation.PRODUCTS,
        Evaluation.PRODUCTS_SET, "", "Product");

    List<LabelledText> complaints(Path data) throws IOException {
      return ComplaintReader.read(data.resolve(file), set, idColumn, labelColumn, Split.DEV);
    }

    /** The analysed complaints, from the cache under {@code cache} when it holds them. */
    List<AnalyzedComment> analysed(VerbatimConfig config, Path cache,
                                   List<LabelledText> complaints) throws Exception {
      return ComplaintThemeDev.analysed(config, cache.resolve(set + ".dev.ser.gz"), complaints,
          file);
    }
  }

  private ComplaintThemeDev() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path cache = Path.of(args.length > 1 ? args[1] : "target/dev-cache");
    String which = args.length > 2 ? args[2] : "both";
    VerbatimConfig config = ConfigLoader.defaults();
    ComplaintThemeEvaluation eval =
        new ComplaintThemeEvaluation(config, Taxonomy.defaults(), 2);
    if (!which.equals("products")) {
      score(eval, config, data, cache, DevSet.PAYDAY, System.out);
    }
    if (!which.equals("payday")) {
      score(eval, config, data, cache, DevSet.PRODUCTS, System.out);
    }
  }

  private static void score(ComplaintThemeEvaluation eval, VerbatimConfig config, Path data,
                            Path cache, DevSet dev, PrintStream out) throws Exception {
    List<LabelledText> complaints = dev.complaints(data);
    List<AnalyzedComment> analysed = dev.analysed(config, cache, complaints);
    Stopwatch clock = new Stopwatch();
    TaskResult r = score(eval, dev, complaints, analysed);
    out.printf("== %s: %d complaints, themes+ideas in %.1fs%n", dev.key(), complaints.size(),
        clock.seconds());
    r.extra().forEach((k, v) -> out.printf("  %s: %.3f%n", k, v));
    out.print(ReportWriter.baselineTable(r.extra()));
    r.notes().forEach(n -> out.println("  - " + n.replace(" | ", "\n      ")));
  }

  /** The dev set's figures: main themes, ideas and the plain baselines (in-sample). */
  static TaskResult score(ComplaintThemeEvaluation eval, DevSet dev,
                          List<LabelledText> complaints, List<AnalyzedComment> analysed) {
    return eval.score(dev.key(), dev.key() + " (dev part, IN-SAMPLE)", dev.file(), complaints,
        analysed, new Speed("cached analysis", 0, 0, 1));
  }

  @SuppressWarnings("unchecked")
  private static List<AnalyzedComment> analysed(VerbatimConfig config, Path cached,
                                                List<LabelledText> complaints, String dataset)
      throws IOException, ClassNotFoundException {
    if (Files.exists(cached)) {
      try (ObjectInputStream in = new ObjectInputStream(
          new GZIPInputStream(Files.newInputStream(cached)))) {
        List<AnalyzedComment> read = (List<AnalyzedComment>) in.readObject();
        if (read.size() == complaints.size()) {
          // Aspects come from the cached tokens alone (nothing after them reads them but
          // themes and ideas), so they are found afresh: a change to aspect or event phrases
          // needs no new annotation.
          AspectStage aspects = new AspectStage(Taxonomy.defaults());
          return read.stream().map(aspects::apply).toList();
        }
      }
    }
    CommentAnalysis analysis = new CommentAnalysis(config, Taxonomy.defaults());
    List<AnalyzedComment> out = new ArrayList<>(Parallel.map(complaints, 2,
        t -> analysis.analyze(new Comment(t.id(), null, t.text(), null, null, dataset, 0))));
    Files.createDirectories(cached.getParent());
    try (ObjectOutputStream o = new ObjectOutputStream(
        new GZIPOutputStream(Files.newOutputStream(cached)))) {
      o.writeObject(out);
    }
    return out;
  }
}
