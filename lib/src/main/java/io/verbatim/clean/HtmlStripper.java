package io.verbatim.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes HTML and XML markup, keeping the text between tags. Block elements ({@code <p>},
 * {@code <br>}, {@code <div>}, {@code <li>}, headings, ...) become a line break, table cells a
 * space, other tags nothing. The content of {@code script}, {@code style} and similar elements
 * and of comments is dropped entirely (to the end of the text when never closed, as a browser
 * does); CDATA keeps its content.
 *
 * <p>Only real tags are removed: a known HTML element, or a name that also appears as a closing
 * tag in the same text ({@code <comment>...</comment>}). "I &lt;3 it", "a &lt; b", "price
 * &lt;50" and "&lt;love&gt;" on its own stay as written. One pass, {@code indexOf}-based:
 * linear in the text length whatever the input.
 */
final class HtmlStripper {

  private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote",
      "body", "br", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul");
  private static final Set<String> CELL = Set.of("td", "th", "img", "input", "button", "label",
      "option", "select", "textarea");
  /** Elements whose content is not text for a reader. */
  private static final Set<String> DROP_CONTENT = Set.of("script", "style", "noscript",
      "template", "svg", "math", "iframe", "object", "head");
  private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo",
      "big", "cite", "code", "data", "del", "dfn", "em", "embed", "font", "i", "ins", "kbd",
      "link", "mark", "meta", "picture", "q", "s", "samp", "small", "source", "span", "strike",
      "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "area", "audio", "base", "canvas",
      "col", "colgroup", "datalist", "map", "meter", "nobr", "optgroup", "output", "param",
      "progress", "rp", "rt", "ruby", "track", "video", "o:p");

  private static final Pattern LAYOUT =
      Pattern.compile("<(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote|body)[\\s/>]");

  /** The stripped text, and whether anything was removed. */
  record Result(String text, boolean stripped) {
  }

  private HtmlStripper() {
  }

  static Result strip(String text) {
    int lt = text.indexOf('<');
    if (lt < 0) {
      return new Result(text, false);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      // A few characters change length when lower-cased (e.g. U+0130); fall back to a
      // per-character lower case so indexes stay aligned.
      StringBuilder aligned = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        aligned.append(Character.toLowerCase(text.charAt(i)));
      }
      lower = aligned.toString();
    }
    Set<String> closed = closingNames(lower);
    // In a document laid out with tags, source line breaks are only formatting (as in a
    // browser); in text with a stray tag they are the writer's.
    boolean laidOut = LAYOUT.matcher(lower).find();
    StringBuilder out = new StringBuilder(text.length());
    boolean stripped = false;
    int copied = 0;
    int n = text.length();
    // Names whose closing tag was searched for and not found: never search again (linear time).
    Set<String> neverClosed = new HashSet<>();
    while (lt >= 0) {
      int next = lt + 1;
      int removeEnd = -1;
      String replacement = "";
      // A block boundary needs a line break, a paragraph an empty line, however many tags meet
      // there: "</li><li>" is one break, "</p><p>" one empty line.
      int breaks = 0;
      if (lower.startsWith("<!--", lt)) {
        int close = lower.indexOf("-->", lt + 4);
        removeEnd = close < 0 ? n : close + 3;
      } else if (lower.startsWith("<![cdata[", lt)) {
        int close = lower.indexOf("]]>", lt + 9);
        int contentEnd = close < 0 ? n : close;
        appendText(out, text, copied, lt, laidOut);
        out.append(text, lt + 9, contentEnd);
        copied = close < 0 ? n : close + 3;
        stripped = true;
        lt = copied < n ? text.indexOf('<', copied) : -1;
        continue;
      } else if (lt + 1 < n && (text.charAt(lt + 1) == '!' || text.charAt(lt + 1) == '?')) {
        int close = tagEnd(text, lt + 2);
        if (close > 0 && lt + 2 < n && Character.isLetter(text.charAt(lt + 2))) {
          removeEnd = close + 1;
        }
      } else {
        Tag tag = Tag.at(text, lower, lt);
        if (tag != null && (isHtml(tag.name) || closed.contains(tag.name) || tag.selfClosing)) {
          removeEnd = tag.end;
          if (tag.name.equals("br")) {
            replacement = "\n";
          } else if (tag.name.equals("p")) {
            breaks = 2;
          } else if (BLOCK.contains(tag.name)) {
            breaks = 1;
          } else if (CELL.contains(tag.name)) {
            replacement = " ";
          }
          if (!tag.closing && !tag.selfClosing && DROP_CONTENT.contains(tag.name)) {
            int close = neverClosed.contains(tag.name)
                ? -1 : lower.indexOf("</" + tag.name, tag.end);
            if (close < 0) {
              neverClosed.add(tag.name);
              removeEnd = n;
            } else {
              int closeEnd = tagEnd(text, close + 2);
              removeEnd = closeEnd < 0 ? n : closeEnd + 1;
            }
            replacement = " ";
          }
        }
      }
      if (removeEnd > 0) {
        appendText(out, text, copied, lt, laidOut);
        if (breaks > 0) {
          ensureBreaks(out, breaks);
        } else {
          out.append(replacement);
        }
        copied = removeEnd;
        stripped = true;
        next = removeEnd;
      }
      lt = next < n ? text.indexOf('<', next) : -1;
    }
    if (!stripped) {
      return new Result(text, false);
    }
    appendText(out, text, copied, n, laidOut);
    return new Result(out.toString(), true);
  }

  private static void appendText(StringBuilder out, String text, int from, int to,
                                 boolean laidOut) {
    if (!laidOut) {
      out.append(text, from, to);
      return;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
  }

  /** Appends line breaks until the text ends with {@code count} of them (spaces ignored). */
  private static void ensureBreaks(StringBuilder out, int count) {
    int have = 0;
    for (int i = out.length() - 1; i >= 0 && have < count; i--) {
      char c = out.charAt(i);
      if (c == '\n') {
        have++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
    }
    if (out.length() == 0) {
      return;
    }
    for (; have < count; have++) {
      out.append('\n');
    }
  }

  private static boolean isHtml(String name) {
    return BLOCK.contains(name) || CELL.contains(name) || DROP_CONTENT.contains(name)
        || INLINE.contains(name);
  }

  /** Names of every closing tag in the text ({@code </comment>} gives "comment"). */
  private static Set<String> closingNames(String lower) {
    Set<String> names = new HashSet<>();
    for (int i = lower.indexOf("</"); i >= 0; i = lower.indexOf("</", i + 2)) {
      int end = nameEnd(lower, i + 2);
      if (end > i + 2) {
        names.add(lower.substring(i + 2, end));
      }
    }
    return names;
  }

  /**
   * The '>' closing a tag whose attributes start at {@code from}; -1 if a '<' comes first. A
   * quoted attribute value (a quote right after '=') may hold '>' and '<': {@code <a
   * title="a>b">} ends after the second '>'.
   */
  private static int tagEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '<') {
        return -1;
      }
      if ((c == '"' || c == '\'') && afterEquals(text, from, i)) {
        int close = text.indexOf(c, i + 1);
        if (close < 0) {
          return -1;
        }
        i = close;
      }
    }
    return -1;
  }

  /** Whether the quote at {@code i} opens an attribute value: '=' before it, spaces aside. */
  private static boolean afterEquals(String text, int from, int i) {
    int j = i - 1;
    while (j >= from && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j >= from && text.charAt(j) == '=';
  }

  private static int nameEnd(String lower, int from) {
    if (from >= lower.length() || !isAsciiLetter(lower.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < lower.length() && i - from < 64) {
      char c = lower.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** A start or end tag at a '<'. */
  private record Tag(String name, boolean closing, boolean selfClosing, int end) {

    static Tag at(String text, String lower, int lt) {
      int i = lt + 1;
      boolean closing = i < text.length() && text.charAt(i) == '/';
      if (closing) {
        i++;
      }
      int nameEnd = nameEnd(lower, i);
      if (nameEnd == i) {
        return null;
      }
      if (nameEnd < text.length()) {
        char after = text.charAt(nameEnd);
        if (after != '>' && after != '/' && !Character.isWhitespace(after)) {
          return null;
        }
      }
      int gt = tagEnd(text, nameEnd);
      if (gt < 0) {
        return null;
      }
      boolean selfClosing = !closing && gt > nameEnd && text.charAt(gt - 1) == '/';
      return new Tag(lower.substring(i, nameEnd), closing, selfClosing, gt + 1);
    }
  }
}
