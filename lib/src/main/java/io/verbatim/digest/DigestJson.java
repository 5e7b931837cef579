package io.verbatim.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The digest as JSON. Field names are the record components in snake_case ({@code top_ideas},
 * {@code new_since_previous}, {@code p_value}, ...), pinned by a test; dates are ISO strings;
 * missing values are written as null rather than left out, so every digest has the same fields;
 * only the parts of a digest split by survey question ({@code questions}, each idea's and
 * theme's {@code question}) are left out of a digest that is not.
 * {@code schema_version} changes when a field changes meaning.
 */
public final class DigestJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DigestJson() {
  }

  public static String write(Digest digest) {
    try {
      return JSON.writeValueAsString(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a digest written by {@link #write}; fields added by later versions are ignored. */
  public static Digest read(String json) {
    try {
      return JSON.readValue(json, Digest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The idea ids of a previous digest's JSON, for {@link DigestInput#previousIdeaIds()}. Reads
   * only {@code idea_ids}, so a digest written by another version still works.
   */
  public static Set<String> ideaIds(String json) {
    try {
      JsonNode ids = JSON.readTree(json).path("idea_ids");
      Set<String> out = new LinkedHashSet<>();
      ids.forEach(n -> out.add(n.asText()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
