package io.verbatim.clean;

/**
 * Finds emoji as a reader sees them: one pictograph with its modifiers (variation selector,
 * skin tone, keycap, tag sequence) and any ZWJ-joined pictographs ("👨‍👩‍👧" is one), or a pair
 * of regional indicators (a flag). Java 17 has no emoji property, so the ranges below follow
 * Unicode's Extended_Pictographic closely enough for customer text; text-style symbols such as
 * © or ↔ count only when followed by the emoji variation selector U+FE0F.
 */
final class Emoji {

  private Emoji() {
  }

  /** The end of the emoji starting at {@code i}, or {@code i} when none starts there. */
  static int end(CharSequence text, int i) {
    int n = text.length();
    if (i >= n) {
      return i;
    }
    int cp = Character.codePointAt(text, i);
    int next = i + Character.charCount(cp);
    if (isRegionalIndicator(cp)) {
      if (next < n && isRegionalIndicator(Character.codePointAt(text, next))) {
        return next + 2;
      }
      return next;
    }
    boolean keycapBase = (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    if (keycapBase) {
      // 1️⃣ : digit, optional FE0F, then the combining keycap.
      int j = next;
      if (j < n && text.charAt(j) == '\uFE0F') {
        j++;
      }
      return j < n && text.charAt(j) == '\u20E3' ? j + 1 : i;
    }
    boolean pictograph = isPictograph(cp);
    if (!pictograph) {
      if (isTextDefault(cp) && next < n && text.charAt(next) == '\uFE0F') {
        return next + 1;
      }
      return i;
    }
    int j = modifiers(text, next);
    // ZWJ sequences: pictograph ZWJ pictograph ...
    while (j + 1 < n && text.charAt(j) == '\u200D') {
      int joined = Character.codePointAt(text, j + 1);
      if (!isPictograph(joined) && !isTextDefault(joined)) {
        break;
      }
      j = modifiers(text, j + 1 + Character.charCount(joined));
    }
    return j;
  }

  /** Skips variation selectors, skin tones, the keycap and tag characters. */
  private static int modifiers(CharSequence text, int j) {
    int n = text.length();
    while (j < n) {
      int cp = Character.codePointAt(text, j);
      if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
          || (cp >= 0xE0020 && cp <= 0xE007F)) {
        j += Character.charCount(cp);
      } else {
        break;
      }
    }
    return j;
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Pictographs shown as emoji by default (or almost always meant as emoji in comments). */
  static boolean isPictograph(int cp) {
    return (cp >= 0x1F300 && cp <= 0x1F5FF)   // symbols and pictographs
        || (cp >= 0x1F600 && cp <= 0x1F64F)   // emoticons
        || (cp >= 0x1F680 && cp <= 0x1F6FF)   // transport and map
        || (cp >= 0x1F7E0 && cp <= 0x1F7EB)   // coloured circles and squares
        || (cp >= 0x1F900 && cp <= 0x1F9FF)   // supplemental symbols and pictographs
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)   // symbols and pictographs extended-A
        || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E
        || (cp >= 0x1F191 && cp <= 0x1F19A) || (cp >= 0x1F201 && cp <= 0x1F251)
        || (cp >= 0x2600 && cp <= 0x27BF)     // miscellaneous symbols, dingbats
        || cp == 0x231A || cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23F3)
        || (cp >= 0x23F8 && cp <= 0x23FA) || cp == 0x2B50 || cp == 0x2B55
        || cp == 0x2B1B || cp == 0x2B1C || (cp >= 0x2B05 && cp <= 0x2B07)
        || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
  }

  /** Symbols that are text by default and emoji only with U+FE0F. */
  private static boolean isTextDefault(int cp) {
    return cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122
        || cp == 0x2139 || (cp >= 0x2194 && cp <= 0x2199) || cp == 0x21A9 || cp == 0x21AA
        || cp == 0x2328 || cp == 0x23CF || cp == 0x24C2 || cp == 0x25AA || cp == 0x25AB
        || cp == 0x25B6 || cp == 0x25C0 || (cp >= 0x25FB && cp <= 0x25FE)
        || (cp >= 0x1F170 && cp <= 0x1F189);
  }
}
