package io.verbatim.evaluate;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import io.verbatim.themes.AspectExtractor;
import io.verbatim.themes.PhraseCounts;
import io.verbatim.themes.TopicVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Plain ways of grouping complaints, scored beside the main themes on the same comments and
 * labels with the same NMI, purity and bootstrap, so a figure of ours reads against what a naive
 * method reaches:
 *
 * <ul>
 *   <li>nouns: "themes are the frequent nouns": each comment goes to its commonest noun among
 *       the corpus's K most widespread ones;
 *   <li>kmeans: k-means++ over each comment's TF-IDF vector of content lemmas;
 *   <li>vectors: k-means++ over each comment's mean word vector ({@link TopicVector}, the one
 *       main themes use), which sees synonyms TF-IDF keeps apart;
 * </ul>
 *
 * <p>each k-means with k = {@value #MANAGER_CLUSTERS} (the top-level count a manager reads) and
 * with k = K, the clusters our main themes form. Labels are read only to score.
 */
final class PlainBaselines {

  static final String NO_CLUSTER = "(no cluster)";
  static final int MANAGER_CLUSTERS = 20;
  private static final long SEED = 20261206L;

  /** Comment vectors, each L2-normalised, in a space of {@code dimension} coordinates. */
  record Vectors(List<KMeans.Point> points, int dimension) {
  }

  private PlainBaselines() {
  }

  /**
   * Adds the baselines' figures ({@code nmi_baseline_<method>} with {@code _low} and
   * {@code _high}, {@code purity_baseline_<method>}, {@code clusters_baseline_<method>}) and one
   * note explaining them.
   *
   * @param comments parallel to {@code labels}
   * @param k the number of clusters our method forms (comments in no theme not counted)
   */
  static void score(List<AnalyzedComment> comments, List<String> labels, int k,
                    Map<String, Double> figures, List<String> notes) {
    Stopwatch clock = new Stopwatch();
    Vectors tfIdf = tfIdf(comments);
    Vectors topics = topicVectors(comments);
    Map<String, List<String>> methods = new java.util.LinkedHashMap<>();
    methods.put("nouns", commonestNoun(comments, k));
    methods.put("kmeans" + MANAGER_CLUSTERS, kMeans(tfIdf, MANAGER_CLUSTERS));
    methods.put("kmeans_k", kMeans(tfIdf, k));
    methods.put("vectors" + MANAGER_CLUSTERS, kMeans(topics, MANAGER_CLUSTERS));
    methods.put("vectors_k", kMeans(topics, k));
    methods.forEach((name, clusters) -> addFigures(name, clusters, labels, figures));
    notes.add(String.format(Locale.ROOT, "Baselines (same comments, labels, NMI, purity and"
        + " bootstrap; K = %d, the clusters our main themes form; %.1fs): nouns = each comment's"
        + " commonest noun lemma (common nouns that can be an object, names left out) among the K nouns most"
        + " comments name, ties to the more widespread; kmeans20 / kmeans_k = k-means++ (one"
        + " seeded run) with k = 20 / K over L2-normalised TF-IDF of noun, verb and adjective"
        + " lemmas (raw counts, smoothed idf, lemmas of at least 2 comments, %d of them);"
        + " vectors20 / vectors_k = the same over each comment's mean word vector (TopicVector)."
        + " Comments with nothing to place them by form one cluster, \"%s\".", k,
        clock.seconds(), tfIdf.dimension(), NO_CLUSTER));
  }

  /**
   * One method's figures against the labels: {@code nmi_baseline_<name>} with its bootstrap
   * {@code _low} and {@code _high}, {@code purity_baseline_<name>},
   * {@code clusters_baseline_<name>}.
   */
  static void addFigures(String name, List<String> clusters, List<String> labels,
                         Map<String, Double> figures) {
    String suffix = "_baseline_" + name;
    figures.put("nmi" + suffix, ComplaintThemeEvaluation.nmi(clusters, labels));
    double[] interval = ComplaintThemeEvaluation.nmiInterval(clusters, labels);
    figures.put("nmi" + suffix + "_low", interval[0]);
    figures.put("nmi" + suffix + "_high", interval[1]);
    figures.put("purity" + suffix, ComplaintThemeEvaluation.purity(clusters, labels));
    figures.put("clusters" + suffix, (double) Set.copyOf(clusters).size());
  }

  /**
   * Each comment's commonest noun lemma among the {@code k} nouns most comments name, ties to
   * the noun more comments name, then alphabetical; {@link #NO_CLUSTER} when it names none.
   */
  static List<String> commonestNoun(List<AnalyzedComment> comments, int k) {
    Predicate<Token> isNoun = commonNouns(comments);
    List<Map<String, Integer>> nouns = comments.stream()
        .map(c -> lemmaCounts(c, isNoun)).toList();
    Map<String, Integer> spread = commentCounts(nouns);
    Comparator<String> widest = Comparator.<String>comparingInt(spread::get).reversed()
        .thenComparing(Comparator.naturalOrder());
    Set<String> top = spread.keySet().stream().sorted(widest).limit(k)
        .collect(Collectors.toSet());
    List<String> out = new ArrayList<>(comments.size());
    for (Map<String, Integer> counts : nouns) {
      out.add(counts.keySet().stream().filter(top::contains)
          .min(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(widest))
          .orElse(NO_CLUSTER));
    }
    return out;
  }

  /**
   * TF-IDF of each comment's content lemmas (common nouns, verbs, adjectives that are words), as
   * scikit-learn's {@code TfidfVectorizer} computes it by default: raw count times
   * {@code ln((1 + n) / (1 + df)) + 1}, L2-normalised. Lemmas of a single comment are left out:
   * they cannot bring two comments together.
   */
  static Vectors tfIdf(List<AnalyzedComment> comments) {
    Predicate<Token> isNoun = commonNouns(comments);
    Predicate<Token> isContent = t -> isNoun.test(t)
        || (t.isVerb() || t.isAdjective()) && AspectExtractor.canBeObject(t.lemma());
    List<Map<String, Integer>> terms = comments.stream()
        .map(c -> lemmaCounts(c, isContent)).toList();
    Map<String, Integer> df = commentCounts(terms);
    Map<String, Integer> vocabulary = new HashMap<>();
    new TreeMap<>(df).forEach((term, n) -> {
      if (n >= 2) {
        vocabulary.put(term, vocabulary.size());
      }
    });
    int n = comments.size();
    List<KMeans.Point> points = new ArrayList<>(n);
    for (Map<String, Integer> counts : terms) {
      TreeMap<Integer, Double> weights = new TreeMap<>();
      counts.forEach((term, tf) -> {
        Integer at = vocabulary.get(term);
        if (at != null) {
          weights.put(at, tf * (Math.log((1.0 + n) / (1.0 + df.get(term))) + 1));
        }
      });
      points.add(unit(weights));
    }
    return new Vectors(points, vocabulary.size());
  }

  /** Each comment's topic vector (mean word vector of its content words, unit length). */
  static Vectors topicVectors(List<AnalyzedComment> comments) {
    int dimension = io.verbatim.words.WordVectors.shipped().dimension();
    List<KMeans.Point> points = comments.stream().map(c -> {
      double[] v = TopicVector.of(c);
      return v == null ? new KMeans.Point(new int[0], new double[0]) : KMeans.Point.dense(v);
    }).toList();
    return new Vectors(points, dimension);
  }

  /** k-means++ clusters named {@code k<i>}; points with nothing to place them by in none. */
  static List<String> kMeans(Vectors vectors, int k) {
    int[] clusters = KMeans.cluster(vectors.points(), vectors.dimension(), k, SEED);
    List<String> out = new ArrayList<>(clusters.length);
    for (int c : clusters) {
      out.add(c < 0 ? NO_CLUSTER : "k" + c);
    }
    return out;
  }

  /**
   * Common nouns that can be an object ({@link AspectExtractor#canBeObject}), names left out as
   * theme discovery leaves them out: tagged NNP, or capitalised inside sentences in more of the
   * corpus's comments than written in lower case ({@link PhraseCounts#isName}; placeholders a
   * data set writes in capitals included).
   */
  private static Predicate<Token> commonNouns(List<AnalyzedComment> comments) {
    PhraseCounts names = new PhraseCounts();
    comments.forEach(names::add);
    return t -> t.isNoun() && !t.pos().startsWith("NNP") && AspectExtractor.canBeObject(t.lemma())
        && !names.isName(t.lemma());
  }

  private static Map<String, Integer> lemmaCounts(AnalyzedComment c, Predicate<Token> keep) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : c.sentences()) {
      for (Token t : s.tokens()) {
        if (keep.test(t)) {
          counts.merge(t.lemma(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** In how many comments each lemma occurs. */
  private static Map<String, Integer> commentCounts(List<Map<String, Integer>> perComment) {
    Map<String, Integer> out = new HashMap<>();
    perComment.forEach(m -> m.keySet().forEach(term -> out.merge(term, 1, Integer::sum)));
    return out;
  }

  private static KMeans.Point unit(TreeMap<Integer, Double> weights) {
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    int[] index = new int[weights.size()];
    double[] value = new double[weights.size()];
    int i = 0;
    for (Map.Entry<Integer, Double> e : weights.entrySet()) {
      index[i] = e.getKey();
      value[i++] = e.getValue() / norm;
    }
    return new KMeans.Point(index, value);
  }
}
