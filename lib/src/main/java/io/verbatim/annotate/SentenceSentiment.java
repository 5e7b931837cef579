package io.verbatim.annotate;

import io.verbatim.config.ConfigException;
import io.verbatim.events.ServiceFailure;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.sentiment.aspect.AspectSentiment;
import io.verbatim.sentiment.aspect.SentenceOpinion;
import io.verbatim.sentiment.vader.Vader;
import io.verbatim.words.SectionedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a sentence (and a comment) gets its sentiment score, by {@code annotation.sentiment}. The
 * paths that read tokens, tags and lemmas score here; {@link #RNTN} needs CoreNLP's parse trees,
 * which {@link CommentAnnotator} runs itself.
 */
public enum SentenceSentiment {

  /**
   * The default: every domain-free signal and the trained model together. A sentence with an
   * opinion word, a VADER word or a service failure is the mean of the opinion words' verdict
   * (where there is one) and the model (which reads VADER and failures as features); a failure
   * makes it at least {@value #FAILURE_SCORE}; a sentence with none of them is the model at
   * half strength, so plain facts stay neutral. Questions and requests keep only their
   * complaints. A comment of several sentences is the model reading it whole.
   */
  TRAINED {
    @Override
    public double sentence(List<Token> tokens, TrainedSentiment model) {
      SentenceOpinion opinion = OPINIONS.sentence(tokens);
      boolean failure = ServiceFailure.any(tokens);
      double learnt = model.scores(tokens).score();
      if (opinion.none() && !failure && Vader.of(tokens).hits() == 0) {
        return asking(tokens) ? Math.min(0, SILENT_WEIGHT * learnt) : SILENT_WEIGHT * learnt;
      }
      double score = opinion.none() ? learnt : (opinion.score() + learnt) / 2;
      if (failure) {
        score = Math.min(score, FAILURE_SCORE);
      }
      return asking(tokens) ? Math.min(0, score) : score;
    }

    @Override
    public double comment(List<Token> all, double sentenceMean, int sentences,
                          TrainedSentiment model) {
      return sentences > 1 ? model.scores(all).score() : sentenceMean;
    }
  },

  /** The opinion word list alone (with service failures as negative opinions); no model. */
  RULES {
    @Override
    public double sentence(List<Token> tokens, TrainedSentiment model) {
      return OPINIONS.sentence(tokens).score();
    }
  },

  /**
   * VADER alone ({@link Vader}): its compound score, labelled with VADER's own thresholds
   * (±{@value #VADER_THRESHOLD}); a comment is VADER reading it whole.
   */
  VADER {
    @Override
    public double sentence(List<Token> tokens, TrainedSentiment model) {
      return Vader.of(tokens).compound();
    }

    @Override
    public double comment(List<Token> all, double sentenceMean, int sentences,
                          TrainedSentiment model) {
      return Vader.of(all).compound();
    }

    @Override
    public SentimentLabel label(double score, double negativeBelow, double positiveAbove) {
      return SentimentLabel.of(score, -VADER_THRESHOLD, VADER_THRESHOLD);
    }
  },

  /** CoreNLP's recursive neural tensor network over the parser's trees. */
  RNTN {
    @Override
    public double sentence(List<Token> tokens, TrainedSentiment model) {
      throw new UnsupportedOperationException("rntn scores parse trees, not tokens");
    }
  };

  /** How much the trained model counts for a sentence that holds no opinion signal. */
  static final double SILENT_WEIGHT = 0.5;
  /** A sentence that tells of a service failure scores at most this. */
  static final double FAILURE_SCORE = -0.5;
  /** VADER's published label threshold on its compound score. */
  static final double VADER_THRESHOLD = 0.05;
  private static final AspectSentiment OPINIONS = new AspectSentiment();
  /** Openers of a plain request ("please ...", "can you ..."), from {@code requests.txt}. */
  private static final List<List<String>> REQUESTS = new ArrayList<>();

  static {
    SectionedWords.read(SentenceSentiment.class, "requests.txt",
        (section, line) -> REQUESTS.add(List.of(line.split("\\s+"))));
  }

  /** The value of {@code annotation.sentiment} that picks this path: its name in lower case. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The path {@code annotation.sentiment} names (lower case). */
  public static SentenceSentiment named(String name) {
    if (name != null && name.equals(name.toLowerCase(Locale.ROOT))) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new ConfigException("Unknown annotation.sentiment '" + name
        + "'; use trained, rules, vader or rntn.");
  }

  /** A sentence's score, -1..1. */
  public abstract double sentence(List<Token> tokens, TrainedSentiment model);

  /**
   * A comment's score from all its tokens, the token-weighted mean of its sentence scores and
   * how many sentences it has; by default that mean.
   */
  public double comment(List<Token> all, double sentenceMean, int sentences,
                        TrainedSentiment model) {
    return sentenceMean;
  }

  /** The label of a score; by default the configured thresholds. */
  public SentimentLabel label(double score, double negativeBelow, double positiveAbove) {
    return SentimentLabel.of(score, negativeBelow, positiveAbove);
  }

  /** Whether the sentence asks a question or makes a plain request. */
  static boolean asking(List<Token> tokens) {
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).word().contains("?")) {
      return true;
    }
    for (List<String> opener : REQUESTS) {
      if (tokens.size() >= opener.size() && opener.equals(tokens.subList(0, opener.size())
          .stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList())) {
        return true;
      }
    }
    return false;
  }
}
