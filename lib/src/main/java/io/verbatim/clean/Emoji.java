package io.verbatim.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Finds emoji as a reader sees them: one pictograph with its modifiers (variation selector,
 * skin tone, keycap, tag sequence) and any ZWJ-joined pictographs ("👨‍👩‍👧" is one), or a pair
 * of regional indicators (a flag). Java 17 has no emoji properties, so they come from ICU4J's
 * Unicode data: a pictograph is Emoji_Presentation; symbols that are Emoji but text by default
 * (✈, ❤, ©, ↔) count only when followed by the emoji variation selector U+FE0F; anything else
 * (★ ☆ ✓ ♪, box drawing, arrows) is text, so "★★★★☆" ratings reach the analysis.
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
      if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
          || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
          || (cp >= 0xE0020 && cp <= 0xE007F)) {
        j += Character.charCount(cp);
      } else {
        break;
      }
    }
    return j;
  }

  static boolean isRegionalIndicator(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR);
  }

  /** Pictographs shown as emoji by default: Unicode's Emoji_Presentation (ICU4J). */
  static boolean isPictograph(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)
        && !isRegionalIndicator(cp);
  }

  /**
   * Symbols that are text by default and emoji only with U+FE0F: Emoji but not
   * Emoji_Presentation (✈, ❤, ©), digits and {@code #*} aside (keycaps are handled apart).
   */
  private static boolean isTextDefault(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)
        && !UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)
        && !(cp < 0x80);
  }
}
