package io.verbatim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

  @Test
  void shippedDataFilesAreListedWithTheirHashes() throws IOException {
    Map<String, String> files = ModelFiles.shipped();
    String model = "io/verbatim/sentiment/model.json.gz";
    assertTrue(files.containsKey(model), files.keySet().toString());
    assertTrue(files.containsKey("io/verbatim/themes/default-taxonomy.yaml"));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(model)) {
      assertEquals(ModelFiles.sha256(in), files.get(model));
    }
    files.values().forEach(h -> assertTrue(h.matches("[0-9a-f]{64}"), h));
    assertTrue(files.keySet().stream().noneMatch(f -> f.endsWith(".class")
        || f.endsWith("versions.properties") || f.endsWith("build.properties")));
  }

  @Test
  void theUsersOwnFilesAreHashedAndKeywordsSkipped(@TempDir Path dir) throws IOException {
    Path taxonomy = dir.resolve("taxonomy.yaml");
    Files.writeString(taxonomy, "themes: []\n");
    Map<String, String> files = ModelFiles.of(java.util.Arrays.asList("default", null,
        taxonomy.toString(), "none"));
    String key = "file:" + taxonomy.toAbsolutePath().normalize();
    assertEquals(ModelFiles.sha256(taxonomy), files.get(key));
    assertEquals(ModelFiles.shipped().size() + 1, files.size());
  }

  @Test
  void knownDigest() throws IOException {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ModelFiles.sha256(new java.io.ByteArrayInputStream("abc".getBytes(
            StandardCharsets.US_ASCII))));
  }

  @Test
  void buildNamesTheCheckedOutCommit() throws Exception {
    Build build = Build.current();
    Process git;
    try {
      git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
    } catch (IOException noGit) {
      assertEquals("unknown", build.commit());
      return;
    }
    assertTrue(git.waitFor(30, TimeUnit.SECONDS));
    String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (git.exitValue() != 0) {
      assertEquals("unknown", build.commit());
      return;
    }
    // Tests run right after the build, from the same checkout.
    assertEquals(head, build.commit());
    assertFalse(build.builtAt().isBlank());
  }
}
