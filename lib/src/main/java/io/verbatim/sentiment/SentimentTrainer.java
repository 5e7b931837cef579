package io.verbatim.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link SentimentModel}: multinomial logistic regression by stochastic gradient descent
 * with AdaGrad step sizes, L2 regularisation and class weights inversely proportional to class
 * frequency (n / (3 n_c)). Single-threaded and seeded, so the same examples and hyper-parameters
 * give the same weights on every run and machine. In the library, not beside it, because a run
 * fits too: {@link ScoreAdaptation} learns a small in-domain model from the customer's scores.
 */
public final class SentimentTrainer {

  /**
   * Training settings.
   *
   * @param epochs passes over the data
   * @param learningRate AdaGrad base step
   * @param l2 L2 penalty per example seen (applied to the weights an example touches)
   * @param minCount features seen in fewer training examples are dropped
   * @param seed shuffling seed
   * @param balanced whether to weight classes inversely to their frequency
   */
  public record Options(int epochs, double learningRate, double l2, int minCount, long seed,
                        boolean balanced) {

    public static Options defaults() {
      return new Options(8, 0.02, 1e-5, 2, 20261124L, true);
    }

    public Options {
      if (epochs < 1 || learningRate <= 0 || l2 < 0 || minCount < 1) {
        throw new IllegalArgumentException("bad training options");
      }
    }

    /** The settings as provenance records them. */
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", "multinomial logistic regression, SGD with AdaGrad");
      m.put("features", "lower-cased word forms (no POS, no lemmas; numbers folded, forms of be/have"
          + " folded to their base), unigrams +"
          + " bigrams scaled to Euclidean length " + SentimentFeatures.NGRAM_NORM + ", NOT_"
          + " negation marking to punctuation/'but', lexicon presence features (value 1), VADER"
          + " valence, service failures, question/exclamation marks; a comment of several"
          + " sentences also its first sentence's words as head features (h:, length "
          + SentimentFeatures.HEAD_NORM + ")");
      m.put("epochs", epochs);
      m.put("learningRate", learningRate);
      m.put("l2", l2);
      m.put("minCount", minCount);
      m.put("seed", seed);
      m.put("classWeights", balanced ? "balanced: n / (3 * n_class)" : "none");
      return m;
    }
  }

  /**
   * A training example: its feature values ({@link SentimentFeatures#values}) and its class (0
   * negative, 1 neutral, 2 positive).
   */
  public record Example(Map<String, Double> features, int label) implements java.io.Serializable {
  }

  private SentimentTrainer() {
  }

  public static SentimentModel train(List<Example> examples, Options o) {
    // Vocabulary in first-seen order (deterministic), pruned by document frequency.
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Example e : examples) {
      for (String f : e.features().keySet()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    counts.forEach((f, c) -> {
      if (c >= o.minCount()) {
        index.put(f, names.size());
        names.add(f);
      }
    });
    int[][] x = new int[examples.size()][];
    double[][] v = new double[examples.size()][];
    int[] y = new int[examples.size()];
    long[] perClass = new long[3];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      List<Map.Entry<String, Double>> known = e.features().entrySet().stream()
          .filter(f -> index.containsKey(f.getKey())).toList();
      x[i] = known.stream().mapToInt(f -> index.get(f.getKey())).toArray();
      v[i] = known.stream().mapToDouble(Map.Entry::getValue).toArray();
      y[i] = e.label();
      perClass[e.label()]++;
    }
    double[] classWeight = new double[3];
    for (int k = 0; k < 3; k++) {
      classWeight[k] = !o.balanced() || perClass[k] == 0 ? 1
          : examples.size() / (3.0 * perClass[k]);
    }

    int d = names.size();
    double[] shrink = new double[d];
    for (int j = 0; j < d; j++) {
      shrink[j] = o.l2() * x.length / counts.get(names.get(j));
    }
    double[] w = new double[d * 3];
    double[] g2 = new double[d * 3];
    double[] b = new double[3];
    double[] bg2 = new double[3];
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(o.seed());
    double eps = 1e-8;
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int n : order) {
        int[] xi = x[n];
        double[] vi = v[n];
        double[] z = b.clone();
        for (int q = 0; q < xi.length; q++) {
          int j = xi[q];
          z[0] += w[j * 3] * vi[q];
          z[1] += w[j * 3 + 1] * vi[q];
          z[2] += w[j * 3 + 2] * vi[q];
        }
        double[] p = SentimentModel.softmax(z);
        double cw = classWeight[y[n]];
        for (int k = 0; k < 3; k++) {
          double grad = cw * (p[k] - (k == y[n] ? 1 : 0));
          bg2[k] += grad * grad;
          b[k] -= o.learningRate() * grad / Math.sqrt(bg2[k] + eps);
          for (int q = 0; q < xi.length; q++) {
            int j = xi[q];
            int at = j * 3 + k;
            double gj = grad * vi[q] + shrink[j] * w[at];
            g2[at] += gj * gj;
            w[at] -= o.learningRate() * gj / Math.sqrt(g2[at] + eps);
          }
        }
      }
    }
    float[] weights = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      // Four decimals are plenty for the scores and keep the file small.
      weights[i] = (float) (Math.round(w[i] * 1e4) / 1e4);
    }
    return new SentimentModel(names, weights, b, null);
  }
}
