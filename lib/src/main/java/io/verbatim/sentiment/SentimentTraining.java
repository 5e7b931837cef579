package io.verbatim.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.evaluate.Confusion;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reproduces the shipped model from the public clothing reviews: tags every review with the
 * pipeline's own tagging pipeline, trains on the rows outside the evaluation's held-out split
 * (title + review text), scores the held-out reviews (review text only, as the RNTN baseline is
 * scored) and records all of it in the model's provenance.
 */
public final class SentimentTraining {

  /** Comment label thresholds of the default configuration, for the sentence roll-up figure. */
  static final double NEGATIVE_BELOW = -0.2;
  static final double POSITIVE_ABOVE = 0.2;

  /**
   * Held-out figures.
   *
   * @param comment whole review text as one token list, most probable class
   * @param commentByScore whole review text as one token list, score P(pos) - P(neg) against the
   *     default thresholds -0.2 / 0.2
   * @param viaSentences each sentence scored alone, token-weighted mean score, thresholds
   *     -0.2 / 0.2 (what the pipeline would report as comment label)
   * @param sentences sentences scored
   * @param scoreSeconds seconds spent computing features and scores (one thread)
   */
  public record Result(SentimentModel model, Confusion comment, Confusion commentByScore,
                       Confusion viaSentences,
                       long sentences, double scoreSeconds) {
  }

  private SentimentTraining() {
  }

  /** Trains on {@code data}'s clothing reviews; {@code limit} caps rows read (tests). */
  public static Result run(Path data, SentimentTrainer.Options options, int threads, int limit,
                           PrintStream log) throws IOException {
    Path file = data.resolve(ClothingCorpus.FILE);
    List<ClothingCorpus.Review> all = ClothingCorpus.read(file);
    if (all.size() > limit) {
      all = all.subList(0, limit);
    }
    List<ClothingCorpus.Review> train = all.stream().filter(r -> !r.heldOut()).toList();
    List<ClothingCorpus.Review> test =
        all.stream().filter(r -> r.heldOut() && !r.text().isEmpty()).toList();
    log.printf(Locale.ROOT, "Tagging %d training and %d held-out reviews on %d threads...%n",
        train.size(), test.size(), threads);
    List<List<Token>> trainTokens = io.verbatim.evaluate.Parallel.map(train, threads, r -> {
      List<Token> tokens = new ArrayList<>();
      if (!r.title().isEmpty()) {
        flatten(tag(r.title()), tokens);
        tokens.add(new Token(".", ".", "."));
      }
      flatten(tag(r.text()), tokens);
      return tokens;
    });
    List<List<List<Token>>> testSentences = io.verbatim.evaluate.Parallel.map(test, threads, r -> tag(r.text()));

    List<SentimentTrainer.Example> examples = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      examples.add(new SentimentTrainer.Example(SentimentFeatures.of(trainTokens.get(i)),
          SentimentModel.LABELS.indexOf(train.get(i).label())));
    }
    log.println("Training...");
    SentimentModel model = SentimentTrainer.train(examples, options);
    Result r = evaluate(model, test, testSentences);
    ObjectNode provenance = provenance(file, data, all, train, test, options, r);
    return new Result(model.withProvenance(provenance), r.comment(), r.commentByScore(),
        r.viaSentences(),
        r.sentences(), r.scoreSeconds());
  }

  static Result evaluate(SentimentModel model, List<ClothingCorpus.Review> test,
                         List<List<List<Token>>> sentences) {
    Confusion comment = new Confusion(SentimentModel.LABELS);
    Confusion byScore = new Confusion(SentimentModel.LABELS);
    Confusion viaSentences = new Confusion(SentimentModel.LABELS);
    long count = 0;
    long started = System.nanoTime();
    for (int i = 0; i < test.size(); i++) {
      List<Token> whole = new ArrayList<>();
      flatten(sentences.get(i), whole);
      SentimentScores c = model.scores(whole);
      comment.add(test.get(i).label(), c.label().value());
      byScore.add(test.get(i).label(),
          SentimentLabel.of(c.score(), NEGATIVE_BELOW, POSITIVE_ABOVE).value());
      double weighted = 0;
      int tokens = 0;
      for (List<Token> s : sentences.get(i)) {
        weighted += model.scores(s).score() * s.size();
        tokens += s.size();
        count++;
      }
      double score = tokens == 0 ? 0 : weighted / tokens;
      viaSentences.add(test.get(i).label(),
          SentimentLabel.of(score, NEGATIVE_BELOW, POSITIVE_ABOVE).value());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(model, comment, byScore, viaSentences, count, seconds);
  }

  private static ObjectNode provenance(Path file, Path data, List<ClothingCorpus.Review> all,
                                       List<ClothingCorpus.Review> train,
                                       List<ClothingCorpus.Review> test,
                                       SentimentTrainer.Options options, Result r) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("trainedAt", Instant.now().toString());
    Map<String, Object> dataSet = new LinkedHashMap<>();
    dataSet.put("name", "Women's E-Commerce Clothing Reviews");
    dataSet.put("file", ClothingCorpus.FILE);
    dataSet.put("readFrom", file.toString());
    dataSet.put("licence", "CC0 (public domain dedication, upstream)");
    p.put("data", dataSet);
    p.put("gold", "Rating 1-2 negative, 3 neutral, 4-5 positive");
    p.put("split", "held out: CRC-32 of the index column (UTF-8 text) mod 10 == 0"
        + " (io.verbatim.evaluate.ClothingReviewsReader.heldOut); trained on the other rows,"
        + " title + review text; held-out scored on review text only");
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("read", all.size());
    rows.put("train", train.size());
    rows.put("trainPerClass", perClass(train));
    rows.put("heldOutScored", test.size());
    rows.put("heldOutPerClass", perClass(test));
    p.put("rows", rows);
    p.put("hyperParameters", options.asMap());
    p.put("featureCount", r.model().featureCount());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("comment", metrics(r.comment(),
        "whole review text as one token list, most probable class"));
    metrics.put("commentByScore", metrics(r.commentByScore(),
        "whole review text as one token list, P(pos)-P(neg) against thresholds -0.2/0.2"));
    metrics.put("viaSentences", metrics(r.viaSentences(),
        "each sentence scored, token-weighted mean of P(pos)-P(neg), thresholds -0.2/0.2"));
    metrics.put("rntnBaselineMacroF1", 0.359);
    p.put("heldOutMetrics", metrics);
    return new ObjectMapper().valueToTree(p);
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

  /** The tokens of each non-empty sentence of a text, shaped as the annotator shapes them. */
  public static List<List<Token>> tag(String text) {
    StanfordCoreNLP pipeline = CommentAnnotator.taggingPipeline();
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<List<Token>> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        tokens.add(new Token(l.word(), lemma.toLowerCase(Locale.ROOT), l.tag()));
      }
      out.add(tokens);
    }
    return out;
  }

  private static void flatten(List<List<Token>> sentences, List<Token> into) {
    for (List<Token> s : sentences) {
      into.addAll(s);
    }
  }

}
