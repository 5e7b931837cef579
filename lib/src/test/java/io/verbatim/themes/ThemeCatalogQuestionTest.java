package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.verbatim.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeCatalogQuestionTest {

  private final ThemeCatalog catalog = new ThemeCatalog(List.of(
      new Theme(ThemeIds.theme("baggage"), "baggage", "Baggage", null, "Logistics",
          List.of("baggage", "bag"), true),
      new Theme(ThemeIds.theme("lost baggage"), "lost baggage", "Lost baggage",
          ThemeIds.theme("baggage"), "Logistics", List.of("lost baggage"), false)),
      java.util.Map.of(ThemeIds.theme("baggage"), "Deliver every bag"));

  @Test
  void eachQuestionHasIdsOfItsOwnAsStableAsTheQuestionsName() {
    ThemeCatalog q2 = catalog.inQuestion("Q2");
    ThemeCatalog q3 = catalog.inQuestion("Q3");
    String baggage = ThemeIds.theme("baggage");
    String inQ2 = q2.idOf("bag");
    assertEquals(ThemeIds.inQuestion(baggage, "Q2"), inQ2);
    assertNotEquals(inQ2, q3.idOf("bag"));
    assertNotEquals(baggage, inQ2);
    assertEquals(inQ2, catalog.inQuestion("Q2").idOf("bag"), "the same id every run");
    assertEquals("t-", inQ2.substring(0, 2));
    assertEquals("Q2", q2.get(inQ2).question());
    assertNull(catalog.get(baggage).question());
  }

  @Test
  void theHierarchyAndTaggingStayWithinTheQuestion() {
    ThemeCatalog q3 = catalog.inQuestion("Q3");
    String lost = q3.idOf("lost baggage");
    assertEquals(List.of(lost, q3.idOf("bag")), q3.withAncestors(lost));
    assertEquals(List.of(lost), q3.match(List.of("bag", "lost baggage")));
    assertEquals("Deliver every bag", q3.change(q3.idOf("bag")),
        "the taxonomy's change is found under the question's id");
  }
}
