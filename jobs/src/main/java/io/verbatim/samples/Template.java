package io.verbatim.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Expands phrase templates. {@code [a|b|c]} picks one alternative (alternatives may be empty and
 * may nest); {@code {name}} is replaced by a value of that slot, itself expanded.
 */
final class Template {

  private static final int MAX_DEPTH = 6;

  private Template() {
  }

  static String expand(String template, Slots slots, SplittableRandom r) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    expand(template, 0, template.length(), slots, r, out, 0);
    return out.toString();
  }

  private static void expand(String t, int from, int to, Slots slots, SplittableRandom r,
                             StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("template nests too deeply: " + t);
    }
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (c == '[') {
        int close = closing(t, i, to);
        List<int[]> alternatives = alternatives(t, i + 1, close);
        int[] chosen = alternatives.get(r.nextInt(alternatives.size()));
        expand(t, chosen[0], chosen[1], slots, r, out, depth + 1);
        i = close + 1;
      } else if (c == '{') {
        int close = t.indexOf('}', i);
        if (close < 0 || close >= to) {
          throw new IllegalArgumentException("unclosed slot in: " + t);
        }
        String value = slots.value(t.substring(i + 1, close), r);
        expand(value, 0, value.length(), slots, r, out, depth + 1);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static int closing(String t, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = t.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced [ in: " + t);
  }

  /** Top-level alternatives between from and to, as [start, end) pairs. */
  private static List<int[]> alternatives(String t, int from, int to) {
    List<int[]> result = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '|' && depth == 0) {
        result.add(new int[] {start, i});
        start = i + 1;
      }
    }
    result.add(new int[] {start, to});
    return result;
  }
}
