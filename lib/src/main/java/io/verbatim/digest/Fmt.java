package io.verbatim.digest;

import java.util.Locale;

/** Number formats shared by the Markdown and HTML renderers, so both say the same thing. */
final class Fmt {

  private Fmt() {
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Two significant digits; tiny values as "< 0.0001" (more digits would be false precision). */
  static String p(double p) {
    if (p < 0.0001) {
      return "< 0.0001";
    }
    return p >= 0.01 ? String.format(Locale.ROOT, "%.2f", p)
        : String.format(Locale.ROOT, "%.2g", p);
  }

  /** "p = 0.003" or "p < 0.0001". */
  static String pIs(String name, double p) {
    String v = p(p);
    return name + (v.startsWith("<") ? " " : " = ") + v;
  }

  static String ratio(Double ratio) {
    return ratio == null ? "new" : String.format(Locale.ROOT, "×%.1f", ratio);
  }

  static String decimal(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  /** With a sign, and a true minus sign so a negative number does not read as a dash. */
  static String signed(double v, int digits) {
    String s = String.format(Locale.ROOT, "%+." + digits + "f", v);
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  static String sentiment(double v) {
    return signed(v, 2);
  }

  /** A relative change as a signed whole percentage. */
  static String change(double relative) {
    return signed(relative * 100, 0) + "%";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, share < 0.1 ? "%.1f%%" : "%.0f%%", share * 100);
  }

  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}
