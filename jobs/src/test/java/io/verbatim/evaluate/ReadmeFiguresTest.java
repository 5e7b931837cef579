package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeFiguresTest {

  private static final Path REPORT = Path.of("evaluation/evaluation.json");

  /** The published figures are the committed report's, not typed by hand. */
  @Test
  void readmeQualityTablesAreTheCommittedReport() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = ReadmeFigures.current(readme);
    assertNotNull(block, "README lacks the generated quality tables");
    assertEquals(ReadmeFigures.markdown(new ObjectMapper().readTree(REPORT.toFile())), block,
        "README's quality tables differ from jobs/evaluation/evaluation.json: run "
            + "bin/verbatim evaluate --report jobs/evaluation --readme README.md");
  }

  @Test
  void rendersTargetsAndEveryFigureWithItsInterval(@TempDir Path dir) throws IOException {
    String json = """
        {"limits": "full sets", "build": {"commit": "0123456789abcdef0123", "dirty": false},
         "targets": [{"result": "s.forum", "figure": "f1", "measured": 0.81, "target": 0.85,
                      "met": false}],
         "results": [{"key": "s.forum", "title": "Suggestions | forum", "dataset": "sealed",
                      "items": 240, "figures": {"f1": 0.81, "precision": 0.9},
                      "intervals_95": {"f1": {"low": 0.77, "high": 0.85}}}]}
        """;
    String md = ReadmeFigures.markdown(new ObjectMapper().readTree(json));
    assertTrue(md.contains("build 0123456789ab)"), md);
    assertTrue(md.contains("| Suggestions \\| forum | f1 | 0.810 | 0.770-0.850 | ≥ 0.850 | **no** |"),
        md);
    assertTrue(md.contains("| sealed | 240 | f1 0.810 (0.770-0.850); precision 0.900 |"), md);

    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "before\n" + ReadmeFigures.BEGIN + "old\n" + ReadmeFigures.END
        + "\nafter\n");
    Path report = dir.resolve("evaluation.json");
    Files.writeString(report, json);
    ReadmeFigures.update(readme, report);
    String updated = Files.readString(readme);
    assertEquals(md, ReadmeFigures.current(updated));
    assertTrue(updated.startsWith("before\n") && updated.endsWith("\nafter\n"));
  }
}
