package io.verbatim.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {

  @Test
  void sealsAboutTheConfiguredShare() {
    int sealed = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sealed += Split.sealed("any-set", Integer.toString(i)) ? 1 : 0;
    }
    double share = sealed / (double) n;
    // Binomial standard deviation at n = 20,000 is about 0.0035: five of them either side.
    assertEquals(Split.SEALED_SHARE, share, 0.018);
  }

  @Test
  void dependsOnlyOnSetAndIdAndIsStable() {
    for (int i = 0; i < 100; i++) {
      String id = "row-" + i;
      assertEquals(Split.of("s", id), Split.of("s", id));
      assertEquals(Split.of("s", id), Split.of("s", " " + id + " "));
    }
  }

  @Test
  void setsSharingIdsAreSealedIndependently() {
    List<Split> a = new ArrayList<>();
    List<Split> b = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      a.add(Split.of("forum", Integer.toString(i)));
      b.add(Split.of("hotel", Integer.toString(i)));
    }
    assertNotEquals(a, b);
  }

  @Test
  void unitIsInRange() {
    for (int i = 0; i < 1000; i++) {
      double u = Split.unit("x", Integer.toString(i));
      assertTrue(u >= 0 && u < 1, Double.toString(u));
    }
  }
}
