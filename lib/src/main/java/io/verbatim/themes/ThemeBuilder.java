package io.verbatim.themes;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Discovers themes from phrase counts: frequent aspect phrases become themes, pinned taxonomy
 * themes are kept whenever mentioned, multi-word themes hang under the single-word theme they
 * contain ("lost baggage" under "baggage"), and owners come from the taxonomy.
 *
 * <p>Everything is decided by counts and keys with deterministic tie-breaks, so the same input
 * gives the same themes, and the same theme keeps its id as long as its key is chosen again.
 */
public final class ThemeBuilder {

  /**
   * A single word seen inside a compound in this share of its mentions is not a theme of its own
   * ("pass" is nearly always "boarding pass").
   */
  private static final double SUBSUMED_SHARE = 0.8;

  private final Taxonomy taxonomy;
  private final VerbatimConfig.Themes config;

  public ThemeBuilder(Taxonomy taxonomy, VerbatimConfig.Themes config) {
    this.taxonomy = taxonomy;
    this.config = config;
  }

  public ThemeCatalog build(PhraseCounts counts) {
    Map<String, Long> df = counts.all();
    Map<String, Long> chosen = new LinkedHashMap<>();
    for (Taxonomy.Entry e : taxonomy.entries()) {
      if (df.getOrDefault(e.key(), 0L) > 0) {
        chosen.put(e.key(), df.get(e.key()));
      }
    }
    List<String> discovered = discovered(df, counts);
    discovered.stream().limit(config.maxThemes()).forEach(p -> chosen.putIfAbsent(p, df.get(p)));
    // New topics are what an analyst most needs to see and what a cap on volume hides: phrases
    // first written within the trend window get up to a quarter more places.
    discovered.stream().skip(config.maxThemes())
        .filter(p -> counts.isNew(p, config.trendWindowDays()))
        .limit(Math.max(1, config.maxThemes() / 4))
        .forEach(p -> chosen.putIfAbsent(p, df.get(p)));
    // So are failures told as events ("payment not applied"): a failure is told in fewer comments
    // than its object is named, yet it, not the object, is what someone can be asked to fix.
    discovered.stream().skip(config.maxThemes())
        .filter(p -> EventPhrases.changeFor(p).isPresent())
        .limit(Math.max(1, config.maxThemes() / 4))
        .forEach(p -> chosen.putIfAbsent(p, df.get(p)));

    Map<String, List<String>> spellings = foldSpellings(chosen, df);
    Map<String, String> merged = foldNearDuplicates(chosen, df, spellings);

    Map<String, String> parentKeys = new LinkedHashMap<>();
    for (String key : chosen.keySet()) {
      parentOf(key, chosen, merged).ifPresent(p -> parentKeys.put(key, p));
    }
    List<Theme> themes = new ArrayList<>();
    Map<String, String> changes = new LinkedHashMap<>();
    for (String key : chosen.keySet()) {
      Theme t = theme(key, parentKeys, spellings.getOrDefault(key, List.of()));
      themes.add(t);
      taxonomy.entry(key).map(Taxonomy.Entry::change).ifPresent(c -> changes.put(t.id(), c));
    }
    return new ThemeCatalog(themes, changes);
  }

  private List<String> discovered(Map<String, Long> df, PhraseCounts counts) {
    Map<String, Long> inCompounds = largestCompoundCounts(df);
    List<String> candidates = new ArrayList<>();
    df.forEach((phrase, n) -> {
      if (n >= config.minComments() && taxonomy.entry(phrase).isEmpty()
          && inCompounds.getOrDefault(phrase, 0L) < SUBSUMED_SHARE * n
          && Arrays.stream(EventPhrases.objectOf(phrase).split(" ")).noneMatch(counts::isName)) {
        candidates.add(phrase);
      }
    });
    candidates.sort(Comparator.comparing((String p) -> -df.get(p)).thenComparing(p -> p));
    return candidates;
  }

  /** For each single word, the count of the most mentioned multi-word phrase containing it. */
  private static Map<String, Long> largestCompoundCounts(Map<String, Long> df) {
    Map<String, Long> out = new java.util.HashMap<>();
    df.forEach((phrase, n) -> {
      if (phrase.contains(" ")) {
        for (String w : phrase.split(" ")) {
          out.merge(w, n, Math::max);
        }
      }
    });
    return out;
  }

  /**
   * The broader theme: the taxonomy's explicit parent if chosen, else the most mentioned chosen
   * theme made of a part of this phrase's words (the head word wins ties). A channel word is
   * the parent only when no other word is a theme: a "collection letter" is about collection.
   */
  private Optional<String> parentOf(String key, Map<String, Long> chosen,
                                    Map<String, String> merged) {
    Optional<String> explicit = taxonomy.entry(key).map(Taxonomy.Entry::parent)
        .filter(chosen::containsKey);
    if (explicit.isPresent() || !key.contains(" ")) {
      return explicit;
    }
    String[] words = key.split(" ");
    String best = null;
    for (int i = words.length - 1; i >= 0; i--) {
      // Modifiers are kept as written ("meal voucher"), so look them up folded ("food").
      String w = NearDuplicates.canonical(taxonomy.normaliseWord(words[i]), merged);
      if (!w.equals(key) && chosen.containsKey(w) && (best == null
          || channel(best) && !channel(w)
          || channel(best) == channel(w) && chosen.get(w) > chosen.get(best))) {
        best = w;
      }
    }
    if (best == null && words.length > 2) {
      String tail = words[words.length - 2] + " " + words[words.length - 1];
      best = chosen.containsKey(tail) ? tail : null;
    }
    return Optional.ofNullable(best);
  }

  /**
   * One theme per thing however customers name it ({@link NearDuplicates}: "vehicle" folds into
   * "car", "vehicle title" into "car title" when both are themes): the folded phrases leave
   * {@code chosen} and become members of the theme that keeps them. A taxonomy key is never
   * folded. Returns each folded word and the word that kept its theme.
   */
  private Map<String, String> foldNearDuplicates(Map<String, Long> chosen, Map<String, Long> df,
                                                 Map<String, List<String>> members) {
    Set<String> words = new TreeSet<>();
    chosen.keySet().stream().filter(k -> !k.contains(" ")).forEach(words::add);
    Map<String, String> merged = NearDuplicates.find(df, words, w -> taxonomy.entry(w).isEmpty());
    for (String key : List.copyOf(chosen.keySet())) {
      String kept = NearDuplicates.canonical(key, merged);
      if (!kept.equals(key) && chosen.containsKey(kept) && taxonomy.entry(key).isEmpty()) {
        chosen.remove(key);
        List<String> into = members.computeIfAbsent(kept, k -> new ArrayList<>());
        into.add(key);
        into.addAll(members.getOrDefault(key, List.of()));
        members.remove(key);
      }
    }
    return merged;
  }

  private boolean channel(String key) {
    return Channels.names(key, taxonomy.entry(key).map(Taxonomy.Entry::synonyms)
        .orElse(List.of()));
  }

  /**
   * One theme per word however it is spaced or hyphenated ("payoff", "pay off", "pay-off";
   * "e-mail", "email"): the first chosen spelling (a taxonomy key, else the most mentioned) keeps
   * the theme and every other spelling mentioned at all becomes one of its members. Removes the
   * folded spellings from {@code chosen}; returns each kept key's other spellings, in order.
   */
  private static Map<String, List<String>> foldSpellings(Map<String, Long> chosen,
                                                         Map<String, Long> df) {
    Map<String, String> keyByForm = new LinkedHashMap<>();
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    for (String key : List.copyOf(chosen.keySet())) {
      String kept = keyByForm.putIfAbsent(spelling(key), key);
      if (kept != null) {
        chosen.remove(key);
        spellings.computeIfAbsent(kept, k -> new ArrayList<>()).add(key);
      }
    }
    df.keySet().stream().filter(p -> !chosen.containsKey(p)).sorted().forEach(p -> {
      String kept = keyByForm.get(spelling(p));
      List<String> known = spellings.computeIfAbsent(kept == null ? "" : kept,
          k -> new ArrayList<>());
      if (kept != null && !known.contains(p)) {
        known.add(p);
      }
    });
    spellings.remove("");
    return spellings;
  }

  /** A phrase's letters without the spaces and hyphens that spell one word several ways. */
  static String spelling(String phrase) {
    return phrase.replaceAll("[\\s\\-]+", "");
  }

  private Theme theme(String key, Map<String, String> parentKeys, List<String> spellings) {
    Optional<Taxonomy.Entry> entry = taxonomy.entry(key);
    String parentKey = parentKeys.get(key);
    String owner = entry.map(Taxonomy.Entry::owner)
        .or(() -> taxonomy.ownerOfWords(key))
        .or(() -> Optional.ofNullable(parentKey).flatMap(taxonomy::entry)
            .map(Taxonomy.Entry::owner))
        .orElse(Theme.UNASSIGNED);
    String label = entry.map(Taxonomy.Entry::label).orElseGet(() -> Labels.fromKey(key));
    // Its members: the key and every phrase the taxonomy folds into it, so the merge is on record.
    List<String> members = new ArrayList<>(List.of(key));
    entry.ifPresent(e -> e.synonyms().stream().filter(s -> !members.contains(s))
        .forEach(members::add));
    spellings.stream().filter(s -> !members.contains(s)).forEach(members::add);
    return new Theme(ThemeIds.theme(key), key, label,
        parentKey == null ? null : ThemeIds.theme(parentKey), owner, members, entry.isPresent());
  }
}
