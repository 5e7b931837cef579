package io.verbatim.evaluate;

import io.verbatim.output.Build;
import io.verbatim.output.ModelFiles;
import io.verbatim.labelled.Metrics;
import io.verbatim.labelled.Confusion;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link EvaluationReport} as Markdown ({@value #MARKDOWN}) and JSON ({@value #JSON}). */
public final class ReportWriter {

  public static final String MARKDOWN = "evaluation.md";
  public static final String JSON = "evaluation.json";

  /**
   * A quality target: result key, figure, bound; {@code atMost} when the figure must stay at or
   * under the bound (a share called neutral), else at or above it.
   */
  record Target(String key, String figure, double minimum, boolean atMost) {

    Target(String key, String figure, double minimum) {
      this(key, figure, minimum, false);
    }

    boolean met(double v) {
      return atMost ? v <= minimum : v >= minimum;
    }

    String bound() {
      return (atMost ? "<= " : "") + fmt(minimum);
    }
  }

  static final List<Target> TARGETS = List.of(
      new Target("suggestions.forum.cv", "f1", 0.85),
      new Target("suggestions.hotel.sealed", "f1", 0.87),
      new Target("suggestions.changes", "precision", 0.90),
      new Target("sentiment.clothing", "macro_f1", 0.70),
      new Target("polarity.restaurants", "accuracy", 0.80),
      new Target("aspects.restaurants", "f1", 0.70),
      new Target("themes.payday", "nmi", 0.35),
      new Target("themes.payday", "largest_labels_covered", 5),
      new Target("themes.payday", "top10_idea_comments", 0.30),
      new Target("themes.payday", "in_a_theme", 0.90),
      new Target("themes.products", "nmi", 0.45),
      // Issue 12: sentiment that holds across domains, on sealed parts; UCI by the model that
      // never saw the domain.
      new Target("matrix.trained.clothing", "macro_f1", 0.75),
      new Target("matrix.trained-lodo.amazon_cells", "accuracy", 0.85),
      new Target("matrix.trained-lodo.amazon_cells", "neutral_share", 0.10, true),
      new Target("matrix.trained-lodo.imdb", "accuracy", 0.85),
      new Target("matrix.trained-lodo.imdb", "neutral_share", 0.10, true),
      new Target("matrix.trained-lodo.yelp", "accuracy", 0.85),
      new Target("matrix.trained-lodo.yelp", "neutral_share", 0.10, true),
      new Target("matrix.trained.restaurants", "macro_f1", 0.70),
      new Target("matrix.trained.laptops", "macro_f1", 0.70),
      new Target("matrix.trained.cfpb", "negative_share", 0.90));

  /** The matrix's rows and columns, in report order. */
  static final List<String> MATRIX_PATHS = List.of("trained", "trained-lodo", "rules", "vader",
      "rntn");
  static final List<String> MATRIX_DOMAINS = List.of("clothing", "amazon_cells", "imdb", "yelp",
      "restaurants", "laptops", "cfpb");

  private ReportWriter() {
  }

  public static void write(EvaluationReport report, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(MARKDOWN), markdown(report), StandardCharsets.UTF_8);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(folder.resolve(JSON).toFile(), json(report));
  }

  /** The headline figures of a result, by name (f1, accuracy, macro_f1, ...). */
  static Map<String, Double> figures(TaskResult r) {
    Map<String, Double> f = new LinkedHashMap<>();
    if (r.metrics() != null) {
      f.put("precision", r.metrics().precision());
      f.put("recall", r.metrics().recall());
      f.put("f1", r.metrics().f1());
    }
    Confusion c = r.confusion();
    if (c != null) {
      if (r.focus() != null) {
        f.put("precision", c.precision(r.focus()));
        f.put("recall", c.recall(r.focus()));
        f.put("f1", c.f1(r.focus()));
      }
      f.put("accuracy", c.accuracy());
      f.put("macro_f1", c.macroF1());
    }
    f.putAll(r.extra());
    return f;
  }

  /**
   * 95% bootstrap intervals of a result's headline figures that come from its confusion matrix
   * (the focus label's precision, recall and F1, accuracy, macro-F1); empty for the others.
   */
  static Map<String, Bootstrap.Interval> intervals(TaskResult r) {
    Map<String, Bootstrap.Interval> out = new LinkedHashMap<>();
    Confusion c = r.confusion();
    if (c == null) {
      return out;
    }
    if (r.focus() != null) {
      out.put("precision", Bootstrap.interval(c, x -> x.precision(r.focus())));
      out.put("recall", Bootstrap.interval(c, x -> x.recall(r.focus())));
      out.put("f1", Bootstrap.interval(c, x -> x.f1(r.focus())));
    }
    out.put("accuracy", Bootstrap.interval(c, Confusion::accuracy));
    out.put("macro_f1", Bootstrap.interval(c, Confusion::macroF1));
    CrossDomainEvaluation.SHARES.forEach((name, f) -> {
      if (r.extra().containsKey(name)) {
        out.put(name, Bootstrap.interval(c, f));
      }
    });
    return out;
  }

  static String headline(TaskResult r) {
    StringBuilder b = new StringBuilder(r.title()).append(" (n=").append(r.items()).append("):");
    figures(r).forEach((k, v) -> b.append(' ').append(k).append('=').append(fmt(v)));
    return b.toString();
  }

  static String markdown(EvaluationReport report) {
    StringBuilder md = new StringBuilder("# Verbatim analysis quality\n\n");
    md.append("Run ").append(report.started()).append(" on `").append(report.dataFolder())
        .append("`; ").append(report.limits()).append("; ").append(report.threads())
        .append(" annotation threads. Default configuration and taxonomy. Build ")
        .append(Build.current().commit()).append(Build.current().dirty() ? " (dirty)" : "")
        .append(".\n\n");
    md.append("## Targets\n\nWith 95% bootstrap intervals (items resampled with replacement,"
        + " " + Bootstrap.RESAMPLES + " times): how far the figure could move on another sample"
        + " of the same kind.\n\n| result | figure | measured | 95% interval | target | met |\n"
        + "|---|---|---|---|---|---|\n");
    for (Target t : TARGETS) {
      TaskResult r = report.result(t.key());
      double v = figures(r).getOrDefault(t.figure(), 0.0);
      Bootstrap.Interval ci = intervals(r).get(t.figure());
      md.append("| ").append(t.key()).append(" | ").append(t.figure()).append(" | ")
          .append(fmt(v)).append(" | ").append(ci == null ? "" : range(ci)).append(" | ")
          .append(t.bound()).append(" | ")
          .append(t.met(v) ? "yes" : "no").append(" |\n");
    }
    matrix(md, report);
    for (String section :
        List.of("suggestions", "sentiment", "polarity", "aspects", "themes")) {
      md.append("\n## ").append(sectionTitle(section)).append("\n");
      for (TaskResult r : report.results()) {
        if (r.key().startsWith(section + ".")) {
          result(md, r);
        }
      }
    }
    md.append("\n## Speed\n\n| stage | sentences | seconds | threads | sentences/s |\n")
        .append("|---|---|---|---|---|\n");
    for (Speed s : report.speeds()) {
      md.append("| ").append(s.stage()).append(" | ").append(s.sentences()).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", s.seconds())).append(" | ")
          .append(s.threads()).append(" | ")
          .append(String.format(Locale.ROOT, "%.0f", s.perSecond())).append(" |\n");
    }
    return md.toString();
  }

  /**
   * The cross-domain matrix: a row per sentiment path, a column per domain, each cell the
   * domain's headline figure with its 95% interval (binary sets also the share called neutral).
   */
  private static void matrix(StringBuilder md, EvaluationReport report) {
    Map<String, TaskResult> byKey = new LinkedHashMap<>();
    report.results().forEach(r -> byKey.put(r.key(), r));
    if (byKey.keySet().stream().noneMatch(k -> k.startsWith(CrossDomainEvaluation.PREFIX))) {
      return;
    }
    md.append("\n## Sentiment across domains\n\nSealed parts only (io.verbatim.labelled.Split)."
        + " Clothing, restaurants, laptops: macro-F1 over negative / neutral / positive. UCI"
        + " amazon_cells, imdb, yelp: accuracy over their negative and positive sentences (a"
        + " neutral label counts as wrong) and the share called neutral. cfpb: share of complaint"
        + " narratives labelled negative. 95% bootstrap intervals in brackets. * in-domain: the"
        + " shipped model was trained on that domain's dev part (trained-lodo is the model fitted"
        + " without the domain). rules' SemEval figures are in-sample (its word list was shaped"
        + " reading SemEval aspect errors). Each cell's confusion matrix and notes are in "
        + JSON + " (results matrix.<path>.<domain>).\n\n| path |");
    MATRIX_DOMAINS.forEach(d -> md.append(' ').append(d).append(" |"));
    md.append("\n|---|").append("---|".repeat(MATRIX_DOMAINS.size())).append('\n');
    for (String path : MATRIX_PATHS) {
      md.append("| ").append(path).append(" |");
      for (String domain : MATRIX_DOMAINS) {
        TaskResult r = byKey.get(CrossDomainEvaluation.PREFIX + path + "." + domain);
        md.append(' ').append(r == null ? "" : cell(r, path, domain)).append(" |");
      }
      md.append('\n');
    }
  }

  private static String cell(TaskResult r, String path, String domain) {
    String figure = r.extra().containsKey("negative_share") ? "negative_share"
        : r.extra().containsKey("neutral_share") ? "accuracy" : "macro_f1";
    Map<String, Double> f = figures(r);
    Map<String, Bootstrap.Interval> ci = intervals(r);
    StringBuilder b = new StringBuilder(fmt(f.get(figure))).append(" [")
        .append(range(ci.get(figure))).append(']');
    if (figure.equals("accuracy")) {
      b.append(String.format(Locale.ROOT, ", %.0f%% neutral", 100 * f.get("neutral_share")));
    }
    boolean inDomain = path.equals("trained")
        && (domain.equals("clothing") || domain.equals("amazon_cells") || domain.equals("imdb")
        || domain.equals("yelp"));
    return inDomain ? b.append(" *").toString() : b.toString();
  }

  private static String sectionTitle(String section) {
    return switch (section) {
      case "suggestions" -> "Suggestions";
      case "sentiment" -> "Sentiment";
      case "polarity" -> "Aspect polarity";
      case "aspects" -> "Aspect terms (themes)";
      default -> "Theme purity (aspect categories)";
    };
  }

  private static void result(StringBuilder md, TaskResult r) {
    md.append("\n### ").append(r.title()).append("\n\n`").append(r.dataset()).append("`, ")
        .append(r.items()).append(" items.\n\n");
    Map<String, Bootstrap.Interval> intervals = intervals(r);
    if (r.extra().keySet().stream().anyMatch(k -> k.endsWith(" fires"))) {
      perRule(md, r);
      r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
      return;
    }
    figures(r).forEach((k, v) -> {
      md.append("- ").append(k).append(": ").append(fmt(v));
      if (intervals.containsKey(k)) {
        md.append(" (95% interval ").append(range(intervals.get(k))).append(')');
      }
      md.append('\n');
    });
    Confusion c = r.confusion();
    if (c != null) {
      md.append("\n| class | precision | recall | F1 |\n|---|---|---|---|\n");
      for (String l : c.labels()) {
        md.append("| ").append(l).append(" | ").append(fmt(c.precision(l))).append(" | ")
            .append(fmt(c.recall(l))).append(" | ").append(fmt(c.f1(l))).append(" |\n");
      }
      md.append("\n| gold \\ predicted |");
      c.labels().forEach(l -> md.append(' ').append(l).append(" |"));
      md.append("\n|---|").append("---|".repeat(c.labels().size())).append('\n');
      c.matrix().forEach((gold, row) -> {
        md.append("| ").append(gold).append(" |");
        row.values().forEach(n -> md.append(' ').append(n).append(" |"));
        md.append('\n');
      });
    }
    if (r.metrics() != null) {
      Metrics m = r.metrics();
      md.append(String.format(Locale.ROOT, "%n%d of %d found phrases correct; %d of %d gold"
          + " terms found.%n", m.truePositives(), m.found(), m.goldFound(), m.gold()));
    }
    md.append('\n').append(baselineTable(r.extra()));
    r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
  }

  /**
   * Our main themes and the plain baselines scored beside them ({@code nmi_baseline_<method>},
   * {@link PlainBaselines}) side by side: method, NMI with its 95% interval, purity, clusters;
   * empty when the figures hold no baseline.
   */
  static String baselineTable(Map<String, Double> f) {
    String prefix = "nmi_baseline_";
    List<String> methods = f.keySet().stream().filter(k -> k.startsWith(prefix))
        .filter(k -> !k.endsWith("_low") && !k.endsWith("_high"))
        .map(k -> k.substring(prefix.length())).toList();
    if (methods.isEmpty()) {
      return "";
    }
    StringBuilder t = new StringBuilder("| method | NMI [95% interval] | purity | clusters |\n"
        + "|---|---|---|---|\n");
    baselineRow(t, "main themes (ours)", f, "");
    if (f.containsKey("nmi_top_level_low")) {
      baselineRow(t, "top-level themes (ours)", f, "_top_level");
    }
    methods.forEach(m -> baselineRow(t, "baseline: " + m, f, "_baseline_" + m));
    return t.append('\n').toString();
  }

  private static void baselineRow(StringBuilder t, String method, Map<String, Double> f,
                                  String suffix) {
    String nmi = "nmi" + suffix;
    t.append("| ").append(method).append(" | ").append(fmt(f.getOrDefault(nmi, Double.NaN)))
        .append(" [").append(fmt(f.getOrDefault(nmi + "_low", Double.NaN))).append('-')
        .append(fmt(f.getOrDefault(nmi + "_high", Double.NaN))).append("] | ")
        .append(fmt(f.getOrDefault("purity" + suffix, Double.NaN))).append(" | ")
        .append(fmt(f.getOrDefault("clusters" + suffix, Double.NaN))).append(" |\n");
  }

  /** Per-rule accounting as a table: one row per rule, counts and precision. */
  private static void perRule(StringBuilder md, TaskResult r) {
    md.append("| rule | fires | decides (first to fire) | precision |\n|---|---|---|---|\n");
    r.extra().forEach((k, v) -> {
      if (k.endsWith(" fires")) {
        String rule = k.substring(0, k.length() - " fires".length());
        md.append("| ").append(rule).append(" | ").append(Math.round(v)).append(" | ")
            .append(Math.round(r.extra().getOrDefault(rule + " first", 0.0))).append(" | ")
            .append(v == 0 ? "-" : fmt(r.extra().getOrDefault(rule + " precision", 0.0)))
            .append(" |\n");
      }
    });
    md.append('\n');
  }

  static Map<String, Object> json(EvaluationReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("started", report.started().toString());
    root.put("data", report.dataFolder());
    root.put("limits", report.limits());
    root.put("threads", report.threads());
    // The same provenance as a run's manifest: which build and which data files made the figures.
    Build build = Build.current();
    root.put("build", ordered("commit", build.commit(), "dirty", build.dirty(), "built_at",
        build.builtAt()));
    root.put("models", ModelFiles.shipped());
    List<Object> targets = new ArrayList<>();
    for (Target t : TARGETS) {
      double v = figures(report.result(t.key())).getOrDefault(t.figure(), 0.0);
      targets.add(ordered("result", t.key(), "figure", t.figure(), "measured", v,
          "target", t.minimum(), "atMost", t.atMost(), "met", t.met(v)));
    }
    root.put("targets", targets);
    List<Object> results = new ArrayList<>();
    for (TaskResult r : report.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", r.key());
      m.put("title", r.title());
      m.put("dataset", r.dataset());
      m.put("items", r.items());
      m.put("figures", figures(r));
      Map<String, Object> ci = new LinkedHashMap<>();
      intervals(r).forEach((k, v) -> ci.put(k, ordered("low", v.low(), "high", v.high())));
      m.put("intervals_95", ci);
      Confusion c = r.confusion();
      if (c != null) {
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (String l : c.labels()) {
          perClass.put(l, ordered("precision", c.precision(l), "recall", c.recall(l),
              "f1", c.f1(l)));
        }
        m.put("per_class", perClass);
        m.put("confusion", c.matrix());
      }
      if (r.metrics() != null) {
        m.put("counts", r.metrics());
      }
      m.put("speeds", r.speeds().stream().map(ReportWriter::speed).toList());
      m.put("notes", r.notes());
      results.add(m);
    }
    root.put("results", results);
    root.put("speeds", report.speeds().stream().map(ReportWriter::speed).toList());
    return root;
  }

  /** A map that keeps the order its keys are given in: key, value, key, value, ... */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> speed(Speed s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", s.stage());
    m.put("sentences", s.sentences());
    m.put("seconds", s.seconds());
    m.put("threads", s.threads());
    m.put("sentences_per_second", s.perSecond());
    return m;
  }

  private static String range(Bootstrap.Interval i) {
    return fmt(i.low()) + "-" + fmt(i.high());
  }

  private static String fmt(double v) {
    // Counts (number of themes) travel as figures too; they read better without decimals.
    if (v > 1 && v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
