package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad arguments end in one sentence and a non-zero exit before any work; a run that fails for a
 * reason it can name says so and leaves the previous outputs in place.
 */
class BadRunsIT {

  @TempDir
  Path dir;

  private static CliRuns.Outcome run(String... args) {
    return CliRuns.run(args);
  }

  private static void assertOneSentence(CliRuns.Outcome o, int code, String expected) {
    assertEquals(code, o.code(), o.err());
    String line = o.sentence();
    assertTrue(line.contains(expected), line);
    assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
  }

  private Path csv(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void missingInput() {
    CliRuns.Outcome o = run("run", "--input", dir.resolve("nope.csv").toString(), "--out",
        dir.resolve("o").toString());
    assertOneSentence(o, 2, "does not exist");
    assertFalse(Files.exists(dir.resolve("o")), "nothing was started");
  }

  @Test
  void unknownColumn() throws IOException {
    Path in = csv("in.csv", "id,text\n1,Fine.\n");
    assertOneSentence(run("run", "--input", in.toString(), "--out", dir.resolve("o").toString(),
        "--text-column", "body"), 2, "body");
  }

  @Test
  void unwritableOutput() throws IOException {
    Path in = csv("in.csv", "id,text\n1,Fine.\n");
    Path file = csv("taken", "a file, not a folder");
    assertOneSentence(run("run", "--input", in.toString(), "--out", file.toString()), 2,
        "not a folder");
  }

  @Test
  void corruptParquetIsRejectedAndTheOtherFilesAreRead() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.csv"), "id,text\n1,The crew were lovely.\n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("bad.parquet"),
        "PAR1 this is not really parquet".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");
    CliRuns.Outcome o = run("run", "--input", in.toString(), "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"rejected\" : 1"), manifest);
    assertTrue(manifest.contains("\"accepted\" : 1"), manifest);
  }

  @Test
  void aRefusedRunSaysWhyInOneSentenceAndKeepsThePreviousOutputs() throws IOException {
    Path good = csv("good.csv", "id,text\n1,The crew were lovely.\n2,My bag was lost.\n");
    Path out = dir.resolve("out2");
    assertEquals(0, run("run", "--input", good.toString(), "--out", out.toString()).code());
    String manifest = Files.readString(out.resolve("manifest.json"));
    // A configuration value only the annotator can check.
    Path config = csv("bad-parser.yaml", "annotation:\n  parser: fancy\n");
    CliRuns.Outcome o = run("run", "--input", good.toString(), "--out", out.toString(), "--config",
        config.toString());
    assertOneSentence(o, 2, "Unknown annotation.parser 'fancy'");
    assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
  }
}
