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

  /** annotation.sentiment: VADER's lexicon and rules alone. */
  public static final String VADER = "vader";

  private final VerbatimConfig.Annotation config;
  private final SentenceSentiment path;
  private final TrainedSentiment model;

  public CommentAnnotator(VerbatimConfig.Annotation config) {
    this(config, TrainedSentiment.shipped());
  }

  /** An annotator whose trained path reads {@code model} (evaluation: models left out of it). */
  public CommentAnnotator(VerbatimConfig.Annotation config, TrainedSentiment model) {
    NlpPipelines.parserModel(config.parser());
    this.path = SentenceSentiment.named(config.sentiment());
    if (config.maxParseTokens() < 5) {
      throw new IllegalArgumentException("annotation.maxParseTokens must be at least 5");
    }
    this.config = config;
    this.model = model;
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

  /**
   * The configured sentiment model: {@value #TRAINED}, {@value #RNTN}, {@value #RULES} or
   * {@value #VADER}.
   */
  public String sentimentModel() {
    return config.sentiment();
  }

  /** Loads the models now rather than inside the first comment, so timings stay honest. */
  public void warmUp() {
    NlpPipelines.tagging();
    if (path == SentenceSentiment.RNTN) {
      NlpPipelines.sentiment(config.parser());
      return;
    }
    path.sentence(List.of(), model); // loads the word lists
    if (path == SentenceSentiment.TRAINED) {
      model.model();
    }
  }

  /** A comment in a language the models do not read: kept, with nothing analysed. */
  public static AnalyzedComment notAnalysed(Comment comment) {
    return new AnalyzedComment(comment, List.of(), 0, null);
  }

  /** Tokenises and scores: {@link #tokenize} then {@link #score}. */
  public AnalyzedComment annotate(Comment comment) {
    return score(tokenize(comment));
  }

  /**
   * Splits the comment into sentences of tokens with lemmas and tags; nothing scored yet (the
   * comment's label stays null until {@link #score} gives it one).
   */
  public AnalyzedComment tokenize(Comment comment) {
    Annotation doc = new Annotation(comment.analysisText());
    NlpPipelines.tagging().annotate(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (!labels.isEmpty()) {
        out.add(Sentence.annotated(out.size(), s.get(CoreAnnotations.TextAnnotation.class),
            tokens(labels), 0, null));
      }
    }
    return new AnalyzedComment(comment, out, 0, null);
  }

  /** Scores every sentence of a tokenised comment, and the comment, by the configured path. */
  public AnalyzedComment score(AnalyzedComment tokenized) {
    List<Sentence> sentences = tokenized.sentences();
    boolean rntn = path == SentenceSentiment.RNTN;
    // The trained and rules paths read tokens, tags and lemmas: no parse at all, most of RNTN's
    // cost.
    List<List<CoreMap>> pieces = rntn ? parse(sentences) : null;

    List<Sentence> out = new ArrayList<>(sentences.size());
    List<Token> all = new ArrayList<>();
    double weightedScore = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<Token> tokens = s.tokens();
      double sentenceScore;
      SentimentLabel sentenceLabel;
      if (rntn) {
        SentimentDistribution sentiment = sentimentOf(pieces.get(i));
        sentenceScore = sentiment.score();
        sentenceLabel = sentiment.label();
      } else {
        sentenceScore = path.sentence(tokens, model);
        sentenceLabel = path.label(sentenceScore, config.negativeBelow(), config.positiveAbove());
      }
      out.add(Sentence.annotated(s.index(), s.text(), tokens, sentenceScore, sentenceLabel));
      weightedScore += sentenceScore * tokens.size();
      all.addAll(tokens);
    }
    // The trained model reads a comment best whole (clothing reviews mix praise and complaint,
    // and the model has learnt how they add up), so a comment of several sentences is scored
    // by the model alone; a one-sentence comment is that sentence and keeps its score, so
    // "Delayed again, 4 hours." is negative as comment and sentence alike. RNTN only has
    // sentence trees to offer, and the rules only sentence opinions.
    double mean = all.isEmpty() ? 0 : weightedScore / all.size();
    double score = all.isEmpty() || rntn ? mean
        : path.comment(out.stream().map(Sentence::tokens).toList(), all, mean, model);
    return new AnalyzedComment(tokenized.comment(), out, score,
        path.label(score, config.negativeBelow(), config.positiveAbove()));
  }

  /**
   * Parses and scores every sentence in one call, long ones as chunks.
   *
   * @return per sentence, the pieces that were parsed (the sentence itself when short)
   */
  private List<List<CoreMap>> parse(List<Sentence> sentences) {
    List<List<CoreMap>> pieces = new ArrayList<>(sentences.size());
    List<CoreMap> all = new ArrayList<>();
    for (Sentence s : sentences) {
      List<CoreLabel> tokens = labels(s.tokens());
      List<CoreMap> parts = new ArrayList<>();
      if (tokens.size() <= config.maxParseTokens()) {
        CoreMap whole = new ArrayCoreMap();
        whole.set(CoreAnnotations.TokensAnnotation.class, tokens);
        parts.add(whole);
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

  /**
   * CoreNLP labels for tokens another stage made: the parser reads only word forms and tags, so
   * the tree (and its sentiment) is the one the tagging pipeline's own labels would give.
   */
  private static List<CoreLabel> labels(List<Token> tokens) {
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      labels.add(l);
    }
    return labels;
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
