package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line behaviour that needs no Spark job: help, bad arguments, the generator. */
class VerbatimCliTest {

  @TempDir
  Path dir;

  private record Outcome(int code, String out, String err) {
  }

  private static Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Verbatim.execute(args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void helpListsTheSubcommands() {
    Outcome o = run("--help");
    assertEquals(0, o.code());
    for (String cmd : new String[] {"run", "demo", "generate"}) {
      assertTrue(o.out().contains(cmd), o.out());
    }
  }

  @Test
  void missingRequiredFlagIsAUsageError() {
    Outcome o = run("run", "--out", dir.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("--input"), o.err());
  }

  @Test
  void brokenConfigurationStopsBeforeAnyWorkWithOneSentence() throws IOException {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "themes:\n  minComment: 3\n");
    Outcome o = run("run", "--input", dir.toString(), "--out", dir.resolve("o").toString(),
        "--config", config.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("verbatim: Unknown configuration option 'themes.minComment'"),
        o.err());
    assertFalse(o.err().contains("Exception"), "no stack trace: " + o.err());
    assertEquals(1, o.err().strip().lines().count());
  }

  @Test
  void unknownSentimentModelIsAUsageErrorInOneSentence() throws IOException {
    Files.writeString(dir.resolve("in.csv"), "id,text\n1,Fine.\n");
    Outcome o = run("run", "--input", dir.resolve("in.csv").toString(), "--out",
        dir.resolve("o").toString(), "--sentiment", "sentiwordnet");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("use trained, rules, vader or rntn"), o.err());
    assertEquals(1, o.err().strip().lines().count(), o.err());
    assertFalse(Files.exists(dir.resolve("o")), "nothing written");
  }

  @Test
  void generateWritesTheRequestedNumberOfComments() throws IOException {
    Path file = dir.resolve("big.csv");
    Outcome o = run("generate", "--comments", "250", "--out", file.toString(), "--end",
        "2026-11-20");
    assertEquals(0, o.code(), o.err());
    assertEquals(251, countRecords(file), "header + 250 rows");
  }

  private static long countRecords(Path csv) throws IOException {
    com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    m.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    try (var it = m.readerFor(String[].class).readValues(csv.toFile())) {
      long n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    }
  }
}
