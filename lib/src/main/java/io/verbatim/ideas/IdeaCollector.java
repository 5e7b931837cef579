package io.verbatim.ideas;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.themes.ActNouns;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.Tally;
import io.verbatim.themes.TrendWindow;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers idea evidence from tagged comments. A comment counts once per group however many of
 * its sentences belong to it, so reach is in distinct comments. A negative comment also counts
 * as a complaint about its main theme ({@link MainTheme}) even where no one sentence about it is
 * negative on its own: a complaint told as a story ("I took out a loan in March...") is about
 * its theme as a whole. Mergeable.
 */
public final class IdeaCollector implements Serializable {

  private final VerbatimConfig.Ideas config;
  private final TrendWindow window;
  private final Map<String, EvidenceGroup> groups = new HashMap<>();
  /** Sentences naming each theme (most specific), the base of an implied idea's share. */
  private final Map<String, Long> themeSentences = new HashMap<>();
  /** Comments naming each theme (most specific), the base of an implied idea's share. */
  private final Map<String, Long> themeComments = new HashMap<>();
  private final Tally all = new Tally();
  private final MainTheme main;
  /** Uses of verbs and nouns: whether a theme's noun names an act. */
  private final ActNouns.Uses uses = new ActNouns.Uses();
  /**
   * Comments that are evidence for both a request ("s:...") and a complaint ("n:..."), or for
   * two complaints about named problems.
   */
  private final Map<String, Long> shared = new HashMap<>();

  /** Evidence from sentences alone, without main themes. */
  public IdeaCollector(VerbatimConfig.Ideas config, TrendWindow window) {
    this(config, window, null);
  }

  /** @param main each comment's main theme, from the corpus's theme figures; null for none */
  public IdeaCollector(VerbatimConfig.Ideas config, TrendWindow window, MainTheme main) {
    this.config = config;
    this.window = window;
    this.main = main;
  }

  public IdeaCollector add(AnalyzedComment c) {
    all.addComment(c, window);
    List<String> commentThemes = c.themeIds();
    String mainTheme = commentThemes.isEmpty() ? null : commentThemes.get(0);
    Map<String, EvidenceGroup> touched = new LinkedHashMap<>();
    for (Sentence s : c.sentences()) {
      all.addSentence(s);
      uses.add(s.tokens());
      s.themeIds().forEach(id -> themeSentences.merge(id, 1L, Long::sum));
      for (String key : EvidenceKeys.of(s, config.complaintBelow(), main)) {
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
          // The more strongly a sentence complains about the theme (or the kind of it the
          // sentence names), the clearer the evidence.
          clarity = Math.min(1, complaintScore(s, key.substring(EvidenceKeys.NEGATIVE.length()))
              / config.strongNegative());
        }
        g.examples.offer(c.comment().id(), s.text(), clarity);
      }
    }
    String complaint = complaintTheme(c, main);
    if (complaint != null) {
      touched.computeIfAbsent(EvidenceKeys.NEGATIVE + complaint,
          k -> groups.computeIfAbsent(k, x -> new EvidenceGroup(config.examples())));
    }
    List<String> named = c.sentences().stream().flatMap(s -> s.themeIds().stream())
        .map(id -> main == null ? id : main.kindOf(id)).distinct().toList();
    named.forEach(id -> themeComments.merge(id, 1L, Long::sum));
    for (EvidenceGroup g : touched.values()) {
      g.tally.addComment(c, window);
      named.forEach(id -> g.commentThemes.merge(id, 1L, Long::sum));
    }
    for (String request : touched.keySet()) {
      for (String against : touched.keySet()) {
        if (against.startsWith(EvidenceKeys.NEGATIVE) && (request.startsWith(
            EvidenceKeys.SUGGESTION) || !request.equals(against) && namedProblem(request)
            && namedProblem(against))) {
          shared.merge(request + " " + against, 1L, Long::sum);
        }
      }
    }
    return this;
  }

  public IdeaCollector merge(IdeaCollector o) {
    o.groups.forEach((k, v) -> groups.merge(k, v, EvidenceGroup::merge));
    o.themeSentences.forEach((k, v) -> themeSentences.merge(k, v, Long::sum));
    o.themeComments.forEach((k, v) -> themeComments.merge(k, v, Long::sum));
    o.shared.forEach((k, v) -> shared.merge(k, v, Long::sum));
    uses.merge(o.uses);
    all.merge(o.all);
    return this;
  }

  Map<String, EvidenceGroup> groups() {
    return groups;
  }

  long themeSentences(String themeId) {
    return themeSentences.getOrDefault(themeId, 0L);
  }

  long themeComments(String themeId) {
    return themeComments.getOrDefault(themeId, 0L);
  }

  /** Comments naming each theme (as a kind, when main themes are known). */
  Map<String, Long> themeComments() {
    return themeComments;
  }

  /**
   * Whether a complaint key is about a problem with a change of its own (every theme when main
   * themes are not known): only those are near-copies of one another ({@link NearCopies}), so
   * only their pairs are counted, a few hundred however many themes a corpus has.
   */
  private boolean namedProblem(String key) {
    return main == null || main.namesItsChange(key.substring(EvidenceKeys.NEGATIVE.length()));
  }

  /**
   * Comments behind both a request key and a complaint key, or two complaint keys about named
   * problems.
   */
  long shared(String requestKey, String complaintKey) {
    return shared.getOrDefault(requestKey + " " + complaintKey, 0L);
  }

  /** Which theme nouns name something done, by the verbs of this corpus. */
  ActNouns actNouns() {
    return uses.acts();
  }

  MainTheme mainTheme() {
    return main;
  }

  /** The sentence's score for the theme: the lowest over the theme and the kinds of it named. */
  private double complaintScore(Sentence s, String themeId) {
    return s.themeIds().stream()
        .filter(id -> id.equals(themeId) || main != null && themeId.equals(main.kindOf(id)))
        .mapToDouble(s::sentimentFor).min().orElse(s.sentimentFor(themeId));
  }

  /** The theme a negative comment complains about as a whole; null when not negative. */
  static String complaintTheme(AnalyzedComment c, MainTheme main) {
    return main == null || c.sentimentLabel() != SentimentLabel.NEGATIVE ? null
        : main.kindOf(main.of(c));
  }

  Tally all() {
    return all;
  }
}
