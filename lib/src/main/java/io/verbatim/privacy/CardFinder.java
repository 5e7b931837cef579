package io.verbatim.privacy;

import static io.verbatim.privacy.DigitGroups.isDigit;
import static io.verbatim.privacy.DigitGroups.isWordChar;

import io.verbatim.privacy.Redactor.Category;

/**
 * Payment card numbers: 13 to 19 digits passing the Luhn check, starting 1-6 (UATP, Visa,
 * Mastercard, Amex, Diners, JCB, Discover, UnionPay, Maestro, Mir), written compact or in the
 * groups cards print (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4...) with one kind of separator, space or
 * dash. A Luhn-failing number is not a card, and neither is a window cut out of a longer run of
 * 4-digit groups (a 20-digit reference written in fours).
 */
final class CardFinder {

  private CardFinder() {
  }

  static void find(String text, Spans spans) {
    DigitGroups.forEach(text, groups -> {
      int a = 0;
      while (a < groups.size) {
        int found = -1;
        for (int b = Math.min(groups.size - 1, a + 4); b >= a; b--) {
          if (isCard(text, groups, a, b)) {
            found = b;
            break;
          }
        }
        if (found >= 0) {
          spans.offer(groups.start[a], groups.end[found], Category.CARD);
          a = found + 1;
        } else {
          a++;
        }
      }
    });
  }

  private static boolean isCard(String text, DigitGroups g, int a, int b) {
    int digits = g.digits(a, b);
    if (digits < 13 || digits > 19) {
      return false;
    }
    char first = text.charAt(g.start[a]);
    if (first < '1' || first > '6') {
      return false;
    }
    char sep = b > a ? g.sep[a + 1] : 0;
    for (int i = a + 2; i <= b; i++) {
      if (g.sep[i] != sep) {
        return false;
      }
    }
    if (!plausibleGrouping(g, a, b)) {
      return false;
    }
    if (!isolated(text, g.start[a], g.end[b], sep)) {
      return false;
    }
    return luhn(text, g, a, b);
  }

  /** Compact, fours with a shorter last group, or the Amex/Diners 4-6-5 and 4-6-4. */
  private static boolean plausibleGrouping(DigitGroups g, int a, int b) {
    if (a == b) {
      return true;
    }
    if (b - a == 2 && g.length(a) == 4 && g.length(a + 1) == 6
        && (g.length(b) == 5 || g.length(b) == 4)) {
      return true;
    }
    for (int i = a; i < b; i++) {
      if (g.length(i) != 4) {
        return false;
      }
    }
    return g.length(b) >= 1 && g.length(b) <= 4;
  }

  /**
   * Not glued to letters or digits, not part of a decimal number, and not a slice of a longer
   * run in the same grouping (another 4-digit group with the same separator right next to it).
   */
  private static boolean isolated(String text, int start, int end, char sep) {
    if (start > 0) {
      char c = text.charAt(start - 1);
      if (isWordChar(c)) {
        return false;
      }
      if (start > 1 && isDigit(text.charAt(start - 2))) {
        if (c == '.' || c == ',') {
          return false;
        }
        if ((c == ' ' || c == '-') && (sep == 0 || c == sep)
            && groupLengthBefore(text, start - 1) == 4) {
          return false;
        }
      }
    }
    if (end < text.length()) {
      char c = text.charAt(end);
      if (isWordChar(c)) {
        return false;
      }
      if (end + 1 < text.length() && isDigit(text.charAt(end + 1))) {
        if (c == '.' || c == ',') {
          return false;
        }
        if ((c == ' ' || c == '-') && (sep == 0 || c == sep)
            && groupLengthAfter(text, end + 1) == 4) {
          return false;
        }
      }
    }
    return true;
  }

  private static int groupLengthBefore(String text, int sepIndex) {
    int i = sepIndex - 1;
    while (i >= 0 && sepIndex - i <= 5 && isDigit(text.charAt(i))) {
      i--;
    }
    boolean wordBefore = i >= 0 && isWordChar(text.charAt(i));
    return wordBefore ? -1 : sepIndex - 1 - i;
  }

  private static int groupLengthAfter(String text, int from) {
    int i = from;
    while (i < text.length() && i - from <= 4 && isDigit(text.charAt(i))) {
      i++;
    }
    boolean wordAfter = i < text.length() && isWordChar(text.charAt(i));
    return wordAfter ? -1 : i - from;
  }

  private static boolean luhn(String text, DigitGroups g, int a, int b) {
    int sum = 0;
    boolean twice = false;
    boolean allSame = true;
    char firstDigit = text.charAt(g.start[a]);
    for (int grp = b; grp >= a; grp--) {
      for (int i = g.end[grp] - 1; i >= g.start[grp]; i--) {
        char c = text.charAt(i);
        allSame &= c == firstDigit;
        int d = c - '0';
        if (twice) {
          d *= 2;
          if (d > 9) {
            d -= 9;
          }
        }
        sum += d;
        twice = !twice;
      }
    }
    return !allSame && sum % 10 == 0;
  }

  /** Luhn check of a string of digits (for tests and callers with a compact number). */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
