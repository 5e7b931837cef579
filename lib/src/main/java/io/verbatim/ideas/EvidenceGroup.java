package io.verbatim.ideas;

import io.verbatim.themes.Tally;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Everything known about one group of evidence sentences: figures, wordings, themes, quotes. */
final class EvidenceGroup implements Serializable {

  final Tally tally = new Tally();
  /** How often each normalised action was written, to title the idea with the usual wording. */
  final Map<String, Long> actions = new HashMap<>();
  /** Theme of each evidence sentence (or of its comment), to place the idea under a theme. */
  final Map<String, Long> themes = new HashMap<>();
  /**
   * Themes (as kinds, {@link io.verbatim.themes.MainTheme#kindOf}) named anywhere in the evidence
   * comments, each comment once: what else the idea's customers talk about
   * ({@link Distinctness}).
   */
  final Map<String, Long> commentThemes = new HashMap<>();
  final Examples examples;
  /**
   * Comments counted twice once other groups joined this one (a comment that both complains
   * about a theme and asks for its fix): taken off the reach.
   */
  long counted;

  EvidenceGroup(int exampleLimit) {
    examples = new Examples(exampleLimit);
  }

  EvidenceGroup merge(EvidenceGroup o) {
    tally.merge(o.tally);
    o.actions.forEach((k, v) -> actions.merge(k, v, Long::sum));
    o.themes.forEach((k, v) -> themes.merge(k, v, Long::sum));
    o.commentThemes.forEach((k, v) -> commentThemes.merge(k, v, Long::sum));
    examples.merge(o.examples);
    return this;
  }

  /** The most frequent key of a count map, ties broken alphabetically; null when empty. */
  static String mostFrequent(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(null);
  }
}
