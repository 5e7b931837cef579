package io.verbatim.ideas;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.themes.Tally;
import io.verbatim.themes.TrendWindow;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers idea evidence from tagged comments. A comment counts once per group however many of
 * its sentences belong to it, so reach is in distinct comments. Mergeable.
 */
public final class IdeaCollector implements Serializable {

  private final VerbatimConfig.Ideas config;
  private final TrendWindow window;
  private final Map<String, EvidenceGroup> groups = new HashMap<>();
  /** Sentences naming each theme (most specific), the base of an implied idea's share. */
  private final Map<String, Long> themeSentences = new HashMap<>();
  private final Tally all = new Tally();

  public IdeaCollector(VerbatimConfig.Ideas config, TrendWindow window) {
    this.config = config;
    this.window = window;
  }

  public IdeaCollector add(AnalyzedComment c) {
    all.addComment(c, window);
    List<String> commentThemes = c.themeIds();
    String mainTheme = commentThemes.isEmpty() ? null : commentThemes.get(0);
    Map<String, EvidenceGroup> touched = new LinkedHashMap<>();
    for (Sentence s : c.sentences()) {
      all.addSentence(s);
      s.themeIds().forEach(id -> themeSentences.merge(id, 1L, Long::sum));
      for (String key : EvidenceKeys.of(s, config.complaintBelow())) {
        EvidenceGroup g = touched.computeIfAbsent(key,
            k -> groups.computeIfAbsent(k, x -> new EvidenceGroup(config.examples())));
        g.tally.addSentence(s);
        if (s.action() != null && key.startsWith(EvidenceKeys.SUGGESTION)) {
          g.actions.merge(s.action(), 1L, Long::sum);
        }
        for (String theme : s.themeIds().isEmpty() && mainTheme != null ? List.of(mainTheme)
            : s.themeIds()) {
          g.themes.merge(theme, 1L, Long::sum);
        }
        double clarity = 1;
        if (key.startsWith(EvidenceKeys.NEGATIVE)) {
          // The more strongly a sentence complains about the theme, the clearer the evidence.
          double score = s.sentimentFor(key.substring(EvidenceKeys.NEGATIVE.length()));
          clarity = Math.min(1, -score);
          g.strong += score <= config.strongNegative() ? 1 : 0;
        }
        g.examples.offer(c.comment().id(), s.text(), clarity);
      }
    }
    touched.values().forEach(g -> g.tally.addComment(c, window));
    return this;
  }

  public IdeaCollector merge(IdeaCollector o) {
    o.groups.forEach((k, v) -> groups.merge(k, v, EvidenceGroup::merge));
    o.themeSentences.forEach((k, v) -> themeSentences.merge(k, v, Long::sum));
    all.merge(o.all);
    return this;
  }

  Map<String, EvidenceGroup> groups() {
    return groups;
  }

  long themeSentences(String themeId) {
    return themeSentences.getOrDefault(themeId, 0L);
  }

  Tally all() {
    return all;
  }
}
