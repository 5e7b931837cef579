package io.verbatim.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells as JShell runs them in the kernel: values, state between cells, errors by cell line. */
class CellEvaluatorTest {

  private static CellEvaluator cells;

  @BeforeAll
  static void start() {
    cells = new CellEvaluator(List.of("import java.util.*;"));
  }

  @AfterAll
  static void stop() {
    cells.close();
  }

  @Test
  void theLastExpressionOfACellIsItsValueAndDeclarationsLiveOn() {
    assertEquals(42, cells.eval("int answer = 6;\nanswer *= 7;\nanswer"));
    assertEquals(List.of(42, 43), cells.eval("List.of(answer, answer + 1)"));
    assertNull(cells.eval("int later = answer;"), "a declaration shows nothing");
    assertNull(cells.eval("System.out.println(later);"), "a statement shows nothing");
  }

  @Test
  void aRealObjectComesBackNotItsString() {
    Object table = cells.eval("io.verbatim.notebook.Table.of(\"a\").row(1)");
    assertTrue(table instanceof Table, String.valueOf(table));
  }

  /** Evaluates a cell that must fail, with this kind of error on this cell line. */
  private static CellError failure(String kind, int line, String cell) {
    CellError e = assertThrows(CellError.class, () -> cells.eval(cell));
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    return e;
  }

  @Test
  void aCompilationErrorNamesTheCellLine() {
    CellError e = failure("CompilationError", 3, "int ok = 1;\n\nString s = ok + ;\n");
    assertTrue(e.traceback().contains("--> 3 | String s = ok + ;"), e.traceback().toString());
  }

  @Test
  void anExceptionNamesItsTypeTheCellLineAndNoWrapperClass() {
    CellError e = failure("NullPointerException", 3,
        "String nothing = null;\nint n = 2;\nnothing.length()");
    assertTrue(e.getMessage().contains("\"nothing\" is null"), e.getMessage());
    assertTrue(!e.getMessage().contains("$JShell$"), e.getMessage());
  }

  @Test
  void exceptionsInsideAStatementOrAnEarlierCellsMethodPointAtThisCellsLine() {
    failure("ArrayIndexOutOfBoundsException", 3,
        "int[] xs = {1, 2};\nfor (int i = 0; i < 3; i++) {\n  int v = xs[i];\n}");
    cells.eval("int pick(int[] a, int i) {\n  return a[i];\n}");
    failure("ArrayIndexOutOfBoundsException", 3, "int at = 0;\n\npick(new int[0], at)");
  }

  @Test
  void anInterruptStopsAWaitingCell() throws Exception {
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(1_500);
      } catch (InterruptedException e) {
        return;
      }
      cells.interrupt();
    });
    stopper.start();
    long start = System.nanoTime();
    failure("InterruptedException", 2, "int slept = 0;\nThread.sleep(120_000);");
    stopper.join();
    assertTrue(System.nanoTime() - start < 60_000_000_000L, "the cell was not interrupted");
    assertEquals(7, cells.eval("3 + 4"), "the next cell runs normally");
  }

  @Test
  void anUndefinedNameIsACompilationErrorWithTheSymbol() {
    CellError e = assertThrows(CellError.class, () -> cells.eval("noSuchMethod(1)"));
    assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
    assertTrue(e.getMessage().contains("noSuchMethod"), e.getMessage());
  }

  @Test
  void completenessAndCompletion() {
    assertEquals("complete", cells.completeness("int a = 1;"));
    assertEquals("incomplete", cells.completeness("for (int i = 0; i < 2; i++) {"));
    int[] anchor = new int[1];
    List<String> options = cells.complete("Integer.parse", 13, anchor);
    assertTrue(options.stream().anyMatch(o -> o.startsWith("parseInt")), options.toString());
    assertEquals(8, anchor[0]);
  }
}
