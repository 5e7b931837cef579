package io.verbatim.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML character references written in full, with their semicolon: numeric
 * ({@code &#233;}, {@code &#xE9;}) and every HTML5 named reference ({@code &eacute;},
 * {@code &bigstar;}, {@code &NotEqualTilde;}), by jsoup. One level only: {@code &amp;lt;}
 * becomes {@code &lt;}, as a browser shows it. Numeric references 128-159 mean Windows-1252 (as
 * in HTML5: {@code &#146;} is a right quote); invalid ones (0, surrogates, above U+10FFFF) become
 * U+FFFD. Unknown names, and "&amp" without its semicolon, stay as written: in customer text
 * "AT&T" and "R&D;" are words.
 */
final class HtmlEntities {

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));");

  /** The decoded text, and whether any reference was decoded. */
  record Result(String text, boolean decoded) {
  }

  private HtmlEntities() {
  }

  static Result decode(String text) {
    if (text.indexOf('&') < 0) {
      return new Result(text, false);
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      String value = decoded(m.group());
      if (value == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, m.start()).append(value);
      copied = m.end();
    }
    if (out == null) {
      return new Result(text, false);
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), true);
  }

  /**
   * What one reference decodes to, by jsoup's HTML5 tables (all 2,231 named references, numeric
   * references with HTML5's Windows-1252 and U+FFFD rules); null to leave it as written.
   */
  private static String decoded(String reference) {
    String value = Parser.unescapeEntities(reference, false);
    // A name that only starts like one ("&notit;" is "&not" and "it;") stays as written.
    boolean whole = value.codePointCount(0, value.length()) <= 2 && !value.endsWith(";");
    return value.equals(reference) || !whole ? null : value;
  }
}
