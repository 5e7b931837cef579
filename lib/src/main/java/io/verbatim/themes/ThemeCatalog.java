package io.verbatim.themes;

import io.verbatim.model.Theme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The themes of a run and how phrases map to them. Small and serialisable: a distributed runner
 * broadcasts it to tag every sentence.
 */
public final class ThemeCatalog implements Serializable {

  private final Map<String, Theme> byId = new LinkedHashMap<>();
  private final Map<String, String> idByTerm = new HashMap<>();
  private final ThemeHierarchy hierarchy;
  private final Map<String, String> changes;

  public ThemeCatalog(List<Theme> themes) {
    this(themes, Map.of());
  }

  /**
   * @param changes by theme id, the change an idea about the theme asks for where the taxonomy
   *     says
   */
  public ThemeCatalog(List<Theme> themes, Map<String, String> changes) {
    this.hierarchy = ThemeHierarchy.of(themes);
    this.changes = Map.copyOf(changes);
    for (Theme t : themes) {
      byId.put(t.id(), t);
      for (String term : t.terms()) {
        idByTerm.putIfAbsent(term, t.id());
      }
    }
  }

  public List<Theme> themes() {
    return List.copyOf(byId.values());
  }

  public Theme get(String id) {
    return byId.get(id);
  }

  /**
   * The change the complaints about a theme ask for, as an idea's title: the taxonomy's or the
   * event's wording ("Reduce flight cancellations"), else "Fix ... problems" with the theme's
   * name. Never a bare filler word: fillers are never themes.
   */
  public String change(String id) {
    String known = changes.get(id);
    Theme t = byId.get(id);
    return known != null ? known : channelNotReceived(t)
        .or(() -> EventPhrases.changeFor(t.key())).orElse("Fix " + t.key() + " problems");
  }

  /**
   * A call, email or letter that never came is an answer not given, not a parcel late: the
   * change is the channel's own ("Answer the phone sooner"), so it is one idea with the
   * channel's, where "Deliver call centre on time" would read as nonsense.
   */
  private java.util.Optional<String> channelNotReceived(Theme t) {
    return EventPhrases.missingObjectOf(t.key()).map(idByTerm::get).map(byId::get)
        .filter(c -> changes.containsKey(c.id()) && Channels.names(c))
        .map(c -> changes.get(c.id()));
  }

  /** The same themes with some hung under a new parent (theme id to parent id). */
  public ThemeCatalog withParents(Map<String, String> parents) {
    List<Theme> moved = new ArrayList<>();
    for (Theme t : byId.values()) {
      String parent = parents.get(t.id());
      moved.add(parent == null ? t : t.withParent(parent, t.owner()));
    }
    return new ThemeCatalog(moved, changes);
  }

  /**
   * The same themes as found among the answers to one survey question: each under an id of
   * that question's own ({@link ThemeIds#inQuestion}), so the themes of several questions never
   * share an id.
   */
  public ThemeCatalog inQuestion(String question) {
    java.util.function.UnaryOperator<String> ids = id -> ThemeIds.inQuestion(id, question);
    Map<String, String> scopedChanges = new HashMap<>();
    changes.forEach((id, change) -> scopedChanges.put(ids.apply(id), change));
    return new ThemeCatalog(byId.values().stream().map(t -> t.inQuestion(question, ids))
        .toList(), scopedChanges);
  }

  /** The theme an aspect phrase names, or null when it names none. */
  public String idOf(String phrase) {
    return idByTerm.get(phrase);
  }

  /**
   * Themes named by a sentence's aspect phrases, most specific only: when "lost baggage" and
   * "baggage" both match, the sentence is about lost baggage (which rolls up to baggage anyway);
   * but an act told negated keeps its object's theme ("fee not removed" and "fee").
   */
  public List<String> match(List<String> aspects) {
    Set<String> matched = new LinkedHashSet<>();
    for (String a : aspects) {
      String id = idByTerm.get(a);
      if (id != null) {
        matched.add(id);
      }
    }
    if (matched.size() < 2) {
      return List.copyOf(matched);
    }
    Set<String> ancestors = new HashSet<>();
    for (String id : matched) {
      List<String> lineage = hierarchy.lineage(id);
      ancestors.addAll(lineage.subList(1, lineage.size()));
    }
    // "They did not stop the foreclosure" is about the foreclosure as much as about what was not
    // done to it: an act told negated keeps its object's theme beside it.
    Set<String> objects = new HashSet<>();
    for (String id : matched) {
      EventPhrases.negatedObjectOf(byId.get(id).key()).ifPresent(objects::add);
    }
    List<String> out = new ArrayList<>();
    for (String id : matched) {
      if (objects.contains(byId.get(id).key())
          || !ancestors.contains(id) && !insideAnother(id, matched)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Whether another matched theme spells this one out further: "checked bag fee" names the same
   * thing as "bag fee", more precisely, so a sentence naming both is about the former.
   */
  private boolean insideAnother(String id, Set<String> matched) {
    List<String> words = List.of(byId.get(id).key().split(" "));
    for (String other : matched) {
      String key = byId.get(other).key();
      if (!other.equals(id) && key.length() > byId.get(id).key().length()
          && List.of(key.split(" ")).containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The broadest theme this one is a kind of: up the tree while the parent's words are all words
   * of the theme ("late payment fee" is a "payment fee" is a "fee"). A parent hung by
   * co-occurrence only ("car" under "letter") is another problem, so the walk stops there. An
   * event told of an object is a kind of the event's own theme when there is one.
   */
  public String kindOf(String id) {
    // "Closed account" and "closure" are one failure: the event told with and without its
    // object, one idea ("Stop closures without notice").
    String event = byId.containsKey(id)
        ? EventPhrases.eventNounOf(byId.get(id).key()).map(ThemeIds::theme).orElse(null) : null;
    if (event != null && byId.containsKey(event)) {
      return event;
    }
    List<String> line = kindLine(id);
    String at = id;
    for (String parent : line.subList(1, line.size())) {
      if (namesItsChange(at)) {
        break;
      }
      at = parent;
    }
    return at;
  }

  /**
   * The theme and the ancestors it is a kind of, nearest first: up the tree while the parent's
   * words are all words of the theme ("late payment fee", "payment fee", "fee"), stopping at the
   * first parent hung over it by co-occurrence only ("car" under "letter"), which is another
   * thing.
   */
  public List<String> kindLine(String id) {
    if (!byId.containsKey(id)) {
      return List.of(id);
    }
    List<String> lineage = hierarchy.lineage(id);
    List<String> out = new ArrayList<>(List.of(id));
    for (String parent : lineage.subList(1, lineage.size())) {
      if (!List.of(byId.get(out.get(out.size() - 1)).key().split(" ")).containsAll(
          List.of(byId.get(parent).key().split(" ")))) {
        break;
      }
      out.add(parent);
    }
    return out;
  }

  /**
   * Whether the theme is a problem with its own change ("response not received": answer
   * sooner; "double charge": stop double charges), not merely a kind of its parent.
   */
  public boolean namesItsChange(String id) {
    return changes.containsKey(id) || EventPhrases.changeFor(byId.get(id).key()).isPresent();
  }

  /** The theme and all its ancestors, nearest first. */
  public List<String> withAncestors(String id) {
    return hierarchy.lineage(id);
  }

  public ThemeHierarchy hierarchy() {
    return hierarchy;
  }
}
