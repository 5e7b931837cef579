package io.verbatim.training;

import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.labelled.Split;
import io.verbatim.labelled.UciSentences;
import io.verbatim.sentiment.SentimentScores;
import io.verbatim.sentiment.SentimentFeatures;
import io.verbatim.sentiment.SentimentModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.Parallel;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Reproduces the shipped model from the public clothing reviews: tokenizes every review (title +
 * text, tokenize + ssplit only), chooses learning rate and L2 penalty by 3-fold cross-validation
 * inside the training rows, shifts the per-label bias so that the pipeline's comment label (score
 * against the configured thresholds) gets the best cross-validated macro-F1, trains on all rows
 * outside the evaluation's held-out split and scores the held-out reviews, as whole comments and
 * as review text alone, beside CoreNLP's RNTN on exactly the same texts. All of it goes into the
 * model's provenance. The held-out rows are only ever scored, never used to choose anything.
 */
public final class SentimentTraining {

  /** Learning rates tried by cross-validation. */
  static final double[] LEARNING_RATES = {0.02, 0.05};
  /** L2 penalties tried, as multiples of the configured one. */
  static final double[] L2_FACTORS = {0.3, 1, 3};
  public static final int FOLDS = 3;
  /** Bias offsets tried for the negative and the positive label (neutral stays put). */
  static final double OFFSET_RANGE = 2.0;
  static final double OFFSET_STEP = 0.1;

  /**
   * Held-out figures for one definition of the text scored.
   *
   * @param comment the text as one token list, most probable class
   * @param commentByScore the text as one token list, score P(pos) - P(neg) against the
   *     configured thresholds: the label the pipeline reports, the headline
   * @param viaSentences each sentence scored alone, token-weighted mean score against the same
   *     thresholds
   * @param sentences sentences scored
   * @param scoreSeconds seconds spent computing features and scores (one thread)
   */
  public record HeldOut(Confusion comment, Confusion commentByScore, Confusion viaSentences,
                        long sentences, double scoreSeconds) {
  }

  /**
   * A trained model and its held-out figures.
   *
   * @param comments the held-out reviews as whole comments (title + text)
   * @param textOnly the held-out reviews' text alone
   * @param rntn CoreNLP's RNTN comment label on the same comments; null when not measured
   * @param rntnTextOnly the same on the text alone; null when not measured
   */
  public record Result(SentimentModel model, HeldOut comments, HeldOut textOnly, Confusion rntn,
                       Confusion rntnTextOnly) {

    public Confusion comment() {
      return comments.comment();
    }

    public Confusion commentByScore() {
      return comments.commentByScore();
    }

    public Confusion viaSentences() {
      return comments.viaSentences();
    }

    public long sentences() {
      return comments.sentences();
    }

    public double scoreSeconds() {
      return comments.scoreSeconds();
    }
  }

  /** One cross-validated setting: its options, bias offsets and out-of-fold macro-F1. */
  public record Candidate(SentimentTrainer.Options options, double[] offsets, double macroF1) {
  }

  private SentimentTraining() {
  }

  /**
   * Trains on {@code data}'s clothing reviews and measures the RNTN baseline on the held-out;
   * {@code limit} caps rows read (tests).
   */
  public static Result run(Path data, SentimentTrainer.Options options, int threads, int limit,
                           PrintStream log) throws IOException {
    return run(data, options, threads, limit, true, log);
  }

  /** As {@link #run(Path, SentimentTrainer.Options, int, int, PrintStream)}; RNTN optional. */
  public static Result run(Path data, SentimentTrainer.Options options, int threads, int limit,
                           boolean rntnBaseline, PrintStream log) throws IOException {
    Path file = data.resolve(ClothingCorpus.FILE);
    List<ClothingCorpus.Review> all = ClothingCorpus.read(file);
    if (all.size() > limit) {
      all = all.subList(0, limit);
    }
    List<ClothingCorpus.Review> test =
        all.stream().filter(r -> r.heldOut() && !r.text().isEmpty()).toList();
    VerbatimConfig.Annotation config = ConfigLoader.defaults().annotation();
    log.printf(Locale.ROOT, "Tokenizing the dev parts of the clothing reviews and UCI sentences"
        + " on %d threads...%n", threads);
    TrainingSet set = TrainingSet.read(data, limit, threads);
    log.println("  examples per domain: " + set.counts());
    List<SentimentTrainer.Example> examples = set.examples();
    int[] folds = set.folds();

    List<Candidate> candidates = new ArrayList<>();
    for (SentimentTrainer.Options o : grid(options)) {
      Candidate c = crossValidate(examples, folds, o, config);
      log.printf(Locale.ROOT, "  cv: learning rate %.3f, l2 %.1e: macro-F1 %.4f"
              + " (bias offsets negative %+.2f, positive %+.2f)%n", o.learningRate(), o.l2(),
          c.macroF1(), c.offsets()[0], c.offsets()[2]);
      candidates.add(c);
    }
    Candidate best = candidates.get(0);
    for (Candidate c : candidates) {
      if (c.macroF1() > best.macroF1()) {
        best = c;
      }
    }
    log.println("Training on all training rows...");
    SentimentModel model = SentimentTrainer.train(examples, best.options())
        .shifted(best.offsets());

    List<List<List<Token>>> testComments = Parallel.map(test, threads,
        r -> tokenize(r.comment()));
    List<List<List<Token>>> testTexts = Parallel.map(test, threads, r -> tokenize(r.text()));
    HeldOut comments = evaluate(model, test, testComments, config);
    HeldOut textOnly = evaluate(model, test, testTexts, config);
    Confusion rntn = null;
    Confusion rntnTextOnly = null;
    if (rntnBaseline) {
      log.println("Scoring the held-out with CoreNLP's RNTN (the baseline)...");
      rntn = rntn(test, ClothingCorpus.Review::comment, config, threads);
      rntnTextOnly = rntn(test, ClothingCorpus.Review::text, config, threads);
    }
    Result r = new Result(model, comments, textOnly, rntn, rntnTextOnly);
    ObjectNode provenance = provenance(file, all, set, test, best, candidates, r);
    return new Result(model.withProvenance(provenance), comments, textOnly, rntn, rntnTextOnly);
  }

  /**
   * A model from {@code set} with fixed training options, only the bias offsets chosen by
   * cross-validation inside it: how the evaluation trains its leave-one-domain-out models.
   */
  public static SentimentModel fit(TrainingSet set, SentimentTrainer.Options options) {
    return SentimentTrainer.train(set.examples(), options).shifted(tune(set, options).offsets());
  }

  /**
   * The bias offsets {@link #fit} chooses for {@code options} inside {@code set}, with their
   * out-of-fold macro-F1: how a developer's check re-tunes them after a change of features.
   */
  public static Candidate tune(TrainingSet set, SentimentTrainer.Options options) {
    return crossValidate(set.examples(), set.folds(), options,
        ConfigLoader.defaults().annotation());
  }

  /** The settings cross-validated: every learning rate with every L2 factor of {@code base}. */
  public static List<SentimentTrainer.Options> grid(SentimentTrainer.Options base) {
    List<SentimentTrainer.Options> grid = new ArrayList<>();
    for (double rate : LEARNING_RATES) {
      for (double factor : L2_FACTORS) {
        grid.add(new SentimentTrainer.Options(base.epochs(), rate, base.l2() * factor,
            base.minCount(), base.seed(), base.balanced()));
      }
    }
    return grid;
  }

  /** Cross-validation fold of a training row: from the same CRC-32 as the held-out split. */
  public static int fold(String index) {
    CRC32 crc = new CRC32();
    crc.update(index.strip().getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 10) % FOLDS;
  }

  /**
   * Out-of-fold logits of every training row, then the bias offsets that give the pipeline's
   * comment label the best macro-F1 on them.
   */
  public static Candidate crossValidate(List<SentimentTrainer.Example> examples, int[] folds,
                                 SentimentTrainer.Options o, VerbatimConfig.Annotation config) {
    double[][] logits = new double[examples.size()][];
    for (int f = 0; f < FOLDS; f++) {
      List<SentimentTrainer.Example> rest = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] != f) {
          rest.add(examples.get(i));
        }
      }
      SentimentModel m = SentimentTrainer.train(rest, o);
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == f) {
          logits[i] = m.logits(examples.get(i).features());
        }
      }
    }
    int[] gold = examples.stream().mapToInt(SentimentTrainer.Example::label).toArray();
    double bestF1 = -1;
    double[] best = new double[3];
    int steps = (int) Math.round(2 * OFFSET_RANGE / OFFSET_STEP);
    for (int a = 0; a <= steps; a++) {
      for (int c = 0; c <= steps; c++) {
        double[] offsets = {-OFFSET_RANGE + a * OFFSET_STEP, 0, -OFFSET_RANGE + c * OFFSET_STEP};
        long[][] confusion = new long[3][3];
        for (int i = 0; i < logits.length; i++) {
          confusion[gold[i]][byScore(logits[i], offsets, config)]++;
        }
        double f1 = macroF1(confusion);
        if (f1 > bestF1 + 1e-12) {
          bestF1 = f1;
          best = offsets;
        }
      }
    }
    return new Candidate(o, best, bestF1);
  }

  /** The pipeline's label index for shifted logits: P(pos) - P(neg) against the thresholds. */
  private static int byScore(double[] logits, double[] offsets, VerbatimConfig.Annotation c) {
    double[] p = SentimentModel.softmax(new double[] {logits[0] + offsets[0],
        logits[1] + offsets[1], logits[2] + offsets[2]});
    return SentimentLabel.of(p[2] - p[0], c.negativeBelow(), c.positiveAbove()).ordinal();
  }

  static double macroF1(long[][] c) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      double tp = c[k][k];
      double wrong = 0;
      for (int j = 0; j < 3; j++) {
        if (j != k) {
          wrong += c[j][k] + c[k][j];
        }
      }
      sum += tp == 0 ? 0 : 2 * tp / (2 * tp + wrong);
    }
    return sum / 3;
  }

  /** Scores held-out reviews, each given as its sentences' tokens. */
  public static HeldOut evaluate(SentimentModel model, List<ClothingCorpus.Review> test,
                                 List<List<List<Token>>> sentences,
                                 VerbatimConfig.Annotation config) {
    Confusion comment = new Confusion(SentimentModel.LABELS);
    Confusion byScore = new Confusion(SentimentModel.LABELS);
    Confusion viaSentences = new Confusion(SentimentModel.LABELS);
    long count = 0;
    long started = System.nanoTime();
    for (int i = 0; i < test.size(); i++) {
      SentimentScores c = model.commentScores(sentences.get(i));
      comment.add(test.get(i).label(), c.label().value());
      byScore.add(test.get(i).label(), label(c.score(), config));
      double weighted = 0;
      int tokens = 0;
      for (List<Token> s : sentences.get(i)) {
        weighted += model.scores(s).score() * s.size();
        tokens += s.size();
        count++;
      }
      viaSentences.add(test.get(i).label(), label(tokens == 0 ? 0 : weighted / tokens, config));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new HeldOut(comment, byScore, viaSentences, count, seconds);
  }

  private static String label(double score, VerbatimConfig.Annotation c) {
    return SentimentLabel.of(score, c.negativeBelow(), c.positiveAbove()).value();
  }

  /** CoreNLP's RNTN comment label, through the annotator the pipeline runs with rntn. */
  private static Confusion rntn(List<ClothingCorpus.Review> test,
                                Function<ClothingCorpus.Review, String> text,
                                VerbatimConfig.Annotation config, int threads) {
    CommentAnnotator annotator = new CommentAnnotator(new VerbatimConfig.Annotation(
        CommentAnnotator.RNTN, config.parser(), config.maxParseTokens(),
        config.negativeBelow(), config.positiveAbove()));
    annotator.warmUp();
    List<AnalyzedComment> analysed = Parallel.map(test, threads, r -> annotator.annotate(
        new Comment(r.index(), null, text.apply(r), null, null, ClothingCorpus.FILE, 0)));
    Confusion c = new Confusion(SentimentModel.LABELS);
    for (int i = 0; i < test.size(); i++) {
      c.add(test.get(i).label(), analysed.get(i).sentimentLabel().value());
    }
    return c;
  }

  private static ObjectNode provenance(Path file, List<ClothingCorpus.Review> all,
                                       TrainingSet train,
                                       List<ClothingCorpus.Review> test, Candidate best,
                                       List<Candidate> candidates, Result r) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("trainedAt", Instant.now().toString());
    List<Map<String, Object>> dataSets = new ArrayList<>();
    Map<String, Object> clothing = new LinkedHashMap<>();
    clothing.put("name", "Women's E-Commerce Clothing Reviews");
    clothing.put("file", ClothingCorpus.FILE);
    clothing.put("sha256", train.files().get(ClothingCorpus.FILE));
    clothing.put("licence", "CC0 (public domain dedication, upstream)");
    clothing.put("gold", "Rating 1-2 negative, 3 neutral, 4-5 positive");
    clothing.put("text", "title + blank line + review text (what the customer wrote)");
    dataSets.add(clothing);
    for (String domain : UciSentences.DOMAINS) {
      Map<String, Object> uci = new LinkedHashMap<>();
      uci.put("name", "UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015): " + domain);
      uci.put("file", UciSentences.file(domain));
      uci.put("sha256", train.files().get(UciSentences.file(domain)));
      uci.put("licence", UciSentences.LICENCE);
      uci.put("gold", "0 negative, 1 positive");
      dataSets.add(uci);
    }
    p.put("data", dataSets);
    p.put("dataFolder", "paths relative to the shared data folder (../shared/data)");
    p.put("tokens", "tokenize + ssplit only");
    p.put("split", "io.verbatim.labelled.Split: per set, items whose SHA-256 of set name and id"
        + " falls under " + Split.SEALED_SHARE + " are sealed and never trained on (clothing: set '"
        + ClothingCorpus.SET + "', id the index column; UCI: set 'uci-<domain>', id the line"
        + " number); trained on the dev parts; learning rate, L2 and bias offsets chosen by "
        + FOLDS + "-fold cross-validation inside them (fold from CRC-32 of the id); sealed"
        + " clothing reviews with review text scored, never used to choose anything");
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("clothingRead", all.size());
    rows.put("train", train.counts());
    rows.put("heldOutScored", test.size());
    rows.put("heldOutPerClass", perClass(test));
    p.put("rows", rows);
    Map<String, Object> hyper = best.options().asMap();
    hyper.put("biasOffsets", List.of(best.offsets()[0], best.offsets()[1], best.offsets()[2]));
    hyper.put("biasOffsetsChosenFor", "macro-F1 of P(pos)-P(neg) against the default"
        + " thresholds, out of fold");
    p.put("hyperParameters", hyper);
    List<Map<String, Object>> cv = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("learningRate", c.options().learningRate());
      m.put("l2", c.options().l2());
      m.put("outOfFoldMacroF1", round(c.macroF1()));
      cv.add(m);
    }
    p.put("crossValidation", cv);
    p.put("featureCount", r.model().featureCount());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("titleAndText", heldOutMetrics(r.comments(), r.rntn(), "title + review text"));
    metrics.put("textOnly", heldOutMetrics(r.textOnly(), r.rntnTextOnly(), "review text only"));
    p.put("heldOutMetrics", metrics);
    return new ObjectMapper().valueToTree(p);
  }

  private static Map<String, Object> heldOutMetrics(HeldOut h, Confusion rntn, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("commentByScore", metrics(h.commentByScore(), "whole text as one token list,"
        + " P(pos)-P(neg) against the default thresholds: the pipeline's comment label"));
    m.put("comment", metrics(h.comment(), "whole text as one token list, most probable class"));
    m.put("viaSentences", metrics(h.viaSentences(),
        "each sentence scored, token-weighted mean of P(pos)-P(neg), default thresholds"));
    if (rntn != null) {
      m.put("rntnBaseline", metrics(rntn, "CoreNLP RNTN over the shift-reduce parse, the same"
          + " texts, CommentAnnotator with annotation.sentiment: rntn"));
    }
    return m;
  }

  private static Map<String, Long> perClass(List<ClothingCorpus.Review> reviews) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String l : SentimentModel.LABELS) {
      m.put(l, reviews.stream().filter(r -> r.label().equals(l)).count());
    }
    return m;
  }

  static Map<String, Object> metrics(Confusion c, String how) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("how", how);
    m.put("n", c.total());
    m.put("macroF1", round(c.macroF1()));
    m.put("accuracy", round(c.accuracy()));
    Map<String, Double> f1 = new LinkedHashMap<>();
    for (String l : c.labels()) {
      f1.put(l, round(c.f1(l)));
    }
    m.put("f1", f1);
    m.put("confusion", c.matrix());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /**
   * The tokens of each non-empty sentence of a text from the tokenize + ssplit pipeline (the
   * annotator's tokenizer settings): word forms, the lower-cased word standing in for the lemma
   * and no POS tag, which is all {@link SentimentFeatures} reads.
   */
  public static List<List<Token>> tokenize(String text) {
    Annotation doc = new Annotation(text);
    CommentAnnotator.tokenizingPipeline().annotate(doc);
    List<List<Token>> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(new Token(l.word(), l.word().toLowerCase(Locale.ROOT), ""));
      }
      out.add(tokens);
    }
    return out;
  }
}
