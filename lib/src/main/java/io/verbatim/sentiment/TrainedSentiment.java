package io.verbatim.sentiment;

import io.verbatim.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained sentiment classifier as the pipeline uses it. Holds only the name of its classpath
 * resource: the weights are loaded on first use, once per JVM and resource, and shared by every
 * instance and thread, so an instance is cheap to serialise into a distributed closure.
 */
public final class TrainedSentiment implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The shipped model. */
  public static final String DEFAULT_RESOURCE = "/io/verbatim/sentiment/model.json.gz";

  private static final Map<String, SentimentModel> LOADED = new ConcurrentHashMap<>();
  private static final TrainedSentiment DEFAULT = new TrainedSentiment(DEFAULT_RESOURCE);

  private final String resource;

  private TrainedSentiment(String resource) {
    this.resource = resource;
  }

  /** The shipped model, loaded on first use. */
  public static TrainedSentiment shipped() {
    return DEFAULT;
  }

  /** A model from another classpath resource (absolute name), loaded on first use. */
  public static TrainedSentiment fromResource(String resource) {
    return new TrainedSentiment(resource);
  }

  /**
   * A model built in this JVM (the evaluation's leave-one-domain-out models), known by
   * {@code name}; an instance holds only the name, so it must not leave the JVM.
   */
  public static TrainedSentiment inMemory(String name, SentimentModel model) {
    String key = "memory:" + name;
    LOADED.put(key, model);
    return new TrainedSentiment(key);
  }

  /** Whether the shipped model is on the classpath. */
  public static boolean shippedAvailable() {
    return TrainedSentiment.class.getResource(DEFAULT_RESOURCE) != null;
  }

  /** Class probabilities of one sentence's tokens (or any token list read as one). */
  public SentimentScores scores(List<Token> tokens) {
    return model().scores(tokens);
  }

  /** Class probabilities of a whole comment, given as its sentences' tokens. */
  public SentimentScores commentScores(List<List<Token>> sentences) {
    return model().commentScores(sentences);
  }

  /** The model behind this instance, loading it now if needed. */
  public SentimentModel model() {
    return LOADED.computeIfAbsent(resource, TrainedSentiment::load);
  }

  private static SentimentModel load(String resource) {
    try (InputStream in = TrainedSentiment.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("sentiment model not on the classpath: " + resource
            + " (train it with: bin/verbatim train)");
      }
      return SentimentModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentiment model " + resource, e);
    }
  }
}
