package io.verbatim.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.sentiment.aspect.AspectSentiment;
import io.verbatim.sentiment.aspect.SentenceOpinion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.simple.SimpleMatrix;

/**
 * Turns a comment into sentences with tokens, lemmas, POS and sentiment. Cheap to construct: the
 * CoreNLP models behind it are loaded once per JVM on first use.
 */
public final class CommentAnnotator {

  /** annotation.sentiment: the model trained on public reviews (default). */
  public static final String TRAINED = "trained";
  /** annotation.sentiment: CoreNLP's recursive neural tensor network over the parser's trees. */
  public static final String RNTN = "rntn";
  /**
   * annotation.sentiment: the opinion word list alone, no model: every score can be explained
   * word by word; a comment is the token-weighted mean of its sentences.
   */
  public static final String RULES = "rules";

  /** How much the trained model counts for a sentence that holds no opinion word. */
  private static final double SILENT_SENTENCE_WEIGHT = 0.5;
  private static final AspectSentiment SENTENCE_OPINIONS = new AspectSentiment();

  private final VerbatimConfig.Annotation config;

  public CommentAnnotator(VerbatimConfig.Annotation config) {
    NlpPipelines.parserModel(config.parser());
    if (!java.util.Set.of(TRAINED, RNTN, RULES).contains(config.sentiment())) {
      throw new io.verbatim.config.ConfigException("Unknown annotation.sentiment '"
          + config.sentiment() + "'; use trained, rntn or rules.");
    }
    if (config.maxParseTokens() < 5) {
      throw new IllegalArgumentException("annotation.maxParseTokens must be at least 5");
    }
    this.config = config;
  }

  /**
   * The JVM's tagging pipeline (tokenize, ssplit, pos, lemma) with the annotator's own settings,
   * for evaluations that must see exactly the tokens a run sees.
   */
  public static edu.stanford.nlp.pipeline.StanfordCoreNLP taggingPipeline() {
    return NlpPipelines.tagging();
  }

  /**
   * The JVM's tokenize + ssplit pipeline, with the tagging pipeline's tokenizer settings: the
   * same word forms and sentences, without POS tags or lemmas (all the trained sentiment reads).
   */
  public static edu.stanford.nlp.pipeline.StanfordCoreNLP tokenizingPipeline() {
    return NlpPipelines.tokenizing();
  }

  /** The configured sentiment model: {@value #TRAINED}, {@value #RNTN} or {@value #RULES}. */
  public String sentimentModel() {
    return config.sentiment();
  }

  /** Loads the models now rather than inside the first comment, so timings stay honest. */
  public void warmUp() {
    NlpPipelines.tagging();
    if (RNTN.equals(config.sentiment())) {
      NlpPipelines.sentiment(config.parser());
      return;
    }
    SENTENCE_OPINIONS.sentence(List.of()); // loads the opinion word list
    if (TRAINED.equals(config.sentiment())) {
      TrainedSentiment.shipped().model();
    }
  }

  /** A comment in a language the models do not read: kept, with nothing analysed. */
  public static AnalyzedComment notAnalysed(Comment comment) {
    return new AnalyzedComment(comment, List.of(), 0, null);
  }

  public AnalyzedComment annotate(Comment comment) {
    Annotation doc = new Annotation(comment.analysisText());
    NlpPipelines.tagging().annotate(doc);
    List<CoreMap> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (!s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
        sentences.add(s);
      }
    }
    boolean trained = TRAINED.equals(config.sentiment());
    boolean rntn = RNTN.equals(config.sentiment());
    // The trained and rules paths read tokens, tags and lemmas: no parse at all, most of RNTN's
    // cost.
    List<List<CoreMap>> pieces = rntn ? parse(sentences) : null;

    List<Sentence> out = new ArrayList<>(sentences.size());
    List<Token> all = new ArrayList<>();
    double weightedScore = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<Token> tokens = tokens(s.get(CoreAnnotations.TokensAnnotation.class));
      double sentenceScore;
      SentimentLabel sentenceLabel;
      if (rntn) {
        SentimentDistribution sentiment = sentimentOf(pieces.get(i));
        sentenceScore = sentiment.score();
        sentenceLabel = sentiment.label();
      } else {
        sentenceScore = trained ? trainedSentenceScore(tokens)
            : SENTENCE_OPINIONS.sentence(tokens).score();
        sentenceLabel =
            SentimentLabel.of(sentenceScore, config.negativeBelow(), config.positiveAbove());
      }
      out.add(Sentence.annotated(i, s.get(CoreAnnotations.TextAnnotation.class), tokens,
          sentenceScore, sentenceLabel));
      weightedScore += sentenceScore * tokens.size();
      all.addAll(tokens);
    }
    // The trained model reads a comment best whole (macro-F1 0.70 against 0.58 for the mean of
    // its sentences on held-out reviews), so a comment of several sentences is scored by the
    // model alone, not by the sentence scores above. A one-sentence comment is that sentence and
    // keeps its score, so "Delayed again, 4 hours." is negative as comment and sentence alike
    // (on held-out clothing reviews, where 1% are one sentence, macro-F1 stays 0.70). RNTN only
    // has sentence trees to offer, and the rules only sentence opinions.
    double score = all.isEmpty() ? 0
        : trained && out.size() > 1 ? TrainedSentiment.shipped().scores(all).score()
        : weightedScore / all.size();
    return new AnalyzedComment(comment, out, score,
        SentimentLabel.of(score, config.negativeBelow(), config.positiveAbove()));
  }

  /**
   * A sentence's score in trained mode. The trained model learnt whole clothing reviews: read
   * alone, a short sentence from another domain gets the lean of its words in that corpus ("I
   * flew to Boston on Tuesday" -0.29, "My order never arrived" +0.11), and on SemEval-2014
   * sentences it labels only 38% (restaurants) and 50% (laptops) right. So the opinion word list
   * decides whenever the sentence holds an opinion (opinion words, negation, "too" + adjective,
   * negated verbs): 74% and 65%. A sentence without one falls back to the model at half
   * strength, so only a model that is sure (|score| > 0.4 with the default thresholds) labels
   * it: 73% and 68%, and terse complaints and plain facts in customer-service wording go right.
   */
  private static double trainedSentenceScore(List<Token> tokens) {
    SentenceOpinion opinion = SENTENCE_OPINIONS.sentence(tokens);
    return opinion.none()
        ? SILENT_SENTENCE_WEIGHT * TrainedSentiment.shipped().scores(tokens).score()
        : opinion.score();
  }

  /**
   * Parses and scores every sentence in one call, long ones as chunks.
   *
   * @return per sentence, the pieces that were parsed (the sentence itself when short)
   */
  private List<List<CoreMap>> parse(List<CoreMap> sentences) {
    List<List<CoreMap>> pieces = new ArrayList<>(sentences.size());
    List<CoreMap> all = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreMap> parts = new ArrayList<>();
      if (tokens.size() <= config.maxParseTokens()) {
        parts.add(s);
      } else {
        List<String> tags = tokens.stream().map(CoreLabel::tag).toList();
        for (int[] range : ParseChunker.chunks(tags, config.maxParseTokens())) {
          CoreMap chunk = new ArrayCoreMap();
          chunk.set(CoreAnnotations.TokensAnnotation.class,
              new ArrayList<>(tokens.subList(range[0], range[1])));
          parts.add(chunk);
        }
      }
      pieces.add(parts);
      all.addAll(parts);
    }
    if (!all.isEmpty()) {
      Annotation parseDoc = new Annotation("");
      parseDoc.set(CoreAnnotations.SentencesAnnotation.class, all);
      NlpPipelines.sentiment(config.parser()).annotate(parseDoc);
    }
    return pieces;
  }

  private static SentimentDistribution sentimentOf(List<CoreMap> parts) {
    double[][] probabilities = new double[parts.size()][];
    int[] weights = new int[parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      Tree tree = parts.get(p).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      SimpleMatrix m = RNNCoreAnnotations.getPredictions(tree);
      probabilities[p] = new double[5];
      for (int i = 0; i < 5; i++) {
        probabilities[p][i] = m.get(i);
      }
      weights[p] = parts.get(p).get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return SentimentDistribution.weightedMean(probabilities, weights);
  }

  private static List<Token> tokens(List<CoreLabel> labels) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(l.word(), lemma.toLowerCase(Locale.ROOT), l.tag()));
    }
    return tokens;
  }
}
