package io.verbatim.evaluate;

import io.verbatim.labelled.Confusion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static Confusion matrix(long scale) {
    Confusion c = new Confusion(List.of("yes", "no"));
    c.add("yes", "yes", 80 * scale);
    c.add("yes", "no", 20 * scale);
    c.add("no", "yes", 10 * scale);
    c.add("no", "no", 90 * scale);
    return c;
  }

  @Test
  void intervalHoldsTheFigureAndNarrowsWithMoreItems() {
    Confusion small = matrix(1);
    Confusion large = matrix(20);
    Bootstrap.Interval s = Bootstrap.interval(small, Confusion::accuracy);
    Bootstrap.Interval l = Bootstrap.interval(large, Confusion::accuracy);
    assertEquals(0.85, small.accuracy(), 1e-12);
    assertTrue(s.low() < 0.85 && 0.85 < s.high(), s.toString());
    assertTrue(l.low() < 0.85 && 0.85 < l.high(), l.toString());
    // The standard error of a proportion falls with the square root of n: about 0.025 at 200
    // items, so a 95% interval about 0.1 wide; 20 times the items make it about 4.5 times
    // narrower.
    double wide = s.high() - s.low();
    double narrow = l.high() - l.low();
    assertTrue(wide > 0.07 && wide < 0.13, "width " + wide);
    assertTrue(wide / narrow > 3.5 && wide / narrow < 6, wide + " vs " + narrow);
  }

  @Test
  void sameMatrixSameInterval() {
    assertEquals(Bootstrap.interval(matrix(1), c -> c.f1("yes")),
        Bootstrap.interval(matrix(1), c -> c.f1("yes")));
  }

  @Test
  void emptyMatrixHasAnEmptyInterval() {
    Bootstrap.Interval i = Bootstrap.interval(new Confusion(List.of("a", "b")),
        Confusion::macroF1);
    assertEquals(0, i.low());
    assertEquals(0, i.high());
  }
}
