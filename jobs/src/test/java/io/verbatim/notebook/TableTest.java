package io.verbatim.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  record Pair(String name, double value) {
  }

  @Test
  void htmlEscapesTextAndRoundsNumbers() {
    Table t = Table.of("name", "value").row("<b>&co</b>", 0.123456).row(null, List.of("a", "b"))
        .caption("x < y");
    String html = t.html();
    assertTrue(html.contains("<td>&lt;b&gt;&amp;co&lt;/b&gt;</td>"), html);
    assertTrue(html.contains(">0.123</td>"), html);
    assertTrue(html.contains("<td>a | b</td>"), html);
    assertTrue(html.contains("x &lt; y"), html);
  }

  @Test
  void recordsBecomeOneColumnPerComponent() {
    Table t = Table.ofRecords(List.of(new Pair("a", 1), new Pair("b", 2)));
    assertEquals(List.of("name", "value"), t.columns());
    assertEquals(List.of(1.0, 2.0), t.column("value"));
    assertTrue(t.text().startsWith("name  value"), t.text());
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.of("a", "b").row(1));
    assertTrue(e.getMessage().contains("needs 2 values"), e.getMessage());
  }
}
