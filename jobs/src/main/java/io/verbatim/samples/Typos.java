package io.verbatim.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The slips real customers make: misspellings, swapped or dropped letters, no capitals. */
final class Typos {

  private static final double RATE = 0.07;
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");
  /** Correct and wrong spelling; an array, not a Map.of, so the order is the same every run. */
  private static final String[][] MISSPELLINGS = {
      {"definitely", "definately"}, {"luggage", "lugage"}, {"baggage", "bagage"},
      {"business", "buisness"}, {"experience", "experiance"}, {"because", "becuase"},
      {"terrible", "terrable"}, {"compensation", "compensaton"},
      {"disappointed", "dissapointed"}, {"received", "recieved"}, {"cancelled", "canceled"},
      {"separate", "seperate"}, {"ridiculous", "rediculous"}, {"their", "there"},
      {"boarding", "bording"}, {"suitcase", "suit case"}, {"unacceptable", "unacceptible"}};

  private Typos() {
  }

  static String apply(String text, SplittableRandom r) {
    if (!Pick.chance(RATE, r)) {
      return text;
    }
    return switch (r.nextInt(6)) {
      case 0 -> misspell(text, r);
      case 1 -> editWord(text, r, Typos::swapLetters);
      case 2 -> editWord(text, r, w -> dropLetter(w, r));
      case 3 -> editWord(text, r, w -> doubleLetter(w, r));
      case 4 -> sloppy(text);
      default -> Text.lower(text);
    };
  }

  private static String misspell(String text, SplittableRandom r) {
    for (String[] pair : MISSPELLINGS) {
      int at = text.indexOf(pair[0]);
      if (at >= 0) {
        return text.substring(0, at) + pair[1] + text.substring(at + pair[0].length());
      }
    }
    return editWord(text, r, Typos::swapLetters);
  }

  /** No capital at the start, no full stop at the end. */
  private static String sloppy(String text) {
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }

  private static String editWord(String text, SplittableRandom r,
                                 java.util.function.UnaryOperator<String> edit) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    if (words.isEmpty()) {
      return text;
    }
    int[] w = words.get(r.nextInt(words.size()));
    return text.substring(0, w[0]) + edit.apply(text.substring(w[0], w[1]))
        + text.substring(w[1]);
  }

  private static String swapLetters(String w) {
    int i = w.length() / 2;
    return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
  }

  private static String dropLetter(String w, SplittableRandom r) {
    int i = 1 + r.nextInt(w.length() - 1);
    return w.substring(0, i) + w.substring(i + 1);
  }

  private static String doubleLetter(String w, SplittableRandom r) {
    int i = 1 + r.nextInt(w.length() - 1);
    return w.substring(0, i) + w.charAt(i) + w.substring(i);
  }
}
