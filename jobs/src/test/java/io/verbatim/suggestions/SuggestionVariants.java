package io.verbatim.suggestions;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Compares variants of the suggestion model (feature families, solver, penalty, class weight,
 * whether a rule's verdict stands) by cross-validation inside the training file only: the table
 * behind the choices {@code verbatim train suggestions} makes. Not a test: run it by hand. Each
 * variant's figure is the best suggestion F1 over its penalty grid and thresholds on the pooled
 * out-of-fold probabilities of the training folds (slightly optimistic, alike for every variant;
 * training reports the honest nested figure for the chosen one). Tagging is cached in a file
 * outside the project so repeated runs only fit (each variant then takes 1-2 minutes; the third
 * argument runs only the variants whose name contains it).
 *
 * <pre>
 * mvn -B -q -pl lib,jobs -am package -DskipTests
 * java -cp jobs/target/test-classes:jobs/target/verbatim-jobs.jar:$(cat jobs/target/classpath.txt) \
 *     io.verbatim.suggestions.SuggestionVariants [training csv] [cache file] [name part]
 * </pre>
 */
public final class SuggestionVariants {

  private static final int FOLDS = 5;

  /** One tagged row: gold label, fold, and per sentence its tokens and text. */
  record Tagged(boolean gold, int fold, List<List<Token>> tokens, List<String> texts)
      implements Serializable {
  }

  /** One row's feature maps (one per sentence, every family) and whether a rule fires. */
  record Row(boolean gold, int fold, boolean ruled, List<Map<String, Double>> sentences) {
  }

  /** A variant: which features, which solver, penalties, positive-class weight, decision. */
  record Variant(String name, Predicate<String> families, SolverType solver, double[] penalties,
                 double positiveWeight, boolean rulesStand, boolean naiveBayes) {

    Variant(String name, Predicate<String> families, SolverType solver, double[] penalties,
            double positiveWeight, boolean rulesStand) {
      this(name, families, solver, penalties, positiveWeight, rulesStand, false);
    }
  }

  private SuggestionVariants() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0]
        : "../shared/data/suggestions/semeval2019-task9/V1.4_Training.csv");
    Path cache = Path.of(args.length > 1 ? args[1] : "/tmp/verbatim-suggestion-tagged.ser");
    String only = args.length > 2 ? args[2] : "";
    List<Tagged> tagged = tagged(data, cache);
    List<Row> rows = new ArrayList<>();
    for (Tagged t : tagged) {
      List<Map<String, Double>> fs = new ArrayList<>();
      boolean ruled = false;
      for (int s = 0; s < t.tokens().size(); s++) {
        Map<String, Double> f = SuggestionDetector.features(t.tokens().get(s), t.texts().get(s));
        if (f == null) {
          continue;
        }
        f = new LinkedHashMap<>(f);
        RuleInput in = RuleInput.of(t.tokens().get(s), t.texts().get(s));
        extra(in, f);
        ruled |= new SuggestionDetector().detect(t.tokens().get(s), t.texts().get(s)).anyKind();
        fs.add(f);
      }
      rows.add(new Row(t.gold(), t.fold(), ruled, fs));
    }
    Linear.disableDebugOutput();
    double[] c = {0.03, 0.1, 0.3, 1};
    double[] wide = {0.3, 1, 3};
    double[] wider = {1, 3, 10};
    // "before": the features of the model this replaced (the shipped ones plus tag bigrams and
    // the sentence's first tags); "shipped": what SuggestionFeatures gives now.
    Predicate<String> shipped = n -> n.matches("^(w|b|c|r|k|p):.*") && !n.startsWith("p:t0");
    Predicate<String> before = n -> shipped.test(n) || n.startsWith("t:") || n.startsWith("p:t0");
    Predicate<String> richer = n -> shipped.test(n) || n.startsWith("l") || n.startsWith("c5:");
    SolverType lr = SolverType.L2R_LR;
    List<Variant> variants = List.of(
        new Variant("before, rules stand (the model replaced)", before, lr, c, 1, true),
        new Variant("before, model alone", before, lr, c, 1, false),
        new Variant("before, model alone, positive weight 2", before, lr, c, 2, false),
        new Variant("before without rule cues, model alone", n -> before.test(n)
            && !n.startsWith("r:") && !n.startsWith("k:"), lr, c, 1, false),
        new Variant("before + word trigrams, model alone", n -> before.test(n)
            || n.startsWith("w3:"), lr, c, 1, false),
        new Variant("before + lemma 1-2 grams, model alone", n -> before.test(n)
            || n.startsWith("l"), lr, c, 1, false),
        new Variant("before + char 5-grams, model alone", n -> before.test(n)
            || n.startsWith("c5:"), lr, c, 1, false),
        new Variant("before + tag trigrams + clause starts, model alone", n -> before.test(n)
            || n.startsWith("t3:") || n.startsWith("q:"), lr, c, 1, false),
        new Variant("before, L2 SVM (dual), model alone", before, SolverType.L2R_L2LOSS_SVC_DUAL,
            new double[] {0.01, 0.03, 0.1, 0.3}, 1, false),
        new Variant("before, L1 LR, model alone", before, SolverType.L1R_LR,
            new double[] {0.3, 1, 3, 10}, 1, false),
        new Variant("every family, model alone", n -> true, lr, c, 1, false),
        new Variant("before - tag bigrams, model alone", n -> before.test(n)
            && !n.startsWith("t:"), lr, wide, 1, false),
        new Variant("before - tag bigrams - patterns, model alone", n -> before.test(n)
            && !n.startsWith("t:") && !n.startsWith("p:"), lr, wide, 1, false),
        new Variant("before, rule threshold", before, lr, wide, 1, true),
        new Variant("shipped + lemmas + char 5, model alone", richer, lr, wider, 1, false),
        new Variant("shipped + lemmas + char 5 - patterns, model alone", n -> richer.test(n)
            && !n.startsWith("p:"), lr, wider, 1, false),
        new Variant("shipped + lemmas + char 5, rule threshold", richer, lr, wide, 1, true),
        new Variant("shipped, NB-LR, model alone", shipped, lr, new double[] {0.1, 0.3, 1}, 1,
            false, true),
        new Variant("shipped, model alone", shipped, lr, wide, 1, false),
        new Variant("shipped, rules stand (the shipped decision)", shipped, lr, wide, 1, true),
        new Variant("shipped, rules stand, residual: fit only where no rule fires", shipped, lr,
            c, 1, true));
    System.out.printf(Locale.ROOT, "%d rows, %d suggestions%n", rows.size(),
        rows.stream().filter(Row::gold).count());
    for (Variant v : variants) {
      if (!only.isEmpty() && !v.name().contains(only)) {
        continue;
      }
      long t0 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%-55s %s (%.0f s)%n", v.name(), cv(rows, v),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Families not in the shipped features: tried here before any becomes one, or dropped from it
   * (tag bigrams, first tags) and kept here so the comparison can be repeated.
   */
  static void extra(RuleInput in, Map<String, Double> f) {
    Words w = in.w;
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    words.add("<s>");
    lemmas.add("<s>");
    for (int i = 0; i < w.size(); i++) {
      words.add(w.word(i));
      lemmas.add(w.lemma(i));
    }
    words.add("</s>");
    lemmas.add("</s>");
    List<String> tri = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      tri.add("w3:" + words.get(i) + "_" + words.get(i + 1) + "_" + words.get(i + 2));
    }
    SuggestionFeatures.scaled(f, tri);
    List<String> lem = new ArrayList<>();
    for (int i = 1; i < lemmas.size() - 1; i++) {
      lem.add("l1:" + lemmas.get(i));
    }
    for (int i = 0; i + 1 < lemmas.size(); i++) {
      lem.add("l2:" + lemmas.get(i) + "_" + lemmas.get(i + 1));
    }
    SuggestionFeatures.scaled(f, lem);
    String text = " " + String.join(" ", words.subList(1, words.size() - 1)) + " ";
    List<String> c5 = new ArrayList<>();
    for (int i = 0; i + 5 <= text.length(); i++) {
      c5.add("c5:" + text.substring(i, i + 5));
    }
    SuggestionFeatures.scaled(f, c5);
    f.put("p:t0=" + w.tag(0), 1.0);
    f.put("p:t01=" + w.tag(0) + "_" + w.tag(1), 1.0);
    for (int i = 0; i + 1 < w.size(); i++) {
      f.put("t:" + w.tag(i) + "_" + w.tag(i + 1), 1.0);
    }
    for (int i = 0; i + 2 < w.size(); i++) {
      f.put("t3:" + w.tag(i) + "_" + w.tag(i + 1) + "_" + w.tag(i + 2), 1.0);
    }
    for (int i = 0; i < w.size(); i++) {
      if (i == 0 || w.isSeparator(i - 1)) {
        f.put("q:start=" + w.tag(i) + "_" + w.lemma(i), 1.0);
      }
    }
  }

  /** Best pooled out-of-fold F1 over penalties and thresholds, with P and R at that point. */
  static String cv(List<Row> rows, Variant v) {
    Map<String, Integer> dict = new HashMap<>();
    List<List<Feature[]>> vectors = new ArrayList<>();
    List<Feature[]> merged = new ArrayList<>();
    for (Row r : rows) {
      List<Feature[]> per = new ArrayList<>();
      TreeMap<Integer, Double> m = new TreeMap<>();
      for (Map<String, Double> f : r.sentences()) {
        TreeMap<Integer, Double> one = new TreeMap<>();
        f.forEach((n, x) -> {
          if (v.families().test(n)) {
            one.put(dict.computeIfAbsent(n, k -> dict.size() + 1), x);
          }
        });
        one.forEach((i, x) -> m.merge(i, x, Math::max));
        per.add(nodes(one));
      }
      vectors.add(per);
      merged.add(nodes(m));
    }
    int n = dict.size() + 1;
    String best = "";
    double bestF1 = -1;
    for (double c : v.penalties()) {
      double[] score = new double[rows.size()];
      for (int fold = 0; fold < FOLDS; fold++) {
        List<Integer> train = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          boolean residual = v.name().contains("residual") && rows.get(i).ruled();
          if (rows.get(i).fold() != fold && !residual) {
            train.add(i);
          }
        }
        double[] ratio = v.naiveBayes() ? ratios(train, rows, merged, n) : null;
        Problem p = new Problem();
        p.l = train.size();
        p.n = n;
        p.bias = -1;
        p.x = new Feature[train.size()][];
        p.y = new double[train.size()];
        for (int k = 0; k < train.size(); k++) {
          p.x[k] = withBias(scaledBy(merged.get(train.get(k)), ratio), n);
          p.y[k] = rows.get(train.get(k)).gold() ? 1 : 0;
        }
        Parameter param = new Parameter(v.solver(), c, 0.01);
        param.setWeights(new double[] {v.positiveWeight(), 1}, new int[] {1, 0});
        Linear.resetRandom();
        Model m = Linear.train(p, param);
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] dv = new double[1];
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).fold() == fold) {
            double s = Double.NEGATIVE_INFINITY;
            for (Feature[] x : vectors.get(i)) {
              Linear.predictValues(m, withBias(scaledBy(x, ratio), n), dv);
              s = Math.max(s, sign * dv[0]);
            }
            score[i] = 1 / (1 + Math.exp(-s));
          }
        }
      }
      // "rules stand": a rule's verdict is final (threshold 0 for sentences a rule recognises);
      // "rule threshold": a second threshold for those sentences, chosen with the first.
      int ruleSteps = v.name().contains("rule threshold") ? 12 : 0;
      for (int k = 2; k <= 98; k++) {
        for (int kr = 0; kr <= ruleSteps; kr++) {
          double t = k / 100.0;
          double tr = v.rulesStand() ? kr * 0.05 : t;
          long tp = 0;
          long fp = 0;
          long fn = 0;
          for (int i = 0; i < rows.size(); i++) {
            boolean pred = score[i] >= (rows.get(i).ruled() ? tr : t);
            boolean gold = rows.get(i).gold();
            tp += gold && pred ? 1 : 0;
            fp += !gold && pred ? 1 : 0;
            fn += gold && !pred ? 1 : 0;
          }
          double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
          if (f1 > bestF1) {
            bestF1 = f1;
            best = String.format(Locale.ROOT, "F1 %.3f P %.3f R %.3f (C=%s t=%.2f tr=%.2f, %d"
                + " features)", f1, tp / (double) (tp + fp), tp / (double) (tp + fn), c, t, tr,
                dict.size());
          }
        }
      }
    }
    return best;
  }

  /** Naive Bayes log-count ratios of every feature on the training rows (Wang and Manning). */
  private static double[] ratios(List<Integer> train, List<Row> rows, List<Feature[]> merged,
                                 int n) {
    double[] pos = new double[n + 1];
    double[] neg = new double[n + 1];
    java.util.Arrays.fill(pos, 1);
    java.util.Arrays.fill(neg, 1);
    for (int i : train) {
      double[] into = rows.get(i).gold() ? pos : neg;
      for (Feature x : merged.get(i)) {
        into[x.getIndex()] += x.getValue() > 0 ? 1 : 0;
      }
    }
    double sp = java.util.Arrays.stream(pos).sum();
    double sn = java.util.Arrays.stream(neg).sum();
    double[] r = new double[n + 1];
    for (int j = 0; j <= n; j++) {
      r[j] = Math.log((pos[j] / sp) / (neg[j] / sn));
    }
    return r;
  }

  private static Feature[] scaledBy(Feature[] x, double[] ratio) {
    if (ratio == null) {
      return x;
    }
    Feature[] y = new Feature[x.length];
    for (int k = 0; k < x.length; k++) {
      y[k] = new FeatureNode(x[k].getIndex(), x[k].getValue() * ratio[x[k].getIndex()]);
    }
    return y;
  }

  private static Feature[] nodes(TreeMap<Integer, Double> m) {
    Feature[] x = new Feature[m.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : m.entrySet()) {
      x[k++] = new FeatureNode(e.getKey(), e.getValue());
    }
    return x;
  }

  private static Feature[] withBias(Feature[] x, int biasIndex) {
    Feature[] y = java.util.Arrays.copyOf(x, x.length + 1);
    y[x.length] = new FeatureNode(biasIndex, 1);
    return y;
  }

  @SuppressWarnings("unchecked")
  private static List<Tagged> tagged(Path data, Path cache) throws IOException,
      ClassNotFoundException {
    if (Files.exists(cache)) {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cache))) {
        return (List<Tagged>) in.readObject();
      }
    }
    List<LabelledText> rows = SuggestionSetReader.read(data);
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    CommentAnnotator annotator = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.RULES, a.parser(), a.maxParseTokens(), a.negativeBelow(),
        a.positiveAbove(), "rules"));
    List<List<Sentence>> sentences = Parallel.map(rows, 2, r -> annotator.annotate(
        new Comment(r.id(), null, r.text(), null, Map.of(), "training", 0)).sentences());
    List<Tagged> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledText r = rows.get(i);
      out.add(new Tagged(r.label().equals(SuggestionSetReader.SUGGESTION),
          fold(r.text()),
          sentences.get(i).stream().map(s -> List.copyOf(s.tokens())).toList(),
          sentences.get(i).stream().map(Sentence::text).toList()));
    }
    try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(cache))) {
      o.writeObject(new ArrayList<>(out));
    }
    return out;
  }

  /** The same outer fold training gives a row: a hash of its lower-cased text. */
  static int fold(String text) {
    int h = text.strip().toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1;
    return Math.floorMod((h ^ (h >>> 16)) & Integer.MAX_VALUE, FOLDS);
  }
}
