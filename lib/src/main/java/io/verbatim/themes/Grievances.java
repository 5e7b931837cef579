package io.verbatim.themes;

import java.util.HashSet;
import java.util.Set;

/**
 * Themes that name the customer's grievance itself rather than something the company runs: a
 * verdict passed on a wrong ("violation", "negligence", "fraud") or the recourse taken about it
 * ("dispute", "investigation"), read from the head word (the last of the key) against the two
 * lists of {@code theme-words.txt}. Both are acts, so {@link ActNouns} alone would let them imply
 * an idea; but "Fix violation problems" and "Fix dispute problems" say that something went wrong
 * and was raised, not what went wrong, and a manager can hand neither to a team.
 */
public final class Grievances {

  private static final WordFile WORDS = WordFile.load("theme-words.txt");
  private static final Set<String> NOUNS = union(WORDS.words("verdict nouns"),
      WORDS.words("recourse nouns"));

  private Grievances() {
  }

  /** Whether a theme with this key (a lemmatised phrase) names a grievance by its head word. */
  public static boolean names(String key) {
    String[] words = key.strip().split("\\s+");
    return NOUNS.contains(words[words.length - 1]);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
