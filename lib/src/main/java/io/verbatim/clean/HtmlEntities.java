package io.verbatim.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references: numeric ({@code &#233;}, {@code &#xE9;}) and the named
 * references of HTML 4 (all of Latin-1, typographic punctuation, currency, arrows, Greek) plus
 * {@code &apos;}. One level only: {@code &amp;lt;} becomes {@code &lt;}, as a browser shows it.
 * Numeric references 128-159 mean Windows-1252 (as in HTML5: {@code &#146;} is a right quote);
 * invalid ones (0, surrogates, above U+10FFFF) become U+FFFD. Unknown names stay as written.
 */
final class HtmlEntities {

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#([0-9]{1,8})|#[xX]([0-9A-Fa-f]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));");

  private static final Map<String, Integer> NAMED = new HashMap<>();

  /** Windows-1252 for 0x80..0x9F (0 where undefined). */
  private static final int[] CP1252 = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
      0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C,
      0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
      0x0178};

  static {
    // Latin-1 160..255 in code point order.
    String latin1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg"
        + " macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14"
        + " frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave"
        + " Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde"
        + " Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc"
        + " atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
        + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml"
        + " yacute thorn yuml";
    int cp = 160;
    for (String name : latin1.split(" ")) {
      NAMED.put(name, cp++);
    }
    // Greek capitals 913..937 (no 930), small 945..969.
    String greek = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi"
        + " Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega";
    cp = 913;
    for (String name : greek.split(" ")) {
      if (!name.equals("-")) {
        NAMED.put(name, cp);
        NAMED.put(name.toLowerCase(java.util.Locale.ROOT), cp + 32);
      }
      cp++;
    }
    NAMED.put("sigmaf", 962);
    Object[] other = {"quot", 34, "amp", 38, "apos", 39, "lt", 60, "gt", 62, "OElig", 338,
        "oelig", 339, "Scaron", 352, "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710,
        "tilde", 732, "thetasym", 977, "upsih", 978, "piv", 982, "ensp", 8194, "emsp", 8195,
        "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211,
        "mdash", 8212, "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221,
        "bdquo", 8222, "dagger", 8224, "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil",
        8240, "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "oline", 8254,
        "frasl", 8260, "euro", 8364, "image", 8465, "weierp", 8472, "real", 8476, "trade", 8482,
        "alefsym", 8501, "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595, "harr", 8596,
        "crarr", 8629, "lArr", 8656, "uArr", 8657, "rArr", 8658, "dArr", 8659, "hArr", 8660,
        "forall", 8704, "part", 8706, "exist", 8707, "empty", 8709, "nabla", 8711, "isin", 8712,
        "notin", 8713, "ni", 8715, "prod", 8719, "sum", 8721, "minus", 8722, "lowast", 8727,
        "radic", 8730, "prop", 8733, "infin", 8734, "ang", 8736, "and", 8743, "or", 8744,
        "cap", 8745, "cup", 8746, "int", 8747, "there4", 8756, "sim", 8764, "cong", 8773,
        "asymp", 8776, "ne", 8800, "equiv", 8801, "le", 8804, "ge", 8805, "sub", 8834, "sup",
        8835, "nsub", 8836, "sube", 8838, "supe", 8839, "oplus", 8853, "otimes", 8855, "perp",
        8869, "sdot", 8901, "lceil", 8968, "rceil", 8969, "lfloor", 8970, "rfloor", 8971,
        "lang", 9001, "rang", 9002, "loz", 9674, "spades", 9824, "clubs", 9827, "hearts", 9829,
        "diams", 9830, "check", 10003, "star", 9734, "starf", 9733, "hyphen", 8208, "dash",
        8208, "nbhy", 8209, "horbar", 8213, "Vert", 8214, "vert", 124, "excl", 33, "num", 35,
        "dollar", 36, "percnt", 37, "lpar", 40, "rpar", 41, "ast", 42, "plus", 43, "comma", 44,
        "period", 46, "sol", 47, "colon", 58, "semi", 59, "equals", 61, "quest", 63, "commat",
        64, "lsqb", 91, "bsol", 92, "rsqb", 93, "lowbar", 95, "grave", 96, "lcub", 123, "verbar",
        124, "rcub", 125, "Tab", 9, "NewLine", 10};
    for (int i = 0; i < other.length; i += 2) {
      NAMED.put((String) other[i], (Integer) other[i + 1]);
    }
  }

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
      int cp = codePoint(m);
      if (cp < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, m.start()).appendCodePoint(cp);
      copied = m.end();
    }
    if (out == null) {
      return new Result(text, false);
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), true);
  }

  /** The code point a reference stands for; -1 to leave it as written. */
  private static int codePoint(Matcher m) {
    if (m.group(3) != null) {
      Integer named = NAMED.get(m.group(3));
      return named == null ? -1 : named;
    }
    long value = m.group(1) != null
        ? Long.parseLong(m.group(1)) : Long.parseLong(m.group(2), 16);
    if (value >= 0x80 && value <= 0x9F) {
      int mapped = CP1252[(int) value - 0x80];
      return mapped == 0 ? 0xFFFD : mapped;
    }
    if (value == 0 || value > Character.MAX_CODE_POINT
        || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      return 0xFFFD;
    }
    return (int) value;
  }
}
