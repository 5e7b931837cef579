package io.verbatim.sentiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.model.Token;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression over {@link SentimentFeatures}: per class a bias and a weight
 * per known feature, each multiplied by the feature's value; unknown features are ignored.
 * Immutable and thread-safe.
 *
 * <p>File format (gzipped JSON, {@value #FORMAT}; version 3 added the domain-free features (VADER,
 * service failures, question and exclamation marks) to version 2's word forms with scaled n-gram
 * values; version 4 adds a comment's head (first sentence) features; older versions are not
 * accepted): {@code format}, {@code labels} (negative,
 * neutral, positive), {@code provenance} (free-form object: data, licence, split, counts,
 * hyper-parameters, metrics), {@code bias} (one per label) and {@code weights}, an object of
 * feature → one weight per label, in a fixed (sorted) order so the same model writes the same
 * bytes. Serializable so a model fitted at run time ({@code io.verbatim.annotate.ScoreAdaptation})
 * can be broadcast to the workers.
 */
public final class SentimentModel implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FORMAT = "verbatim-sentiment-logreg/4";
  public static final List<String> LABELS = List.of("negative", "neutral", "positive");

  private final Map<String, Integer> index;
  private final float[] weights;
  private final double[] bias;
  private final JsonNode provenance;

  /**
   * @param features feature names, in order
   * @param weights row-major weights, {@code features.size() * 3}
   * @param bias one per label
   * @param provenance where the model comes from; may be null
   */
  public SentimentModel(List<String> features, float[] weights, double[] bias, JsonNode provenance) {
    if (weights.length != features.size() * LABELS.size() || bias.length != LABELS.size()) {
      throw new IllegalArgumentException("weights do not match features and labels");
    }
    this.index = new HashMap<>(features.size() * 2);
    for (int i = 0; i < features.size(); i++) {
      index.put(features.get(i), i);
    }
    this.weights = weights;
    this.bias = bias.clone();
    this.provenance = provenance;
  }

  /**
   * Class probabilities for the tokens of a sentence or comment; certainly neutral when no token
   * has a letter or digit (nothing said, so no opinion, whatever the bias leans to).
   */
  public SentimentScores scores(List<Token> tokens) {
    if (saysNothing(tokens)) {
      return new SentimentScores(0, 1, 0);
    }
    return scoresOfFeatures(SentimentFeatures.values(tokens));
  }

  /**
   * Class probabilities for a whole comment given as its sentences' tokens, with the head
   * features of {@link SentimentFeatures#ofComment}; certainly neutral when nothing is said.
   */
  public SentimentScores commentScores(List<List<Token>> sentences) {
    if (sentences.stream().allMatch(SentimentModel::saysNothing)) {
      return new SentimentScores(0, 1, 0);
    }
    return scoresOfFeatures(SentimentFeatures.ofComment(sentences));
  }

  /** No token has a letter or digit: nothing said, so no opinion, whatever the bias leans to. */
  private static boolean saysNothing(List<Token> tokens) {
    return tokens.stream().noneMatch(t -> t.word().codePoints().anyMatch(Character::isLetterOrDigit));
  }

  /**
   * Class probabilities for feature values built by the caller (names as the model was trained
   * on; unknown names are ignored).
   */
  public SentimentScores scoresOfFeatures(Map<String, Double> features) {
    double[] p = softmax(logits(features));
    return new SentimentScores(p[0], p[1], p[2]);
  }

  /** Per-label bias plus the weighted sum of the known features. */
  public double[] logits(Map<String, Double> features) {
    double[] z = bias.clone();
    for (Map.Entry<String, Double> f : features.entrySet()) {
      Integer i = index.get(f.getKey());
      if (i != null) {
        int base = i * 3;
        double v = f.getValue();
        z[0] += weights[base] * v;
        z[1] += weights[base + 1] * v;
        z[2] += weights[base + 2] * v;
      }
    }
    return z;
  }

  public static double[] softmax(double[] z) {
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double[] p = new double[3];
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < 3; k++) {
      p[k] /= sum;
    }
    return p;
  }

  public int featureCount() {
    return index.size();
  }

  /** Where the model comes from (data, licence, split, hyper-parameters, metrics); may be null. */
  public JsonNode provenance() {
    return provenance;
  }

  /** The per-label bias (negative, neutral, positive). */
  double[] bias() {
    return bias.clone();
  }

  /** This model with {@code offsets} added to its per-label bias (a decision threshold shift). */
  public SentimentModel shifted(double[] offsets) {
    double[] b = bias.clone();
    for (int k = 0; k < b.length; k++) {
      b[k] += offsets[k];
    }
    return new SentimentModel(featureNames(), weights, b, provenance);
  }

  /** This model with other provenance. */
  public SentimentModel withProvenance(JsonNode p) {
    return new SentimentModel(featureNames(), weights, bias, p);
  }

  private List<String> featureNames() {
    String[] names = new String[index.size()];
    index.forEach((name, i) -> names[i] = name);
    return List.of(names);
  }

  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new GZIPOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
      write(out);
    }
  }

  public void write(OutputStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("labels");
      for (String l : LABELS) {
        g.writeString(l);
      }
      g.writeEndArray();
      if (provenance != null) {
        g.writeFieldName("provenance");
        mapper.writeTree(g, provenance);
      }
      g.writeArrayFieldStart("bias");
      for (double b : bias) {
        g.writeNumber(b);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("weights");
      List<String> names = new ArrayList<>(featureNames());
      names.sort(null);
      for (String name : names) {
        int base = index.get(name) * 3;
        g.writeArrayFieldStart(name);
        for (int k = 0; k < 3; k++) {
          g.writeNumber(weights[base + k]);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  public static SentimentModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a gzipped model file. */
  public static SentimentModel read(InputStream raw) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16);
         JsonParser p = mapper.getFactory().createParser(in)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      String format = null;
      JsonNode provenance = null;
      double[] bias = null;
      List<String> names = new ArrayList<>();
      float[] w = new float[1 << 16];
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "format" -> format = p.getText();
          case "provenance" -> provenance = mapper.readTree(p);
          case "bias" -> {
            bias = new double[LABELS.size()];
            for (int k = 0; k < bias.length; k++) {
              p.nextToken();
              bias[k] = p.getDoubleValue();
            }
            expect(p.nextToken(), JsonToken.END_ARRAY);
          }
          case "weights" -> {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              names.add(p.currentName());
              expect(p.nextToken(), JsonToken.START_ARRAY);
              int base = (names.size() - 1) * 3;
              if (base + 3 > w.length) {
                w = java.util.Arrays.copyOf(w, w.length * 2);
              }
              for (int k = 0; k < 3; k++) {
                p.nextToken();
                w[base + k] = p.getFloatValue();
              }
              expect(p.nextToken(), JsonToken.END_ARRAY);
            }
          }
          case "labels" -> {
            List<String> labels = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              labels.add(p.getText());
            }
            if (!labels.equals(LABELS)) {
              throw new IOException("sentiment model labels " + labels + ", expected " + LABELS);
            }
          }
          default -> p.skipChildren();
        }
      }
      if (!FORMAT.equals(format) || bias == null) {
        throw new IOException("not a " + FORMAT + " model (format " + format + ")");
      }
      return new SentimentModel(names, java.util.Arrays.copyOf(w, names.size() * 3), bias,
          provenance);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("bad sentiment model file: expected " + expected + ", got " + actual);
    }
  }
}
