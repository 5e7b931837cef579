package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Theme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeCatalogMatchTest {

  private final ThemeCatalog catalog = new ThemeCatalog(List.of(
      new Theme("t-fee", "fee", "Fees", null, "Billing", List.of("fee"), true),
      new Theme("t-late", "late fee", "Late fee", "t-fee", "Billing", List.of("late fee"), false),
      new Theme("t-kept", "fee not removed", "Fee not removed", "t-fee", "Billing",
          List.of("fee not removed"), false)), Map.of());

  @Test
  void anActToldNegatedKeepsItsObjectsThemeBesideIt() {
    // "They refused to remove the fee": about the fee and about what was not done to it.
    assertEquals(List.of("t-fee", "t-kept"), catalog.match(List.of("fee", "fee not removed")));
    // A kind of the theme still stands for it alone.
    assertEquals(List.of("t-late"), catalog.match(List.of("fee", "late fee")));
  }
}
