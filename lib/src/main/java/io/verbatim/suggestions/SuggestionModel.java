package io.verbatim.suggestions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic regression over {@link SuggestionFeatures}: the probability that a sentence suggests
 * something (SemEval-2019 Task 9's every-kind definition), and the threshold above which it is
 * called a suggestion. Stored as gzipped JSON with its provenance (training data, its sha256 and
 * licence, the settings cross-validation chose and the figures it measured). Trained by {@code
 * verbatim train suggestions}; the shipped model is read once per JVM, on first use.
 *
 * @param weights weight per feature name; features not listed weigh nothing
 * @param bias the intercept
 * @param threshold probability at or above which a sentence is a suggestion
 * @param provenance where the model comes from and what it measured, as written by training
 */
public record SuggestionModel(Map<String, Float> weights, double bias, double threshold,
                              Map<String, Object> provenance) {

  /** The shipped model, beside this class. */
  public static final String RESOURCE = "suggestion-model.json.gz";
  private static final ObjectMapper JSON = new ObjectMapper();

  public SuggestionModel {
    weights = Map.copyOf(weights);
    provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
  }

  /** The model shipped in the library, read on first use and kept for the life of the JVM. */
  public static SuggestionModel shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final SuggestionModel MODEL = readShipped();

    private static SuggestionModel readShipped() {
      try (InputStream in = SuggestionModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the library has no suggestion model (" + RESOURCE
              + "); run `verbatim train suggestions` or set annotation.suggestions: rules");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped suggestion model", e);
      }
    }
  }

  /** The probability that a sentence with these features suggests something. */
  public double probability(Map<String, Double> features) {
    double z = bias;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      Float wt = weights.get(f.getKey());
      if (wt != null) {
        z += wt * f.getValue();
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Reads a model written by {@link #write}, gzipped. */
  public static SuggestionModel read(InputStream gzipped) throws IOException {
    JsonNode root = JSON.readTree(new GZIPInputStream(gzipped));
    Map<String, Float> weights = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      weights.put(e.getKey(), e.getValue().floatValue());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> provenance = JSON.convertValue(root.path("provenance"), Map.class);
    return new SuggestionModel(weights, root.path("bias").asDouble(),
        root.path("threshold").asDouble(), provenance == null ? Map.of() : provenance);
  }

  /** Writes the model as gzipped JSON, provenance first, features sorted by name. */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("provenance", JSON.valueToTree(provenance));
    root.put("bias", bias);
    root.put("threshold", threshold);
    ObjectNode w = root.putObject("weights");
    new java.util.TreeMap<>(weights).forEach(w::put);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }
  }
}
