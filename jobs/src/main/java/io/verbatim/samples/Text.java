package io.verbatim.samples;

import java.util.Locale;
import java.util.Set;

/** Small string helpers for gluing generated sentences together. */
final class Text {

  /** First words that keep their capital when a sentence is glued after a connector. */
  private static final Set<String> PROPER = Set.of("I", "I'm", "I've", "I'd", "I'll", "Northwind",
      "Gold", "Silver", "Platinum", "Android", "iOS", "Heathrow", "Gatwick", "Manchester",
      "Frankfurt", "Munich", "Paris", "Madrid", "Barcelona", "JFK", "Newark", "Boston");

  private Text() {
  }

  static String capitalize(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first letter unless the first word is a name, "I" or an acronym. */
  static String decapitalize(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    String first = firstWord(s);
    if (PROPER.contains(first) || first.chars().skip(1).anyMatch(Character::isUpperCase)) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** "Also," + "The food was cold." = "Also, the food was cold." */
  static String glue(String connector, String sentence) {
    return connector + " " + decapitalize(sentence);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Ends the sentence with a full stop unless it already ends in punctuation. */
  static String terminate(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  private static String firstWord(String s) {
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ',') {
      end++;
    }
    return s.substring(0, end);
  }
}
