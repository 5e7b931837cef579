package io.verbatim.themes;

import io.verbatim.model.Theme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which theme hangs below which: the one walk up the hierarchy that theme figures, the index's
 * facet paths and the digest's roll-ups all use, so a sub-theme counts in the same parents
 * everywhere.
 *
 * <p>The walk is safe on any input, including a themes table edited by hand: it stops at a
 * theme it has already passed (a cycle) and at a parent that is not a known theme.
 */
public final class ThemeHierarchy implements Serializable {

  private final Map<String, String> parents;

  private ThemeHierarchy(Map<String, String> parents) {
    this.parents = parents;
  }

  public static ThemeHierarchy of(Collection<Theme> themes) {
    Map<String, String> parents = new HashMap<>();
    for (Theme t : themes) {
      parents.put(t.id(), t.parentId());
    }
    return new ThemeHierarchy(parents);
  }

  /** The theme and its ancestors, nearest first; just the id when the theme is unknown. */
  public List<String> lineage(String id) {
    Set<String> out = new LinkedHashSet<>();
    for (String at = id; at != null && out.add(at); at = parents.get(at)) {
      if (!parents.containsKey(parents.get(at))) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /** The facet path of a theme: its top-level ancestor first, the theme itself last. */
  public List<String> path(String id) {
    List<String> path = new ArrayList<>(lineage(id));
    Collections.reverse(path);
    return path;
  }

  /** The top-level theme a theme belongs to (itself when it is top-level or unknown). */
  public String root(String id) {
    List<String> lineage = lineage(id);
    return lineage.get(lineage.size() - 1);
  }
}
