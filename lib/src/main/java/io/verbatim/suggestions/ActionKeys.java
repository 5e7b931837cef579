package io.verbatim.suggestions;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grouping keys for action phrases: the same request worded differently gets the same key.
 *
 * <p>The key is the canonical verb followed by the content words' stems, sorted and de-duplicated:
 * "add wifi on the planes", "add wifi to planes" and "provide WiFi on planes" all become "add
 * plane wifi". Synonymous verbs share a canonical one ("provide/offer/include" = "add",
 * "let/enable" = "allow", "get rid of/scrap" = "remove", "bring back/reinstate" = "restore");
 * function words, quantities ("more", "extra") and the people who benefit ("users", "guests") are
 * dropped because they rarely change what is asked for. Keys are for grouping only, never shown.
 */
public final class ActionKeys {

  private static final Map<String, String> CANONICAL_VERB = canonicalVerbs();

  /** Two-word verbs whose meaning differs from their first word. */
  private static final Map<String, String> PHRASAL = Map.of("get rid", "remove", "bring back",
      "restore", "put back", "restore", "bring in", "add", "set up", "add", "sort out", "fix",
      "do away", "remove", "cut down", "reduce", "cut back", "reduce", "take away", "remove");

  private static final Set<String> STOP = CueLexicon.list("action-key-stop");

  private ActionKeys() {
  }

  private static Map<String, String> canonicalVerbs() {
    Map<String, String> m = new java.util.HashMap<>();
    put(m, "add", "add provide offer include introduce install supply put create implement build"
        + " have give stock");
    put(m, "allow", "allow let enable permit");
    put(m, "fix", "fix repair resolve solve sort");
    put(m, "improve", "improve enhance upgrade better boost");
    put(m, "increase", "increase extend expand lengthen raise enlarge");
    put(m, "reduce", "reduce decrease lower cut lessen minimise minimize shorten");
    put(m, "remove", "remove eliminate drop scrap ditch abolish delete discontinue stop");
    put(m, "restore", "restore reinstate reintroduce");
    put(m, "hire", "hire recruit employ");
    put(m, "update", "update refresh modernise modernize renovate refurbish redecorate revamp");
    put(m, "change", "change modify alter adjust");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String canonical, String synonyms) {
    for (String s : synonyms.split(" ")) {
      m.put(s, canonical);
    }
  }

  /**
   * The grouping key of an action phrase; "" for null or blank. Also accepts raw phrases that
   * did not come from {@link SuggestionDetector} ("Provide WiFi on the planes!").
   */
  public static String actionKey(String action) {
    if (action == null || action.isBlank()) {
      return "";
    }
    List<String> words = new ArrayList<>(Arrays.asList(
        action.toLowerCase(Locale.ROOT).replace("n't", " not").split("[^\\p{L}\\p{N}]+")));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    int i = 0;
    // "do not charge for wifi": the negation is part of what is asked
    if (words.get(0).equals("do") && words.size() > 1 && words.get(1).equals("not")
        || words.get(0).equals("not") || words.get(0).equals("never")) {
      key.append("not ");
      i = words.get(0).equals("do") ? 2 : 1;
    }
    if (i < words.size()) {
      String verb = stem(words.get(i), "VB");
      String phrasal = i + 1 < words.size() ? PHRASAL.get(verb + " " + words.get(i + 1)) : null;
      if (phrasal != null) {
        key.append(phrasal);
        i += 2;
      } else {
        key.append(CANONICAL_VERB.getOrDefault(verb, verb));
        i++;
      }
    }
    TreeSet<String> content = new TreeSet<>();
    for (; i < words.size(); i++) {
      String word = words.get(i);
      if (!STOP.contains(word)) {
        String stem = stem(word, null);
        if (!STOP.contains(stem)) {
          content.add(stem);
        }
      }
    }
    for (String c : content) {
      key.append(' ').append(c);
    }
    return key.toString();
  }

  /**
   * A word's stem by CoreNLP's morphology: plurals and -ing/-ed forms only, because comparing
   * "planes" with "plane" is what grouping needs and guessing more ("water" as a comparative)
   * does harm.
   */
  private static String stem(String word, String verbTag) {
    String tag;
    if (verbTag != null) {
      tag = word.endsWith("ing") ? "VBG" : word.endsWith("ed") ? "VBD" : "VB";
    } else if (word.endsWith("ing") && word.length() > 5) {
      tag = "VBG";
    } else if (word.endsWith("ed") && word.length() > 4) {
      tag = "VBD";
    } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      tag = "NNS";
    } else {
      return word;
    }
    return Morphology.stemStatic(word, tag).word();
  }
}
