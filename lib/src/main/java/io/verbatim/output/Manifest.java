package io.verbatim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a run's outputs were made: enough to reproduce or audit them. {@code build} names the
 * commit, {@code versions} the libraries, {@code models} every data file that ran with its
 * SHA-256 ({@link ModelFiles}), {@code config} the effective settings. Counts reconcile:
 * {@code read = accepted + rejected}. {@code sparkMaster} is the master the run actually ran on
 * ({@code local[*]}, {@code spark://…}, {@code yarn}), whatever the configuration said.
 */
public record Manifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("ended_at") Instant endedAt,
    Build build,
    Map<String, String> versions,
    @JsonProperty("spark_master") String sparkMaster,
    Map<String, String> models,
    JsonNode config,
    List<String> inputs,
    Counts counts,
    Map<String, Long> languages,
    @JsonProperty("text_flags") Map<String, Long> textFlags,
    @JsonProperty("unthemed_share") double unthemedShare,
    @JsonProperty("stage_seconds") Map<String, Double> stageSeconds,
    Map<String, String> outputs) {

  /**
   * Row counts of the run. {@code duplicateIds} are among the rejected; {@code duplicateTexts}
   * (comments whose text repeats an earlier one under another id) and {@code notAnalysed}
   * (comments in a language the models do not read) are among the accepted.
   */
  public record Counts(long read, long accepted, long rejected, long sentences, long themes,
                       long ideas, long suggestions,
                       @JsonProperty("duplicate_ids") long duplicateIds,
                       @JsonProperty("duplicate_texts") long duplicateTexts,
                       @JsonProperty("not_analysed") long notAnalysed) {

    public Counts {
      if (read != accepted + rejected) {
        throw new IllegalStateException("counts do not reconcile: read " + read + " != accepted "
            + accepted + " + rejected " + rejected);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Manifest fromJson(String json) {
    try {
      return JSON.readValue(json, Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
