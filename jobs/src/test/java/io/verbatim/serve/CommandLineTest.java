package io.verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.cli.Verbatim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim search} and {@code verbatim serve}'s refusals, through the real entry point. */
class CommandLineTest {

  @TempDir
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    TestIndex.build(out, List.of());
  }

  private record Outcome(int code, String out, String err) {
  }

  private static synchronized Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Verbatim.execute(args);
      return new Outcome(code, o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static void assertOneSentence(Outcome o) {
    assertEquals(2, o.code(), o.out() + o.err());
    assertTrue(o.err().startsWith("verbatim: "), o.err());
    assertEquals(1, o.err().strip().lines().count(), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
  }

  @Test
  void searchPrintsHitsAndTopFacets() {
    Outcome o = run("search", "wifi", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("3 sentences (page 1 of 1"), o.out());
    assertTrue(o.out().lines().anyMatch(l -> l.matches("  2026-02-10  app +negative -0\\.50  The"
        + " wifi on board kept dropping all the time\\.")), o.out());
    assertTrue(o.out().contains("Top facets"), o.out());
    assertTrue(o.out().lines()
        .anyMatch(l -> l.strip().startsWith("channel") && l.contains("app 3")),
        o.out());
  }

  @Test
  void searchFiltersByThemeIdOrLabelAndPages() {
    Outcome byId = run("search", "--out", out.toString(), "--filter",
        "theme=" + TestIndex.LOST_BAGGAGE);
    assertEquals(0, byId.code(), byId.err());
    assertTrue(byId.out().startsWith("2 sentences"), byId.out());
    Outcome byLabel = run("search", "--out", out.toString(), "--filter", "theme=lost baggage",
        "--filter", "channel=email");
    assertEquals(0, byLabel.code(), byLabel.err());
    assertTrue(byLabel.out().startsWith("2 sentences"), byLabel.out());
    Outcome page2 = run("search", "--out", out.toString(), "--size", "4", "--page", "2");
    assertEquals(0, page2.code(), page2.err());
    assertTrue(page2.out().startsWith(TestIndex.sentenceCount() + " sentences (page 2 of 3"),
        page2.out());
  }

  @Test
  void searchPrintsMarkupAsTextAndNoControlCharacters() {
    Outcome o = run("search", "alert", "--out", out.toString(), "--facets", "0");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains(TestIndex.SCRIPT_TEXT), o.out());
    assertFalse(o.out().contains("Top facets"), o.out());
  }

  @Test
  void badSearchesEndWithOneSentenceAndExitCode2() {
    assertOneSentence(run("search", "\"unbalanced", "--out", out.toString()));
    assertOneSentence(run("search", "x", "--out", out.toString(), "--filter", "colour=red"));
    assertOneSentence(run("search", "x", "--out", out.toString(), "--filter", "nonsense"));
    assertOneSentence(run("search", "x", "--out", out.toString(), "--page", "0"));
    assertOneSentence(run("search", "x", "--out", out.toString(), "--from", "2026-03-10",
        "--to", "2026-03-01"));
    assertOneSentence(run("search", "x", "--out", out.resolve("missing").toString()));
    // A folder without an index/ (the builds folder itself has none).
    Outcome noIndex = run("search", "x", "--out", out.resolve("index-builds").toString());
    assertOneSentence(noIndex);
    assertTrue(noIndex.err().contains("no search index"), noIndex.err());
  }

  @Test
  void serveRefusesANonLoopbackHostWithoutAToken() throws Exception {
    Outcome o = run("serve", "--out", out.toString(), "--host", "0.0.0.0", "--port", "0");
    assertOneSentence(o);
    assertTrue(o.err().contains("needs a token"), o.err());
    Path config = out.getParent().resolve("serve-" + System.nanoTime() + ".yaml");
    Files.writeString(config, "serve:\n  host: 0.0.0.0\n  token: short\n");
    try {
      Outcome weak = run("serve", "--out", out.toString(), "--config", config.toString());
      assertOneSentence(weak);
      assertTrue(weak.err().contains("at least 16 characters"), weak.err());
    } finally {
      Files.deleteIfExists(config);
    }
  }

  @Test
  void serveNeedsAnIndex() {
    assertOneSentence(run("serve", "--out", out.resolve("nothing-here").toString(), "--port", "0"));
  }

  @Test
  void helpListsTheNewCommands() {
    Outcome o = run("--help");
    assertTrue(o.out().contains("serve") && o.out().contains("search"), o.out());
  }
}
