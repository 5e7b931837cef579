package io.verbatim.digest;

/** Small text helpers shared by the builder and the renderers. */
final class Texts {

  private Texts() {
  }

  /**
   * One line of at most {@code max} characters: runs of white space (line breaks included) become
   * one space, and a longer text is cut at a word boundary with an ellipsis, never inside a
   * surrogate pair.
   */
  static String cut(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int end = max - 1;
    int space = t.lastIndexOf(' ', end);
    if (space > max / 2) {
      end = space;
    } else if (Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end).stripTrailing() + "…";
  }
}
