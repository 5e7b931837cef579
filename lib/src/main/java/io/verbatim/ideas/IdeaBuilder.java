package io.verbatim.ideas;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import io.verbatim.suggestions.ActionKeys;
import io.verbatim.themes.ActNouns;
import io.verbatim.themes.Channels;
import io.verbatim.themes.Grievances;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.ThemeIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns merged evidence into ranked ideas. Suggestions whose action keys share the verb and most
 * content words are one idea ("add wifi on planes", "add wifi"); a theme with enough
 * complaints (comments speaking of it at or below {@code complaintBelow}, or negative comments
 * mostly about it) implies an idea even if nobody asked outright, titled as the change it asks
 * for ("Reduce flight cancellations", {@link ThemeCatalog#change}), and its reach is every comment
 * that complains about the theme. Requests that name the theme of an implied idea join it
 * rather than rank as near-copies beside it.
 */
public final class IdeaBuilder {

  /** Two action keys with the same verb and this much word overlap are the same idea. */
  private static final double SAME_IDEA_OVERLAP = 0.5;

  private final VerbatimConfig.Ideas config;
  private final double scoreRange;

  /** A built set of ideas and the index that maps comments back to them. */
  public record Result(List<Idea> ideas, IdeaIndex index) {
  }

  public IdeaBuilder(VerbatimConfig.Ideas config, VerbatimConfig.Input input) {
    this.config = config;
    this.scoreRange = input.scoreMax() - input.scoreMin();
  }

  public Result build(IdeaCollector evidence, ThemeCatalog catalog) {
    Map<String, String> ideaByKey = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Candidate> impliedByTheme = new HashMap<>();
    ActNouns acts = evidence.actNouns();
    evidence.groups().entrySet().stream()
        .filter(e -> e.getKey().startsWith(EvidenceKeys.NEGATIVE))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> {
          String themeId = e.getKey().substring(EvidenceKeys.NEGATIVE.length());
          Theme theme = catalog.get(themeId);
          long complaints = e.getValue().tally.comments();
          if (theme != null && complaints >= config.impliedMinMentions()
              && complaints >= config.impliedMinShare() * evidence.themeComments(themeId)
              && canBeHandedOver(theme, catalog, acts)) {
            String id = ThemeIds.of("i", "implied:" + theme.key());
            ideaByKey.put(e.getKey(), id);
            // The group is copied: requests joining the idea must not change the evidence.
            Candidate c = new Candidate(id, catalog.change(themeId), themeId, true,
                new EvidenceGroup(config.examples()).merge(e.getValue()));
            candidates.add(c);
            impliedByTheme.put(themeId, c);
          }
        });
    joinNearCopies(candidates, impliedByTheme, ideaByKey, evidence, catalog);
    for (Cluster cluster : clusterSuggestions(evidence.groups())) {
      // An idea is known by its usual wording: same title, same id, night after night.
      String title = EvidenceGroup.mostFrequent(cluster.group.actions);
      String themeId = mainTheme(cluster.group, catalog);
      Candidate implied = themeId == null ? null : impliedByTheme.get(catalog.kindOf(themeId));
      if (implied != null && namesTheme(title, catalog.get(themeId))) {
        // "Please refund me faster" asks for the change the refund complaints imply: one idea.
        cluster.keys.forEach(k -> ideaByKey.put(k, implied.id()));
        implied.group().merge(cluster.group);
        for (String k : cluster.keys) {
          implied.group().counted += evidence.shared(k, EvidenceKeys.NEGATIVE + implied.themeId());
        }
      } else if (cluster.group.tally.comments() >= config.minReach()) {
        String id = ThemeIds.of("i", EvidenceKeys.SUGGESTION + ActionKeys.actionKey(title));
        cluster.keys.forEach(k -> ideaByKey.put(k, id));
        candidates.add(new Candidate(id, title, themeId, false, cluster.group));
      }
    }
    return new Result(rank(candidates, evidence, catalog),
        new IdeaIndex(ideaByKey, config.complaintBelow(), evidence.mainTheme()));
  }

  /**
   * Implied changes worded alike ("Answer the phone sooner" from the call centre's complaints and
   * from answers not received) are one idea: the one with the larger reach (then the owned
   * theme, then by id) keeps it. Then a change asked less precisely than others
   * ({@link NearCopies}: "Answer customers sooner" beside "Answer emails sooner") joins the one
   * whose evidence shares the most comments with it (then the larger, then by id), as a request
   * joins the change it names: one problem, one idea, each comment counted once.
   */
  private static void joinNearCopies(List<Candidate> candidates,
                                     Map<String, Candidate> impliedByTheme,
                                     Map<String, String> ideaByKey, IdeaCollector evidence,
                                     ThemeCatalog catalog) {
    Map<String, List<Candidate>> byTitle = new LinkedHashMap<>();
    candidates.forEach(c -> byTitle.computeIfAbsent(c.title(), t -> new ArrayList<>()).add(c));
    for (List<Candidate> same : byTitle.values()) {
      Candidate into = same.stream()
          .min(Comparator.comparingLong((Candidate c) -> -reach(c.group()))
              .thenComparing(c -> Theme.UNASSIGNED.equals(owner(catalog, c.themeId())))
              .thenComparing(Candidate::id))
          .orElseThrow();
      same.stream().filter(c -> c != into)
          .forEach(c -> join(c, into, candidates, impliedByTheme, ideaByKey, evidence));
    }
    List<Candidate> implied = List.copyOf(candidates);
    Map<Integer, List<Integer>> targets =
        NearCopies.morePrecise(implied.stream().map(Candidate::title).toList());
    targets.forEach((loose, precise) -> {
      Candidate from = implied.get(loose);
      String fromKey = EvidenceKeys.NEGATIVE + from.themeId();
      Candidate into = precise.stream().map(implied::get)
          .min(Comparator.comparingLong((Candidate c) ->
                  -evidence.shared(fromKey, EvidenceKeys.NEGATIVE + c.themeId()))
              .thenComparingLong(c -> -reach(c.group()))
              .thenComparing(Candidate::id))
          .orElseThrow();
      join(from, into, candidates, impliedByTheme, ideaByKey, evidence);
    });
  }

  private static void join(Candidate from, Candidate into, List<Candidate> candidates,
                           Map<String, Candidate> impliedByTheme, Map<String, String> ideaByKey,
                           IdeaCollector evidence) {
    String fromKey = EvidenceKeys.NEGATIVE + from.themeId();
    ideaByKey.replaceAll((key, id) -> id.equals(from.id()) ? into.id() : id);
    into.group().merge(from.group());
    into.group().counted += evidence.shared(fromKey, EvidenceKeys.NEGATIVE + into.themeId());
    impliedByTheme.put(from.themeId(), into);
    candidates.remove(from);
  }

  /**
   * Whether an idea about the theme names a change someone can be handed: the taxonomy's or an
   * event's own change ("Answer the phone sooner"), a theme the taxonomy gives an owner, or a
   * discovered theme whose noun names a process: something done to a few kinds of things ("Fix
   * foreclosure problems", {@link ActNouns#namesAProcess}). A discovered thing or setting ("Fix
   * car problems", "Fix debt problems") says where the trouble happened, not what went wrong; an
   * act done to anything ("Fix access problems") that some act failed, not which process; a
   * discovered grievance ("Fix violation problems", "Fix dispute problems", {@link Grievances})
   * that something went wrong and was raised, not what; a discovered channel ("Fix message
   * problems", {@link Channels}) how the customer wrote, not about what. Their complaints still
   * count under their theme and under the other ideas they are evidence for, but they imply no
   * idea of their own.
   */
  private static boolean canBeHandedOver(Theme theme, ThemeCatalog catalog, ActNouns acts) {
    return catalog.namesItsChange(theme.id()) || !Theme.UNASSIGNED.equals(theme.owner())
        || acts.namesAProcess(theme.key()) && !Grievances.names(theme.key())
        && !Channels.names(theme);
  }

  /** Whether a requested change names its theme: a word of the action is a word of the key. */
  private static boolean namesTheme(String action, Theme theme) {
    Set<String> words = new HashSet<>(Arrays.asList(
        action.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
    return Arrays.stream(theme.key().split(" ")).anyMatch(words::contains)
        || theme.terms().stream().anyMatch(words::contains);
  }

  /**
   * The theme an idea belongs to: the one its evidence names most; among equals, one with an
   * owner, so the idea reaches the function that can act on it.
   */
  private static String mainTheme(EvidenceGroup group, ThemeCatalog catalog) {
    return group.themes.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(e -> Theme.UNASSIGNED.equals(owner(catalog, e.getKey())))
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static String owner(ThemeCatalog catalog, String themeId) {
    Theme t = catalog.get(themeId);
    return t == null ? Theme.UNASSIGNED : t.owner();
  }

  private record Candidate(String id, String title, String themeId, boolean implied,
                           EvidenceGroup group) {
  }

  private static final class Cluster {
    final String representative;
    final String verb;
    final Set<String> words;
    final List<String> keys = new ArrayList<>();
    final EvidenceGroup group;

    Cluster(String key, EvidenceGroup first, int examples) {
      representative = key;
      String[] parts = key.substring(EvidenceKeys.SUGGESTION.length()).split(" ");
      verb = parts[0];
      words = new HashSet<>(Arrays.asList(parts).subList(1, parts.length));
      group = new EvidenceGroup(examples).merge(first);
      keys.add(key);
    }

    boolean accepts(String verbOf, Set<String> wordsOf) {
      if (!verb.equals(verbOf)) {
        return false;
      }
      Set<String> union = new HashSet<>(words);
      union.addAll(wordsOf);
      if (union.isEmpty()) {
        return true;
      }
      Set<String> common = new HashSet<>(words);
      common.retainAll(wordsOf);
      return (double) common.size() / union.size() >= SAME_IDEA_OVERLAP;
    }
  }

  /**
   * Greedy, shortest key first: the plainest wording of a request anchors its idea. Anchors do
   * not depend on counts, so which requests make up an idea does not shift from night to night
   * as evidence grows.
   */
  private List<Cluster> clusterSuggestions(Map<String, EvidenceGroup> groups) {
    List<Map.Entry<String, EvidenceGroup>> suggestions = groups.entrySet().stream()
        .filter(e -> e.getKey().startsWith(EvidenceKeys.SUGGESTION))
        .sorted(Comparator.comparingInt((Map.Entry<String, EvidenceGroup> e) ->
            e.getKey().split(" ").length).thenComparing(Map.Entry::getKey))
        .toList();
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<String, EvidenceGroup> e : suggestions) {
      String[] parts = e.getKey().substring(EvidenceKeys.SUGGESTION.length()).split(" ");
      Set<String> words = new HashSet<>(Arrays.asList(parts).subList(1, parts.length));
      Cluster home = clusters.stream().filter(c -> c.accepts(parts[0], words)).findFirst()
          .orElse(null);
      if (home == null) {
        clusters.add(new Cluster(e.getKey(), e.getValue(), config.examples()));
      } else {
        home.keys.add(e.getKey());
        home.group.merge(e.getValue());
      }
    }
    return clusters;
  }

  private List<Idea> rank(List<Candidate> candidates, IdeaCollector evidence,
                          ThemeCatalog catalog) {
    Map<String, Double> distinct = new HashMap<>();
    candidates.forEach(c -> distinct.put(c.id, Distinctness.ofIdea(c.group.commentThemes,
        evidence.themeComments(), evidence.all().comments(), c.themeId, catalog)));
    double meanDistinct = distinct.values().stream().mapToDouble(Double::doubleValue).average()
        .orElse(0);
    // Reach counted in comments, weighted by how distinct the idea is against the average idea:
    // one as distinct as the average keeps its reach, one twice as distinct counts double. Where
    // nothing sets any idea's customers apart (one theme, or none), reach alone decides.
    Map<String, Double> weighted = new HashMap<>();
    candidates.forEach(c -> weighted.put(c.id, reach(c.group)
        * (meanDistinct == 0 ? 1 : distinct.get(c.id) / meanDistinct)));
    double maxWeighted = weighted.values().stream().mapToDouble(Double::doubleValue).max()
        .orElse(0);
    Map<String, Double> trends = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      Double t = c.group.tally.trendAgainst(evidence.all());
      trends.put(c.id, t);
    }
    double maxRise = trends.values().stream().filter(t -> t != null && t > 0)
        .mapToDouble(Double::doubleValue).max().orElse(0);
    VerbatimConfig.Weights w = config.weights();

    List<Idea> ideas = new ArrayList<>();
    for (Candidate c : candidates) {
      long reach = reach(c.group);
      // How unhappy the customers behind the idea are, read from their whole comments: the
      // evidence sentences themselves would rank every implied idea (picked for being strongly
      // negative) above every request, which is usually worded neutrally ("please add ...").
      double sentiment = c.group.tally.commentSentimentMean();
      Double impact = c.group.tally.scoreImpactAgainst(evidence.all());
      Double trend = trends.get(c.id);
      Idea.ScoreComponents parts = new Idea.ScoreComponents(
          w.reach() * (maxWeighted == 0 ? 0
              : Math.log1p(weighted.get(c.id)) / Math.log1p(maxWeighted)),
          w.negativity() * (1 - sentiment) / 2,
          w.scoreImpact() * impactSignal(impact),
          w.trend() * (trend == null || maxRise == 0 ? 0 : Math.max(0, trend) / maxRise));
      Theme theme = c.themeId == null ? null : catalog.get(c.themeId);
      ideas.add(new Idea(c.id, 0, c.title, c.themeId,
          theme == null ? Theme.UNASSIGNED : theme.owner(), c.implied, reach, sentiment, impact,
          trend, parts.total(), parts, c.group.examples.texts()));
    }
    return IdeaRanking.ranked(ideas);
  }

  private static long reach(EvidenceGroup g) {
    return g.tally.comments() - g.counted;
  }

  /** 0 for no or positive impact, 1 when the idea's comments score half the range lower. */
  private double impactSignal(Double impact) {
    if (impact == null || scoreRange <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, -impact / (scoreRange / 2)));
  }
}
