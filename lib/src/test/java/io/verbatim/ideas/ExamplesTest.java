package io.verbatim.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void keepsTheSameQuotesWhateverTheOrderTheyArriveIn() {
    Examples a = new Examples(2);
    Examples b = new Examples(2);
    String[][] quotes = {{"c2", "i wish the app worked offline."},
        {"c1", "I wish the app worked offline."}, {"c3", "Please fix the app."},
        {"c4", "Add wifi on planes, it is 2026 after all and everyone expects it by now."}};
    for (String[] q : quotes) {
      a.offer(q[0], q[1], 1);
    }
    for (int i = quotes.length - 1; i >= 0; i--) {
      b.offer(quotes[i][0], quotes[i][1], 1);
    }
    assertEquals(a.texts(), b.texts());
    assertEquals(2, a.texts().size());
    assertEquals(List.of("Add wifi on planes, it is 2026 after all and everyone expects it by now.",
        "I wish the app worked offline."), a.texts());
  }

  @Test
  void clearerEvidenceComesFirstWhateverItsLength() {
    Examples e = new Examples(2);
    e.offer("c1", "I will share my positive experience despite the delay, which was short.", 0.6);
    e.offer("c2", "Delayed again.", 1.0);
    assertEquals(List.of("Delayed again.",
        "I will share my positive experience despite the delay, which was short."), e.texts());
  }
}
