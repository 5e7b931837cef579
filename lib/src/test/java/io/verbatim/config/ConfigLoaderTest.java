package io.verbatim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  @Test
  void defaultsAreCompleteAndDocumentedValues() {
    VerbatimConfig c = ConfigLoader.defaults();
    assertEquals("auto", c.input().format());
    assertNull(c.input().textColumn());
    assertEquals("shift-reduce", c.annotation().parser());
    assertEquals("local[*]", c.spark().master());
    assertEquals(1.0, c.ideas().weights().reach() + c.ideas().weights().negativity()
        + c.ideas().weights().scoreImpact() + c.ideas().weights().trend(), 1e-9);
  }

  @Test
  void userFileOverridesOnlyWhatItSaysAndFlagsWin() throws IOException {
    Path yaml = dir.resolve("c.yaml");
    Files.writeString(yaml, "input:\n  textColumn: body\nideas:\n  weights:\n    trend: 0.5\n");
    Map<String, Object> flags = new HashMap<>();
    flags.put("input.textColumn", "comment");
    flags.put("spark.master", null);
    VerbatimConfig c = ConfigLoader.load(yaml, flags);
    assertEquals("comment", c.input().textColumn());
    assertEquals(0.5, c.ideas().weights().trend());
    assertEquals(0.45, c.ideas().weights().reach(), "untouched sibling keeps its default");
    assertEquals("local[*]", c.spark().master());
  }

  @Test
  void jsonWorksToo() throws IOException {
    Path json = dir.resolve("c.json");
    Files.writeString(json, "{\"themes\": {\"minComments\": 9}}");
    assertEquals(9, ConfigLoader.load(json, Map.of()).themes().minComments());
  }

  @Test
  void mistakesGetOneClearSentence() throws IOException {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "themes:\n  minComment: 3\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(typo, Map.of()));
    assertTrue(e.getMessage().contains("themes.minComment"), e.getMessage());

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "input: [unclosed\n");
    e = assertThrows(ConfigException.class, () -> ConfigLoader.load(broken, Map.of()));
    assertTrue(e.getMessage().contains("not valid"), e.getMessage());

    e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(dir.resolve("missing.yaml"), Map.of()));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());

    Path wrongType = dir.resolve("type.yaml");
    Files.writeString(wrongType, "themes:\n  minComments: lots\n");
    e = assertThrows(ConfigException.class, () -> ConfigLoader.load(wrongType, Map.of()));
    assertTrue(e.getMessage().startsWith("Configuration is invalid"), e.getMessage());
  }
}
