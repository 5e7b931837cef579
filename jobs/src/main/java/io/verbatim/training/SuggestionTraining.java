package io.verbatim.training;

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
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.suggestions.SuggestionDetector;
import io.verbatim.suggestions.SuggestionModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the suggestion model ({@link SuggestionModel}) from a labelled CSV of {@code
 * id,sentence,label} rows: tags every row with the annotator's own CoreNLP pipeline, builds
 * {@link SuggestionDetector#features} per sentence, and fits an L2-regularised logistic
 * regression with LIBLINEAR. A row is a suggestion when a rule recognises it or the model's
 * probability reaches the threshold, as the detector decides. The penalty and the decision threshold are chosen by 5-fold
 * cross-validation inside the training file; the figure reported for the file is a nested
 * cross-validation (each outer fold scored by a model whose penalty and threshold were chosen on
 * the other four folds alone), so no row ever helps choose the settings it is scored with.
 * Folds are cut by a hash of the sentence text, so a sentence that occurs twice (the SemEval
 * training set repeats some) never sits on both sides of a fold. Deterministic: LIBLINEAR's
 * random source is reset before every fit.
 */
public final class SuggestionTraining {

  /** Inverse regularisation strengths tried (LIBLINEAR's C). */
  static final double[] PENALTIES = {0.3, 1, 3};
  static final int FOLDS = 5;
  static final int INNER_FOLDS = 3;
  /** Weights smaller than this are dropped from the model file: they move no decision. */
  static final double MIN_WEIGHT = 1e-4;
  public static final String SEMEVAL_LICENCE = "CC BY-NC-SA 4.0 (SemEval-2019 Task 9 training data,"
      + " Negi et al.): the model is an adaptation of it, so non-commercial use only, with"
      + " attribution, and shared under the same licence";

  /** One labelled row: its gold label, fold and the feature vector of each CoreNLP sentence. */
  record Row(String id, boolean gold, boolean ruled, int fold, int innerFold,
             List<int[]> indices, List<double[]> values) {
  }

  /**
   * What training produced.
   *
   * @param model the model trained on every row, with its provenance
   * @param nested nested cross-validated confusion on the training file (the honest figure)
   * @param rules the rule chain alone on the same rows (every kind counts)
   * @param penalty the chosen C
   * @param threshold the chosen probability threshold
   */
  public record Result(SuggestionModel model, Confusion nested, Confusion rules, double penalty,
                       double threshold) {
  }

  /** The features of every row, indexed in one dictionary. */
  private final Map<String, Integer> dictionary = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private SuggestionTraining() {
  }

  /**
   * Trains from {@code data} and returns the model with its provenance.
   *
   * @param licence the training data's licence, stated in the model's provenance
   */
  public static Result run(Path data, String licence, int threads, PrintStream log)
      throws IOException {
    List<LabelledText> rows = SuggestionSetReader.read(data);
    if (rows.size() < 50) {
      throw new IllegalArgumentException(data + " has " + rows.size()
          + " labelled rows; training needs at least 50");
    }
    long positives = rows.stream().filter(r -> r.label().equals(SuggestionSetReader.SUGGESTION))
        .count();
    if (positives < 10 || rows.size() - positives < 10) {
      throw new IllegalArgumentException(data + " needs at least 10 rows of each label");
    }
    log.printf(Locale.ROOT, "Tagging %,d rows of %s...%n", rows.size(), data);
    SuggestionTraining t = new SuggestionTraining();
    Confusion rules = new Confusion(List.of(SuggestionSetReader.SUGGESTION,
        SuggestionSetReader.OTHER));
    List<Row> tagged = t.tag(rows, threads, rules);
    Linear.disableDebugOutput();

    log.println("Nested cross-validation (the reported figure)...");
    Confusion nested = new Confusion(rules.labels());
    for (int fold = 0; fold < FOLDS; fold++) {
      final int f = fold;
      List<Row> train = tagged.stream().filter(r -> r.fold() != f).toList();
      List<Row> test = tagged.stream().filter(r -> r.fold() == f).toList();
      Choice choice = t.choose(train, INNER_FOLDS);
      Model m = t.fit(train, choice.penalty());
      for (Row r : test) {
        boolean predicted = r.ruled() || t.probability(m, r) >= choice.threshold();
        nested.add(label(r.gold()), label(predicted));
      }
      log.printf(Locale.ROOT, "  fold %d: C=%.2f threshold=%.2f%n", fold, choice.penalty(),
          choice.threshold());
    }
    log.printf(Locale.ROOT, "Nested CV: suggestion F1 %.3f (P %.3f, R %.3f); rules alone %.3f%n",
        nested.f1(SuggestionSetReader.SUGGESTION), nested.precision(SuggestionSetReader.SUGGESTION),
        nested.recall(SuggestionSetReader.SUGGESTION), rules.f1(SuggestionSetReader.SUGGESTION));

    Choice choice = t.choose(tagged, FOLDS);
    log.printf(Locale.ROOT, "Chosen on all rows: C=%.2f threshold=%.2f (CV F1 %.3f)%n",
        choice.penalty(), choice.threshold(), choice.f1());
    Model full = t.fit(tagged, choice.penalty());
    Map<String, Object> provenance = provenance(data, licence, rows.size(), positives, choice,
        nested, rules);
    SuggestionModel model = t.export(full, choice.threshold(), provenance);
    return new Result(model, nested, rules, choice.penalty(), choice.threshold());
  }

  /** A penalty, the threshold that gave the best cross-validated F1 with it, and that F1. */
  record Choice(double penalty, double threshold, double f1) {
  }

  /** Chooses C and the threshold by {@code folds}-fold cross-validation inside {@code rows}. */
  Choice choose(List<Row> rows, int folds) {
    java.util.function.ToIntFunction<Row> foldOf = folds == FOLDS ? Row::fold : Row::innerFold;
    Choice best = null;
    for (double c : PENALTIES) {
      double[] p = new double[rows.size()];
      for (int fold = 0; fold < folds; fold++) {
        List<Row> train = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          if (foldOf.applyAsInt(rows.get(i)) != fold) {
            train.add(rows.get(i));
          }
        }
        Model m = fit(train, c);
        for (int i = 0; i < rows.size(); i++) {
          if (foldOf.applyAsInt(rows.get(i)) == fold) {
            p[i] = probability(m, rows.get(i));
          }
        }
      }
      for (int k = 10; k <= 95; k++) {
        double threshold = k / 100.0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < rows.size(); i++) {
          boolean predicted = rows.get(i).ruled() || p[i] >= threshold;
          boolean gold = rows.get(i).gold();
          tp += gold && predicted ? 1 : 0;
          fp += !gold && predicted ? 1 : 0;
          fn += gold && !predicted ? 1 : 0;
        }
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        if (best == null || f1 > best.f1() + 1e-9) {
          best = new Choice(c, threshold, f1);
        }
      }
    }
    return best;
  }

  /** A logistic regression on the rows, each row's sentences merged into one vector. */
  Model fit(List<Row> rows, double penalty) {
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = names.size() + 1;
    problem.bias = 1;
    problem.x = new Feature[rows.size()][];
    problem.y = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      problem.x[i] = vector(merged(rows.get(i)), names.size() + 1);
      problem.y[i] = rows.get(i).gold() ? 1 : 0;
    }
    Linear.resetRandom();
    return Linear.train(problem, new Parameter(SolverType.L2R_LR, penalty, 0.01));
  }

  /** A row's probability: its most suggestive sentence, as the pipeline decides per sentence. */
  double probability(Model m, Row r) {
    double best = 0;
    double[] p = new double[2];
    int[] labels = m.getLabels();
    int positive = labels[0] == 1 ? 0 : 1;
    for (int s = 0; s < r.indices().size(); s++) {
      Linear.predictProbability(m, vector(new Sparse(r.indices().get(s), r.values().get(s)),
          names.size() + 1), p);
      best = Math.max(best, p[positive]);
    }
    return best;
  }

  /** The model as named weights, with its bias, threshold and provenance. */
  SuggestionModel export(Model m, double threshold, Map<String, Object> provenance) {
    double[] w = m.getFeatureWeights();
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Float> weights = new HashMap<>();
    for (int j = 0; j < names.size(); j++) {
      double v = sign * w[j];
      if (Math.abs(v) >= MIN_WEIGHT) {
        weights.put(names.get(j), (float) (Math.round(v * 1e4) / 1e4));
      }
    }
    double bias = sign * w[names.size()];
    provenance.put("weights", weights.size());
    return new SuggestionModel(weights, bias, threshold, provenance);
  }

  private List<Row> tag(List<LabelledText> rows, int threads, Confusion rules) {
    VerbatimConfig.Annotation a = ConfigLoader.defaults().annotation();
    // The rule-based sentiment: the cheapest; the suggestion features read only the tokens.
    CommentAnnotator annotator = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.RULES, a.parser(), a.maxParseTokens(), a.negativeBelow(),
        a.positiveAbove(), "rules"));
    SuggestionDetector detector = new SuggestionDetector(SuggestionDetector.Method.RULES);
    List<List<Sentence>> sentences = Parallel.map(rows, threads, r -> annotator.annotate(
        new Comment(r.id(), null, r.text(), null, Map.of(), "training", 0)).sentences());
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledText r = rows.get(i);
      boolean gold = r.label().equals(SuggestionSetReader.SUGGESTION);
      List<int[]> indices = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      boolean ruled = false;
      for (Sentence s : sentences.get(i)) {
        Map<String, Double> f = SuggestionDetector.features(s.tokens(), s.text());
        if (f == null) {
          continue;
        }
        ruled |= detector.detect(s.tokens(), s.text()).anyKind();
        Sparse v = index(f);
        indices.add(v.indices());
        values.add(v.values());
      }
      rules.add(label(gold), label(ruled));
      out.add(new Row(r.id(), gold, ruled, fold(r.text()), innerFold(r.text()), indices, values));
    }
    return out;
  }

  /** Sparse vector with sorted 1-based indices, as LIBLINEAR wants them. */
  record Sparse(int[] indices, double[] values) {
  }

  private Sparse index(Map<String, Double> features) {
    int[] idx = new int[features.size()];
    int k = 0;
    for (String name : features.keySet()) {
      Integer at = dictionary.get(name);
      if (at == null) {
        at = names.size() + 1;
        dictionary.put(name, at);
        names.add(name);
      }
      idx[k++] = at;
    }
    int[] order = java.util.stream.IntStream.range(0, idx.length).boxed()
        .sorted((a, b) -> Integer.compare(idx[a], idx[b])).mapToInt(Integer::intValue).toArray();
    List<String> keys = new ArrayList<>(features.keySet());
    int[] sorted = new int[idx.length];
    double[] vals = new double[idx.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = idx[order[i]];
      vals[i] = features.get(keys.get(order[i]));
    }
    return new Sparse(sorted, vals);
  }

  /** A row's sentences as one vector: the largest value of each feature over its sentences. */
  private static Sparse merged(Row r) {
    if (r.indices().size() == 1) {
      return new Sparse(r.indices().get(0), r.values().get(0));
    }
    java.util.TreeMap<Integer, Double> m = new java.util.TreeMap<>();
    for (int s = 0; s < r.indices().size(); s++) {
      int[] idx = r.indices().get(s);
      double[] val = r.values().get(s);
      for (int k = 0; k < idx.length; k++) {
        m.merge(idx[k], val[k], Math::max);
      }
    }
    return new Sparse(m.keySet().stream().mapToInt(Integer::intValue).toArray(),
        m.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Feature[] vector(Sparse v, int biasIndex) {
    Feature[] x = new Feature[v.indices().length + 1];
    for (int k = 0; k < v.indices().length; k++) {
      x[k] = new FeatureNode(v.indices()[k], v.values()[k]);
    }
    x[x.length - 1] = new FeatureNode(biasIndex, 1);
    return x;
  }

  /**
   * The outer fold (0..{@value #FOLDS}-1) of a row, from a hash of its lower-cased text, so
   * repeated sentences share one.
   */
  static int fold(String text) {
    return Math.floorMod(mix(text), FOLDS);
  }

  /** The inner fold (0..{@value #INNER_FOLDS}-1), independent of the outer one. */
  static int innerFold(String text) {
    return Math.floorMod(mix(text) / FOLDS, INNER_FOLDS);
  }

  private static int mix(String text) {
    int h = text.strip().toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1;
    return (h ^ (h >>> 16)) & Integer.MAX_VALUE;
  }

  private static String label(boolean suggestion) {
    return suggestion ? SuggestionSetReader.SUGGESTION : SuggestionSetReader.OTHER;
  }

  private static Map<String, Object> provenance(Path data, String licence, int rows,
                                                long positives, Choice choice, Confusion nested,
                                                Confusion rules) throws IOException {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("model", "L2-regularised logistic regression (LIBLINEAR " + Linear.getVersion()
        + ", solver L2R_LR), one weight per named feature, sigmoid of the weighted sum");
    p.put("features", "io.verbatim.suggestions.SuggestionFeatures: word unigrams and bigrams,"
        + " character 3- and 4-grams (each family scaled to length 1), the rules that fire, the"
        + " rules' kind, mood and modal patterns from the Penn tags");
    p.put("trainingData", relative(data));
    p.put("trainingDataSha256", sha256(data));
    p.put("licence", licence);
    p.put("rows", rows);
    p.put("suggestionRows", positives);
    p.put("trainedAt", Instant.now().toString());
    p.put("penaltyC", choice.penalty());
    p.put("threshold", choice.threshold());
    p.put("chosenBy", FOLDS + "-fold cross-validation inside the training file (folds by a hash"
        + " of the sentence text); C from " + Arrays.toString(PENALTIES)
        + ", threshold 0.10..0.95 maximising suggestion F1");
    p.put("decision", "a suggestion when a rule of the chain recognises it or the probability"
        + " reaches the threshold");
    p.put("crossValidatedF1", round(choice.f1()));
    p.put("nestedCv", figures(nested, "nested " + FOLDS + "-fold cross-validation: each outer fold"
        + " scored by a model whose C and threshold were chosen by " + INNER_FOLDS
        + "-fold cross-validation on the other folds alone"));
    p.put("rulesAlone", figures(rules, "the rule chain alone on the same rows, every kind"
        + " counting; in-sample when the rules were written from this file"));
    return p;
  }

  private static Map<String, Object> figures(Confusion c, String how) {
    String s = SuggestionSetReader.SUGGESTION;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("how", how);
    m.put("f1", round(c.f1(s)));
    m.put("precision", round(c.precision(s)));
    m.put("recall", round(c.recall(s)));
    m.put("confusion", c.matrix());
    return m;
  }

  /** The path as given when relative, else relative to the working folder when below it. */
  static String relative(Path file) {
    if (!file.isAbsolute()) {
      return file.normalize().toString();
    }
    Path here = Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file).toString() : file.getFileName().toString();
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
