package io.verbatim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads configuration: the shipped defaults, then the user's file laid over them key by key, then
 * command-line overrides. Unknown keys fail loudly, because a misspelt option silently ignored
 * is worse than an error.
 */
public final class ConfigLoader {

  private static final String DEFAULTS = "verbatim-defaults.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ConfigLoader() {
  }

  /** The defaults as shipped. */
  public static VerbatimConfig defaults() {
    return load(null, Map.of());
  }

  /**
   * Loads the effective configuration.
   *
   * @param file user file (YAML or JSON; JSON is valid YAML), or null for defaults only
   * @param overrides dotted keys to values, e.g. {@code input.textColumn -> "body"}, applied last
   */
  public static VerbatimConfig load(Path file, Map<String, Object> overrides) {
    ObjectNode tree = defaultsTree();
    if (file != null) {
      JsonNode user = readUserFile(file);
      merge(tree, user, "");
    }
    overrides.forEach((key, value) -> {
      if (value != null) {
        set(tree, key, value);
      }
    });
    try {
      return YAML.treeToValue(tree, VerbatimConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Configuration is invalid: " + e.getOriginalMessage());
    }
  }

  /** The effective configuration as a JSON tree, for the manifest. */
  public static JsonNode toTree(VerbatimConfig config) {
    return YAML.valueToTree(config);
  }

  private static ObjectNode defaultsTree() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readUserFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Configuration file " + file + " does not exist.");
    }
    try {
      JsonNode node = YAML.readTree(file.toFile());
      if (node == null || node.isMissingNode() || node.isNull()) {
        return YAML.createObjectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException("Configuration file " + file + " must hold a mapping of sections.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ConfigException("Configuration file " + file + " is not valid YAML/JSON: "
          + e.getOriginalMessage() + locationOf(e));
    } catch (IOException e) {
      throw new ConfigException("Configuration file " + file + " cannot be read: " + e.getMessage());
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static void merge(ObjectNode base, JsonNode update, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = update.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      JsonNode existing = base.get(field.getKey());
      if (existing == null) {
        throw new ConfigException("Unknown configuration option '" + key
            + "'; see verbatim-defaults.yaml for the options.");
      }
      if (existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, field.getValue(), key);
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private static void set(ObjectNode tree, String dottedKey, Object value) {
    String[] parts = dottedKey.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      if (!(child instanceof ObjectNode)) {
        throw new ConfigException("Unknown configuration option '" + dottedKey + "'.");
      }
      node = (ObjectNode) child;
    }
    if (!node.has(parts[parts.length - 1])) {
      throw new ConfigException("Unknown configuration option '" + dottedKey + "'.");
    }
    node.set(parts[parts.length - 1], YAML.valueToTree(value));
  }
}
