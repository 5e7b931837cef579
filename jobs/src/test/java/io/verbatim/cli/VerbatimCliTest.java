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
  void trainSuggestionsWritesAModelWithProvenanceFromAnyLabelledCsv() throws Exception {
    String[] asks = {"Please add", "You should offer", "It would be great to have",
        "I wish you had", "Could you bring back"};
    String[] things = {"a dark mode", "free wifi", "more legroom", "a vegan menu",
        "later opening hours", "an export button"};
    String[] says = {"Yesterday I tried", "The shop sold", "My sister liked", "We saw",
        "The old version had"};
    StringBuilder csv = new StringBuilder("id,sentence,label\n");
    int id = 0;
    for (String thing : things) {
      for (String a : asks) {
        csv.append(id++).append(',').append(a).append(' ').append(thing).append(".,1\n");
      }
      for (String s : says) {
        csv.append(id++).append(',').append(s).append(' ').append(thing).append(".,0\n");
      }
    }
    Path data = dir.resolve("mine.csv");
    Files.writeString(data, csv.toString());
    Path model = dir.resolve("model.json.gz");
    Outcome o = run("train", "suggestions", "--data", data.toString(), "--out",
        model.toString(), "--threads", "1");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("Nested 5-fold CV"), o.out());
    io.verbatim.suggestions.SuggestionModel m =
        io.verbatim.suggestions.SuggestionModel.read(Files.newInputStream(model));
    assertTrue(m.provenance().get("licence").toString().startsWith("not stated"));
    assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest
            .getInstance("SHA-256").digest(Files.readAllBytes(data))),
        m.provenance().get("trainingDataSha256"));
    assertEquals(60, m.provenance().get("rows"));
    assertTrue(m.probability(java.util.Map.of("w:please", 1.0))
        > m.probability(java.util.Map.of("w:yesterday", 1.0)));
  }

  @Test
  void trainSuggestionsOnAMissingFileIsAUsageError() {
    Outcome o = run("train", "suggestions", "--data", dir.resolve("none.csv").toString());
    assertEquals(Verbatim.USAGE_ERROR, o.code());
    assertTrue(o.err().contains("not found"), o.err());
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

  @Test
  void clusterCommandsOnAFolderWithoutAClusterSaySoAndStartNothing() {
    Path folder = dir.resolve("no-cluster");
    Outcome status = run("cluster", "status", "--dir", folder.toString());
    assertEquals(ClusterCommand.NOT_RUNNING, status.code());
    assertTrue(status.out().contains("No cluster is running in " + folder), status.out());
    Outcome stop = run("cluster", "stop", "--dir", folder.toString());
    assertEquals(0, stop.code());
    assertTrue(stop.out().contains("No cluster was running"), stop.out());
  }

  @Test
  void submitNeedsAMasterAndACommandAfterTheDoubleDash() {
    String folder = dir.resolve("no-cluster").toString();
    Outcome noMaster = run("cluster", "submit", "--dir", folder, "--executor-memory", "2g", "--",
        "run", "--input", "in.csv", "--out", "out");
    assertEquals(2, noMaster.code());
    assertTrue(noMaster.err().contains("No --master given and no cluster is running"),
        noMaster.err());
    Outcome noCommand = run("cluster", "submit", "--master", "spark://127.0.0.1:7077", "--");
    assertEquals(2, noCommand.code());
    assertTrue(noCommand.err().contains("after --"), noCommand.err());
  }
}
