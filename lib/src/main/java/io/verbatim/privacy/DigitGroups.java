package io.verbatim.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of digit groups joined by single separators ("4111 1111 1111 1111", "06-12-34-56-78"),
 * the raw material of the card and phone finders. Groups are capped so that an adversarial run
 * of millions of groups is handled in slices with bounded work per group.
 */
final class DigitGroups {

  static final int MAX_GROUPS = 48;

  private static final Pattern RUN = Pattern.compile("\\d++(?:[ \\-]\\d++){0,47}+");

  /** Digit group i is text[start[i], end[i]); sep[i] is the separator before group i (i > 0). */
  final int[] start = new int[MAX_GROUPS];
  final int[] end = new int[MAX_GROUPS];
  final char[] sep = new char[MAX_GROUPS];
  int size;

  private DigitGroups() {
  }

  /** Calls the visitor for every run of groups in the text, left to right. */
  static void forEach(String text, java.util.function.Consumer<DigitGroups> visitor) {
    Matcher m = RUN.matcher(text);
    DigitGroups groups = new DigitGroups();
    while (m.find()) {
      groups.size = 0;
      int i = m.start();
      int runEnd = m.end();
      while (i < runEnd) {
        int j = i;
        while (j < runEnd && isDigit(text.charAt(j))) {
          j++;
        }
        groups.start[groups.size] = i;
        groups.end[groups.size] = j;
        groups.sep[groups.size] = groups.size == 0 ? 0 : text.charAt(i - 1);
        groups.size++;
        i = j + 1;
      }
      visitor.accept(groups);
    }
  }

  int digits(int from, int to) {
    int n = 0;
    for (int g = from; g <= to; g++) {
      n += end[g] - start[g];
    }
    return n;
  }

  int length(int g) {
    return end[g] - start[g];
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
