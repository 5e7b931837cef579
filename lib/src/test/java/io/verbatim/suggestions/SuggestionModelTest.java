package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionModelTest {

  @TempDir
  Path dir;

  @Test
  void probabilityIsTheSigmoidOfTheWeightedSumAndSurvivesARoundTrip() throws Exception {
    SuggestionModel m = new SuggestionModel(Map.of("r:modal", 2f, "w:the", -0.5f), -1, 0.4,
        Map.of("licence", "test"));
    assertEquals(1 / (1 + Math.exp(-(-1 + 2 - 0.25))),
        m.probability(Map.of("r:modal", 1.0, "w:the", 0.5, "unknown", 9.0)), 1e-9);
    assertEquals(1 / (1 + Math.exp(1)), m.probability(Map.of()), 1e-9);
    Path file = dir.resolve("m.json.gz");
    m.write(file);
    SuggestionModel back = SuggestionModel.read(Files.newInputStream(file));
    assertEquals(m.weights(), back.weights());
    assertEquals(m.threshold(), back.threshold());
    assertEquals("test", back.provenance().get("licence"));
  }

  @Test
  void thresholdMustBeAProbability() {
    assertThrows(IllegalArgumentException.class,
        () -> new SuggestionModel(Map.of(), 0, 1.5, Map.of()));
  }

  @Test
  void shippedModelStatesItsDataAndLicence() {
    SuggestionModel m = SuggestionModel.shipped();
    assertTrue(String.valueOf(m.provenance().get("licence")).startsWith("CC BY-NC-SA 4.0"),
        m.provenance().toString());
    assertTrue(String.valueOf(m.provenance().get("trainingDataSha256")).matches("[0-9a-f]{64}"));
    assertTrue(String.valueOf(m.provenance().get("trainingData")).endsWith("V1.4_Training.csv"));
    assertTrue(m.weights().size() > 1000);
    assertTrue(m.weights().keySet().stream().anyMatch(k -> k.startsWith("r:")), "rule cues");
    // The provenance describes the features and counts the weights the file holds.
    assertTrue(String.valueOf(m.provenance().get("features")).contains("SuggestionFeatures"));
    assertEquals(m.weights().size(), ((Number) m.provenance().get("weights")).intValue());
  }

  @Test
  void shippedModelReadsOnlyFeatureFamiliesTheFeaturesStillBuild() {
    // Tag bigrams ("t:") and first tags ("p:t0") were dropped from the features: a model still
    // weighing them would be one trained by other code than what scores it.
    assertTrue(SuggestionModel.shipped().weights().keySet().stream()
        .noneMatch(k -> k.startsWith("t:") || k.startsWith("p:t0")));
  }
}
