package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeHierarchyTest {

  private static Theme theme(String id, String parent) {
    return new Theme(id, id, id, parent, "Owner", List.of(), false);
  }

  private final ThemeHierarchy hierarchy = ThemeHierarchy.of(List.of(theme("bags", null),
      theme("lost-bags", "bags"), theme("lost-bag-tracking", "lost-bags")));

  @Test
  void lineageRunsFromTheThemeToItsTopLevelAncestor() {
    assertEquals(List.of("lost-bag-tracking", "lost-bags", "bags"),
        hierarchy.lineage("lost-bag-tracking"));
    assertEquals(List.of("bags"), hierarchy.lineage("bags"));
  }

  @Test
  void pathIsRootFirstAndRootIsTheTopLevelTheme() {
    assertEquals(List.of("bags", "lost-bags", "lost-bag-tracking"),
        hierarchy.path("lost-bag-tracking"));
    assertEquals("bags", hierarchy.root("lost-bag-tracking"));
  }

  @Test
  void unknownThemesAndParentsEndTheWalk() {
    assertEquals(List.of("nowhere"), hierarchy.lineage("nowhere"));
    ThemeHierarchy orphan = ThemeHierarchy.of(List.of(theme("child", "missing-parent")));
    assertEquals(List.of("child"), orphan.lineage("child"));
  }

  @Test
  void aCycleStopsTheWalk() {
    ThemeHierarchy loop = ThemeHierarchy.of(List.of(theme("a", "b"), theme("b", "a")));
    assertEquals(List.of("a", "b"), loop.lineage("a"));
    assertEquals(List.of("b", "a"), loop.path("a"));
  }

  @Test
  void theCatalogAndTheHierarchyAgree() {
    ThemeCatalog catalog = new ThemeCatalog(List.of(theme("bags", null),
        theme("lost-bags", "bags")));
    assertEquals(catalog.hierarchy().lineage("lost-bags"), catalog.withAncestors("lost-bags"));
  }
}
