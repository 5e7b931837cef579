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
   * The default. A sentence that holds an opinion (opinion words, negated verbs, and service
   * failures told as facts, which count as complaints) is the opinion word list's verdict plus
   * {@value #OPINION_MODEL_WEIGHT} of the trained model (which reads VADER's valence and
   * failures as features); one with only VADER words is the mean of VADER and the model; one
   * with neither is the model at {@value #SILENT_WEIGHT} strength, so plain facts stay neutral.
   * A failure keeps the score at or under {@value #FAILURE_SCORE}. A question or request without
   * an opinion is neutral, and with one keeps only its complaints. A comment of several
   * sentences is the model reading it whole (its first sentence's words also as head features), unless {@value #FAILED_SENTENCES} or more of its
   * sentences tell of service failures: then it is a complaint told as a story, however polite
   * its words.
   */
  TRAINED {
    @Override
    public double sentence(List<Token> tokens, TrainedSentiment model) {
      SentenceOpinion opinion = OPINIONS.sentence(tokens);
      boolean asking = asking(tokens);
      if (opinion.none() && asking) {
        return 0;
      }
      double learnt = model.scores(tokens).score();
      double score;
      Vader.Valence valence;
      if (!opinion.none()) {
        score = Math.max(-1, Math.min(1, opinion.score() + OPINION_MODEL_WEIGHT * learnt));
      } else if ((valence = Vader.of(tokens)).hits() > 0) {
        score = (learnt + valence.compound()) / 2;
      } else {
        score = SILENT_WEIGHT * learnt;
      }
      if (ServiceFailure.any(tokens)) {
        score = Math.min(score, FAILURE_SCORE);
      }
      return asking ? Math.min(0, score) : score;
    }

    @Override
    public double comment(List<List<Token>> sentences, List<Token> all, double sentenceMean,
                          TrainedSentiment model) {
      if (sentences.size() < 2) {
        return sentenceMean;
      }
      double score = model.commentScores(sentences).score();
      long failed = sentences.stream().filter(ServiceFailure::any).count();
      return failed >= FAILED_SENTENCES ? Math.min(score, FAILURE_SCORE) : score;
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
    public double comment(List<List<Token>> sentences, List<Token> all, double sentenceMean,
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

  /**
   * How much the trained model counts for a sentence that holds no opinion: 0.3 kept plain
   * facts neutral on the SemEval-2014 dev parts without calling many more UCI dev sentences
   * neutral (0.5 leaned negative on facts). With the model retrained after the last
   * service-failure fixes it leans a little more negative on plain facts ("I flew to Boston on
   * Tuesday." at -0.21 with 0.3); 0.28 keeps them neutral, and on the dev parts 0.26-0.30 are a
   * wash (SemEval-2014 macro-F1 +0.004 on both, UCI accuracy -0.008 to 0 against 0.3).
   */
  static final double SILENT_WEIGHT = 0.28;
  /**
   * How much the model adds to an opinion-word verdict: it breaks ties where opinion words
   * cancel out (on the UCI and SemEval-2014 dev parts: fewer sentences called neutral, SemEval
   * macro-F1 within noise).
   */
  static final double OPINION_MODEL_WEIGHT = 0.3;
  /** A sentence that tells of a service failure scores at most this. */
  static final double FAILURE_SCORE = -0.5;
  /** How many sentences telling of service failures make a comment a complaint. */
  static final int FAILED_SENTENCES = 2;
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
   * A comment's score from its sentences' tokens, all its tokens and the token-weighted mean of
   * its sentence scores; by default that mean.
   */
  public double comment(List<List<Token>> sentences, List<Token> all, double sentenceMean,
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
