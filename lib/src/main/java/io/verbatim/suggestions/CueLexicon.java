package io.verbatim.suggestions;

import io.verbatim.sentiment.aspect.OpinionWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the rules, read once from {@code cue-words.txt} (one section per list,
 * documented there) so they can be reviewed and extended together without touching code. Lists
 * of praise take their words from the one opinion word list ({@link OpinionWords}) through the
 * entry {@code @positive}.
 */
final class CueLexicon {

  private static final String RESOURCE = "cue-words.txt";
  private static final String POSITIVE = "@positive";
  private static final Map<String, List<String>> SECTIONS = read();

  private CueLexicon() {
  }

  /** The section names, in file order: every list the rules read. */
  static Set<String> lists() {
    return SECTIONS.keySet();
  }

  /**
   * One list as a set: {@code @positive} expanded, then every {@code -word} entry removed; fails
   * on a section that is not there.
   */
  static Set<String> list(String name) {
    Set<String> out = new HashSet<>();
    for (String entry : entries(name)) {
      if (entry.equals(POSITIVE)) {
        out.addAll(OpinionWords.words(1));
      } else if (!entry.startsWith("-")) {
        out.add(entry);
      }
    }
    for (String entry : entries(name)) {
      if (entry.startsWith("-") && entry.length() > 1) {
        out.remove(entry.substring(1));
      }
    }
    return Set.copyOf(out);
  }

  /** A list of "key=value" pairs as a map. */
  static Map<String, String> pairs(String name) {
    Map<String, String> map = new HashMap<>();
    for (String pair : entries(name)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(RESOURCE + " [" + name + "]: not key=value: " + pair);
      }
      map.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return Map.copyOf(map);
  }

  /** The entries of one section as written (before {@code @positive} is expanded). */
  static List<String> entries(String name) {
    List<String> entries = SECTIONS.get(name);
    if (entries == null) {
      throw new IllegalStateException(RESOURCE + " has no list [" + name + "]");
    }
    return entries;
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.startsWith("[") && text.endsWith("]")) {
          current = new java.util.ArrayList<>();
          sections.put(text.substring(1, text.length() - 1), current);
        } else if (!text.isEmpty()) {
          if (current == null) {
            throw new IllegalStateException(RESOURCE + ": words before the first [list]: " + text);
          }
          current.addAll(List.of(text.split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return sections;
  }

  /**
   * Words skipped before looking for an imperative at the start of a clause: politeness,
   * discourse markers and hedges ("Also, please just add ...").
   */
  static final Set<String> CLAUSE_PREFIX = list("clause-prefix");

  /**
   * Base-form verbs that start subjectless sentences which are not requests: feelings and
   * thoughts with the "I" dropped ("Love the new menu", "Hope you enjoy"), thanks, greetings.
   */
  static final Set<String> NON_REQUEST_VERBS = list("non-request-verbs");

  /**
   * Verbs of asking for information or for one's own case. "Could you tell me ..." and "Please
   * send me my invoice" are service requests, not suggestions to change something.
   */
  static final Set<String> INFO_VERBS = list("info-verbs");

  /**
   * Personal plans that follow "I'd love to" or "I wish I could" without asking anything of the
   * business: "I'd love to come back", "I wish I could give zero stars".
   */
  static final Set<String> PERSONAL_VERBS = list("personal-verbs");

  /** Objects of "I would like/appreciate ..." that ask for service, not for a change. */
  static final Set<String> PERSONAL_REQUEST_NOUNS = list("personal-request-nouns");

  /** Adjectives that make "it would be ___ if/to ..." a wish for something. */
  static final Set<String> DESIRABLE = list("desirable");

  /**
   * Present-tense advice: "it is best to book early", "it's worth paying for a sea view". Smaller
   * than {@link #DESIRABLE} because "it is nice to ..." in the present usually describes.
   */
  static final Set<String> ADVISABLE = list("advisable");

  /** Verbs after which "would ___" introduces a wish: "I'd love to see ...". */
  static final Set<String> WISH_VERBS = list("wish-verbs");

  /** Verbs whose subject "I/we" proposes something: "I suggest ...", "we recommend ...". */
  static final Set<String> ADVISING_VERBS = list("advising-verbs");

  /** Nouns that announce a suggestion: "My suggestion is to ...", "Feature request: ...". */
  static final Set<String> SUGGESTION_NOUNS = list("suggestion-nouns");

  /** "You could ___" is only a suggestion with a verb of changing something. */
  static final Set<String> CHANGE_VERBS = list("change-verbs");

  /**
   * Verbs that are often mis-tagged as nouns at the start of a title-like sentence ("Update the
   * app", "Support dark mode"); they count as imperatives when an object follows.
   */
  static final Set<String> IMPERATIVE_FALLBACK = list("imperative-fallback");

  /** Subject heads that act, so "the staff should smile more" becomes "smile more". */
  static final Set<String> AGENT_HEADS = list("agent-heads");

  /** Nouns of repair after "needs/could use": "the room needs a makeover" = "revamp room". */
  static final Map<String, String> REPAIR_NOUNS = pairs("repair-nouns");

  /**
   * First words of an introductory clause after which, past the comma, an imperative may
   * follow: "If you go, ask for ...", "For dinner, head to ...".
   */
  static final Set<String> ADVERBIAL_INTRO = list("adverbial-intro");

  /** Verbs that, with "it/this/that" as subject, make "should" a prediction: "this should help". */
  static final Set<String> EPISTEMIC_VERBS = list("epistemic-verbs");

  /** Phrasal verbs that ask for a change though their verb is a visitor's: "get rid of". */
  static final Set<String> CHANGE_REQUEST_PHRASES = Set.copyOf(list("change-request-phrases")
      .stream().map(p -> p.replace('_', ' ')).toList());

  /** Predicate adjectives of reproach: "you should be ashamed" is a complaint. */
  static final Set<String> REPROACH = list("reproach");
}
