package io.verbatim.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {

  private static void add(Confusion c, String gold, String predicted, int times) {
    for (int i = 0; i < times; i++) {
      c.add(gold, predicted);
    }
  }

  @Test
  void binaryPrecisionRecallF1() {
    Confusion c = new Confusion(List.of("yes", "no"));
    add(c, "yes", "yes", 6); // tp
    add(c, "no", "yes", 2);  // fp
    add(c, "yes", "no", 4);  // fn
    add(c, "no", "no", 8);   // tn
    assertEquals(20, c.total());
    assertEquals(0.75, c.precision("yes"), 1e-9);
    assertEquals(0.6, c.recall("yes"), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1("yes"), 1e-9);
    assertEquals(0.7, c.accuracy(), 1e-9);
    assertEquals(8 / 12.0, c.precision("no"), 1e-9);
    assertEquals(0.8, c.recall("no"), 1e-9);
  }

  @Test
  void threeClassMacroF1AndMatrix() {
    Confusion c = new Confusion(List.of("negative", "neutral", "positive"));
    add(c, "negative", "negative", 3);
    add(c, "negative", "positive", 1);
    add(c, "neutral", "negative", 1);
    add(c, "neutral", "positive", 1);
    add(c, "positive", "positive", 4);
    // negative: P 3/4 R 3/4 F1 .75; neutral: 0; positive: P 4/6 R 1 F1 .8
    assertEquals(0.75, c.f1("negative"), 1e-9);
    assertEquals(0.0, c.f1("neutral"), 1e-9);
    assertEquals(0.8, c.f1("positive"), 1e-9);
    assertEquals((0.75 + 0 + 0.8) / 3, c.macroF1(), 1e-9);
    assertEquals(0.7, c.accuracy(), 1e-9);
    assertEquals(1L, c.matrix().get("neutral").get("positive"));
    assertEquals(0L, c.matrix().get("positive").get("negative"));
  }

  @Test
  void emptyMatrixGivesZeros() {
    Confusion c = new Confusion(List.of("a", "b"));
    assertEquals(0, c.accuracy());
    assertEquals(0, c.f1("a"));
    assertEquals(0, c.macroF1());
  }

  @Test
  void unknownLabelIsRejected() {
    Confusion c = new Confusion(List.of("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> c.add("a", "c"));
  }

  @Test
  void countsBasedMetrics() {
    Metrics m = new Metrics(3, 4, 2, 5);
    assertEquals(0.75, m.precision(), 1e-9);
    assertEquals(0.4, m.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.4 / 1.15, m.f1(), 1e-9);
    assertEquals(0, new Metrics(0, 0, 0, 0).f1());
  }
}
