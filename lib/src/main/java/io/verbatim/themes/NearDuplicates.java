package io.verbatim.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds single-word themes that are one thing under two names ("car" and "vehicle") from how
 * customers use them: two words that take the same partners in compound phrases ("car loan",
 * "vehicle loan"; "car title", "vehicle title"; "my car payment", "my vehicle payment") are used
 * alike. Each word's partners are the phrases it appears in with the word blanked out ("_ loan"),
 * weighted by the comments naming the phrase; two words merge when the cosine of their partner
 * counts reaches {@link #MIN_SIMILARITY} over at least {@link #MIN_SHARED} shared partners and no
 * one shared partner carries more than {@link #MAX_STRONGEST_SHARE} of it: "credit report" and
 * "credit score" share "credit _" and a few passing partners, which makes them kinds of credit
 * record, not one thing.
 *
 * <p>Only counts and keys decide, with ties broken by key, so the same phrase counts give the
 * same merges from run to run. The more mentioned word keeps the theme; a word is merged at most
 * once and a word that took another in is never merged itself, so merges do not chain
 * ("car" ~ "vehicle" ~ "truck" does not fold "truck" into "car" through "vehicle").
 */
public final class NearDuplicates {

  /**
   * Cosine of partner weights from which two words are read as one thing. Chosen on the CFPB dev
   * parts (in-sample), reading the merges: 0.4 over 5 shared partners merged "car"/"vehicle",
   * "document"/"documentation", "proof"/"evidence", "validation"/"verification"; 0.35 over 3 also
   * merged kinds of one thing ("installment"/"auto" loans, "history"/"schedule").
   */
  static final double MIN_SIMILARITY = 0.4;
  /** Fewer shared partners than this is coincidence, not usage. */
  static final int MIN_SHARED = 5;
  /**
   * Most of the likeness one shared partner may carry. Two names for one thing are
   * interchangeable across their uses; two words alike mainly through one construction are
   * different things that fill the same slot: kinds of one thing under a common modifier
   * ("credit report", "credit score": the modifier names the domain, the heads contrast within
   * it) or things that can meet the same fate ("response not received", "letter not received").
   * Read on the CFPB dev parts (in-sample): the strongest shared partner carried 0.21 to 0.30 of
   * the likeness of "car"/"vehicle", "document"/"documentation", "proof"/"evidence" and
   * "validation"/"verification", and 0.46 to 0.87 of that of "report"/"score",
   * "response"/"correspondence", "response"/"confirmation", "payoff"/"principal" and
   * "document"/"paperwork" (the last a loss: half their likeness is "loan _").
   */
  static final double MAX_STRONGEST_SHARE = 0.4;

  private NearDuplicates() {
  }

  /**
   * Merges among the candidate words.
   *
   * @param df comments naming each phrase
   * @param candidates single words that are themes
   * @param mayBeMerged whether a word may be folded into another (a taxonomy key may not)
   * @return each folded word and the word that keeps its theme, in the order found
   */
  public static Map<String, String> find(Map<String, Long> df, Set<String> candidates,
                                         Predicate<String> mayBeMerged) {
    Map<String, Map<String, Long>> partners = partners(df, candidates);
    List<String> words = partners.keySet().stream().sorted().toList();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        Likeness l = likeness(partners.get(words.get(i)), partners.get(words.get(j)));
        if (l.shared() >= MIN_SHARED && l.cosine() >= MIN_SIMILARITY
            && l.strongestShare() <= MAX_STRONGEST_SHARE) {
          pairs.add(new Pair(words.get(i), words.get(j), l.cosine()));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.cosine)
        .thenComparing(p -> p.a).thenComparing(p -> p.b));
    Map<String, String> merged = new LinkedHashMap<>();
    Set<String> keepers = new HashSet<>();
    for (Pair p : pairs) {
      boolean aKeeps = df.getOrDefault(p.a, 0L) >= df.getOrDefault(p.b, 0L);
      String keep = aKeeps ? p.a : p.b;
      String fold = aKeeps ? p.b : p.a;
      if (!mayBeMerged.test(fold)) {
        String swap = keep;
        keep = fold;
        fold = swap;
      }
      if (mayBeMerged.test(fold) && !merged.containsKey(fold) && !merged.containsKey(keep)
          && !keepers.contains(fold)) {
        merged.put(fold, keep);
        keepers.add(keep);
      }
    }
    return merged;
  }

  /**
   * The phrase with the folded words replaced by the words that keep their themes ("vehicle
   * title" reads "car title").
   */
  public static String canonical(String phrase, Map<String, String> merged) {
    if (merged.isEmpty()) {
      return phrase;
    }
    String[] words = phrase.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = merged.getOrDefault(words[i], words[i]);
    }
    return String.join(" ", words);
  }

  private static Map<String, Map<String, Long>> partners(Map<String, Long> df,
                                                        Set<String> candidates) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    df.forEach((phrase, n) -> {
      String[] words = phrase.split(" ");
      for (int i = 0; i < words.length && words.length > 1; i++) {
        if (candidates.contains(words[i])) {
          String[] blanked = words.clone();
          blanked[i] = "_";
          out.computeIfAbsent(words[i], k -> new HashMap<>())
              .merge(String.join(" ", blanked), n, Long::sum);
        }
      }
    });
    return out;
  }

  /**
   * How alike two words' partner counts are: how many partners they share, the cosine of their
   * weights, and the share of the cosine the single strongest shared partner carries.
   */
  static Likeness likeness(Map<String, Long> a, Map<String, Long> b) {
    int shared = 0;
    double dot = 0;
    double strongest = 0;
    for (Map.Entry<String, Long> e : a.entrySet()) {
      Long other = b.get(e.getKey());
      if (other != null) {
        shared++;
        double term = weight(e.getValue()) * weight(other);
        dot += term;
        strongest = Math.max(strongest, term);
      }
    }
    return new Likeness(shared, dot == 0 ? 0 : dot / (norm(a) * norm(b)),
        dot == 0 ? 0 : strongest / dot);
  }

  private static double norm(Map<String, Long> v) {
    double sum = 0;
    for (long x : v.values()) {
      sum += weight(x) * weight(x);
    }
    return Math.sqrt(sum);
  }

  /**
   * A partner's weight grows with the log of its comments, so one very common compound ("_ loan")
   * cannot make two words alike on its own.
   */
  private static double weight(long comments) {
    return Math.log1p(comments);
  }

  /** How alike two words are used ({@link #likeness}). */
  record Likeness(int shared, double cosine, double strongestShare) {
  }

  private record Pair(String a, String b, double cosine) {
  }
}
