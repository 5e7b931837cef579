package io.verbatim.digest;

/** HTML escaping for text and attribute values. */
final class Html {

  private Html() {
  }

  /**
   * Escapes the five characters that can end text or an attribute value, so user text is only
   * ever text. Line breaks become spaces.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
