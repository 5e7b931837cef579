package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the top level short enough for a manager to scan: the {@code maxTopLevel} most mentioned
 * top-level themes that are not channels ({@link Channels}) stay, and every smaller one hangs
 * under the kept theme it is most often mentioned with, relative to how common that theme is
 * (lift of their co-occurrence in comments; a theme too rare for that goes under the kept theme
 * it shares most comments with, and one that shares none stays on top). A channel ({@link Channels}: "letter", "email") is
 * never such a parent: complaints of every kind arrive by letter, so lift there says nothing about
 * what they are about, and a channel stays on top only when too few other themes fill the top
 * level. Counting is a mergeable pass over the analysed comments, before tagging, so tagging and
 * every figure use the final tree; ties break by key, so the same comments give the same tree.
 */
public final class ThemeNesting implements Serializable {

  /** Fewer shared comments than this is chance, not a relation. */
  private static final long MIN_SHARED = 2;

  private final ThemeCatalog catalog;
  private final Map<String, Long> comments = new HashMap<>();
  private final Map<String, Long> pairs = new HashMap<>();
  private long total;

  public ThemeNesting(ThemeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Counts the top-level themes one comment names, once each, and each pair of them. */
  public ThemeNesting add(AnalyzedComment c) {
    total++;
    Set<String> roots = new TreeSet<>();
    for (Sentence s : c.sentences()) {
      for (String id : catalog.match(s.aspects())) {
        List<String> line = catalog.withAncestors(id);
        roots.add(line.get(line.size() - 1));
      }
    }
    List<String> list = new ArrayList<>(roots);
    for (int i = 0; i < list.size(); i++) {
      comments.merge(list.get(i), 1L, Long::sum);
      for (int j = i + 1; j < list.size(); j++) {
        pairs.merge(list.get(i) + " " + list.get(j), 1L, Long::sum);
      }
    }
    return this;
  }

  public ThemeNesting merge(ThemeNesting o) {
    o.comments.forEach((k, v) -> comments.merge(k, v, Long::sum));
    o.pairs.forEach((k, v) -> pairs.merge(k, v, Long::sum));
    total += o.total;
    return this;
  }

  /** The catalog with at most {@code maxTopLevel} top-level themes that were mentioned. */
  public ThemeCatalog nest(int maxTopLevel) {
    // A channel is kept on top only when there are too few other themes to fill the top level.
    List<String> roots = comments.keySet().stream()
        .sorted(Comparator.comparing((String id) -> Channels.names(catalog.get(id)))
            .thenComparing(id -> -comments.get(id))
            .thenComparing(id -> catalog.get(id).key()))
        .toList();
    if (roots.size() <= maxTopLevel) {
      return catalog;
    }
    List<String> kept = roots.subList(0, maxTopLevel);
    Map<String, String> parents = new LinkedHashMap<>();
    for (String root : roots.subList(maxTopLevel, roots.size())) {
      String best = null;
      double bestLift = 0;
      String mostShared = null;
      long mostSharedCount = 0;
      for (String k : kept) {
        if (Channels.names(catalog.get(k))) {
          continue;
        }
        long shared = pairs.getOrDefault(root.compareTo(k) < 0 ? root + " " + k : k + " " + root,
            0L);
        double lift = shared * (double) total / (comments.get(root) * (double) comments.get(k));
        if (shared >= MIN_SHARED && lift > bestLift) {
          best = k;
          bestLift = lift;
        }
        if (shared > mostSharedCount) {
          mostShared = k;
          mostSharedCount = shared;
        }
      }
      // Too rare for the lift to mean anything: under the theme it was seen with most, if any.
      best = best == null ? mostShared : best;
      if (best != null) {
        parents.put(root, best);
      }
    }
    return catalog.withParents(parents);
  }
}
