package io.verbatim.privacy;

import static io.verbatim.privacy.DigitGroups.isDigit;
import static io.verbatim.privacy.DigitGroups.isWordChar;

import io.verbatim.privacy.Redactor.Category;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Telephone numbers. Customer comments are full of digits that are not phone numbers (dates,
 * times, prices, flight and order numbers, years, counts), so a run of digits is a phone number
 * only in one of these shapes:
 * <ul>
 *   <li>international: {@code +} or {@code 00}, then 8 to 15 digits ({@code +44 (0)20 7946 0958},
 *       {@code +1-202-555-0143}, {@code 0033 6 12 34 56 78});</li>
 *   <li>national with a trunk 0 (most of Europe, the UK): 9 to 13 digits starting {@code 0} then
 *       not 0, first group of at least two digits ({@code 020 7946 0958}, {@code 06-12345678},
 *       {@code 06 12 34 56 78}, {@code (030) 1234567}); written compact only with 10 or 11
 *       digits ({@code 07700900123});</li>
 *   <li>North American: {@code [1] (NXX) NXX-XXXX} with N = 2..9 and separators;</li>
 *   <li>anything else of 8 to 12 digits right after a word like "call", "phone", "tel",
 *       "mobile", "whatsapp", "number" ({@code call me on 612 345 678}), or without such a word
 *       when its groups have two digits or more and it is a valid national number of one of
 *       the configured regions by Google's libphonenumber ({@link PhoneRegions}):
 *       {@code 333 1234567} (IT), {@code 612 345 678} (ES), {@code 912 345 678} (PT).</li>
 * </ul>
 * And never: after "order", "booking", "ref", "ticket", "invoice", "account", "flight", "#" and
 * the like (with "number", "no.", ":" in between), after a currency, inside a URL, glued to
 * letters, a date or date range ({@code 15.03.2024-20.03.2024}), a list of years, or mixed dot
 * and space groups (a list of times). Groups may be separated by one space, dash, dot or slash,
 * or parentheses; " - ", " / " and ", " separate two numbers.
 */
final class PhoneFinder {

  private static final int MAX_GROUPS = 12;

  private static final String SEPARATORS = " -./()";

  /** Words that make the number right after them (with filler in between) an identifier. */
  private static final Set<String> ID_WORDS = Set.of("order", "orders", "booking", "bookings",
      "reservation", "confirmation", "conf", "reference", "ref", "ticket", "tickets", "invoice",
      "receipt", "account", "acct", "tracking", "parcel", "package", "shipment", "consignment",
      "delivery", "case", "claim", "complaint", "incident", "pnr", "membership", "member",
      "loyalty", "flyer", "ff", "customer", "client", "voucher", "coupon", "serial", "imei",
      "iban", "card", "flight", "flights", "seat", "gate", "policy", "contract", "transaction",
      "payment", "item", "sku", "product", "model", "version", "batch", "lot", "room",
      "bestelling", "boeking", "factuur", "commande", "réservation", "dossier", "facture",
      "bestellung", "buchung", "rechnung", "auftrag", "pedido", "reserva", "factura",
      "localizador");
  /** Words allowed between an identifier word and its number: "order number is 123". */
  private static final Set<String> FILLER = Set.of("number", "numbers", "num", "no", "nos",
      "nr", "n°", "id", "ref", "reference", "code", "is", "was", "were", "are", "nummer",
      "numéro", "numero", "número");
  /** Words that announce a phone number somewhere before it in the same sentence. */
  private static final Set<String> PHONE_WORDS = Set.of("call", "called", "calling", "phone",
      "phoned", "phones", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "whatsapp",
      "sms", "text", "ring", "reach", "contact", "contacted", "fax", "hotline", "helpline",
      "number", "téléphone", "tél", "portable", "appeler", "appelez", "joindre", "handy",
      "telefon", "telefonnummer", "anrufen", "rufen", "teléfono", "telefono", "móvil", "movil",
      "llamar", "llame", "telefoon", "telefoonnummer", "mobiel", "bellen", "bel");
  private static final Set<String> CURRENCY_CODES = Set.of("eur", "usd", "gbp", "chf", "jpy",
      "cad", "aud", "sek", "nok", "dkk", "pln", "czk", "inr", "rs", "r$", "euro", "euros");
  private static final String CURRENCY_SYMBOLS = "$€£¥₹₽₩¢";

  private static final String DATE =
      "(?:\\d{1,2}[./\\-]\\d{1,2}[./\\-](?:\\d{4}|\\d{2})|\\d{4}[./\\-]\\d{1,2}[./\\-]\\d{1,2})";
  private static final Pattern DATES =
      Pattern.compile(DATE + "(?:\\s?[\\-/]?\\s?" + DATE + ")*");
  private static final Pattern YEARS = Pattern.compile("(?:(?:19|20)\\d{2}[ \\-/]?)+");

  private PhoneFinder() {
  }

  /** One candidate run: digit groups [gs, ge) with the separator text before each. */
  private static final class Run {
    final int[] gs = new int[MAX_GROUPS];
    final int[] ge = new int[MAX_GROUPS];
    final String[] sep = new String[MAX_GROUPS];
    int size;
    boolean plus;
    int plusAt;
    int openParenAt = -1;

    String text;
    PhoneRegions regions;
    Spans spans;

    /** The k-th digit of groups a..b, or '0' when they have fewer. */
    char digitAt(int a, int b, int k) {
      for (int g = a; g <= b; g++) {
        int len = ge[g] - gs[g];
        if (k < len) {
          return text.charAt(gs[g] + k);
        }
        k -= len;
      }
      return '0';
    }

    /** Digits before group g (prefix sums), filled as groups are read. */
    final int[] digitsBefore = new int[MAX_GROUPS + 1];
    /** Per start group: 0 not computed, 1 a phone word precedes it, 2 none does. */
    final byte[] announced = new byte[MAX_GROUPS];

    int digitsBetween(int a, int b) {
      return digitsBefore[b + 1] - digitsBefore[a];
    }
  }

  static void find(String text, Spans spans, PhoneRegions regions) {
    int n = text.length();
    Run run = new Run();
    run.regions = regions;
    run.spans = spans;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean startable = isDigit(c)
          || ((c == '+' || c == '(') && i + 1 < n
              && (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '('));
      if (!startable || !boundaryBefore(text, i)) {
        i++;
        continue;
      }
      int next = scan(text, i, run);
      windows(text, run, spans);
      i = Math.max(next, i + 1);
    }
  }

  /** Reads groups from i; returns where scanning may resume. */
  private static int scan(String text, int i, Run run) {
    int n = text.length();
    run.text = text;
    run.size = 0;
    run.digitsBefore[0] = 0;
    run.plus = false;
    run.openParenAt = -1;
    int pos = i;
    if (text.charAt(pos) == '+') {
      run.plus = true;
      run.plusAt = pos;
      pos++;
    }
    if (pos < n && text.charAt(pos) == '(') {
      run.openParenAt = pos;
      pos++;
    }
    String before = "";
    while (pos < n && isDigit(text.charAt(pos)) && run.size < MAX_GROUPS) {
      int s = pos;
      while (pos < n && isDigit(text.charAt(pos))) {
        pos++;
      }
      run.gs[run.size] = s;
      run.ge[run.size] = pos;
      run.sep[run.size] = before;
      run.digitsBefore[run.size + 1] = run.digitsBefore[run.size] + (pos - s);
      run.announced[run.size] = 0;
      run.size++;
      int k = pos;
      while (k < n && k - pos < 3 && SEPARATORS.indexOf(text.charAt(k)) >= 0) {
        k++;
      }
      String sep = text.substring(pos, k);
      if (k < n && isDigit(text.charAt(k)) && validSeparator(sep)) {
        before = sep;
        pos = k;
      } else {
        break;
      }
    }
    return pos;
  }

  private static boolean validSeparator(String sep) {
    switch (sep) {
      case " ", "-", ".", "/", "(", ")", " (", ") ", ")-", "-(", ") -", "- (":
        return true;
      default:
        return false;
    }
  }

  /** Tries the whole run, then shorter windows left to right (two numbers in one run). */
  private static void windows(String text, Run run, Spans spans) {
    int a = 0;
    while (a < run.size) {
      int found = -1;
      for (int b = run.size - 1; b >= a; b--) {
        if (run.digitsBetween(a, b) > 16) {
          continue;
        }
        if (isPhone(text, run, a, b)) {
          found = b;
          break;
        }
      }
      if (found >= 0) {
        int start = start(run, a, found);
        int end = run.ge[found];
        if (end < text.length() && text.charAt(end) == ')' && opensParen(text, start, end)) {
          end++;
        }
        if (!spans.inUrl(start, end) && !spans.isTaken(start, end)) {
          spans.offer(start, end, Category.PHONE);
        }
        a = found + 1;
      } else {
        a++;
      }
    }
  }

  /**
   * Where window a..b starts: at the {@code +}, at an opening parenthesis closed inside the
   * window ("(030) 1234567"), else at its first digit ("(call 0612345678)" keeps its "(").
   */
  private static int start(Run run, int a, int b) {
    if (a == 0 && run.plus) {
      return run.plusAt;
    }
    if (a == 0 && run.openParenAt >= 0) {
      for (int g = a + 1; g <= b; g++) {
        if (run.sep[g].indexOf(')') >= 0) {
          return run.openParenAt;
        }
      }
    }
    return run.gs[a];
  }

  private static boolean opensParen(String text, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  private static boolean isPhone(String text, Run run, int a, int b) {
    boolean plus = a == 0 && run.plus;
    int start = start(run, a, b);
    int end = run.ge[b];
    int d = run.digitsBetween(a, b);
    if (d < 8 || d > 16) {
      return false;
    }
    // A shorter window is cut out of a run only at a space: "0612345678 0698765432".
    if ((a > 0 && !run.sep[a].equals(" ")) || (b < run.size - 1 && !run.sep[b + 1].equals(" "))) {
      return false;
    }
    if (!boundaryAfter(text, run, b)) {
      return false;
    }
    boolean dot = false;
    boolean other = false;
    boolean paren = a == 0 && run.openParenAt >= 0;
    for (int g = a + 1; g <= b; g++) {
      String sep = run.sep[g];
      dot |= sep.equals(".");
      other |= !sep.equals(".");
      paren |= sep.indexOf('(') >= 0 || sep.indexOf(')') >= 0;
    }
    if (dot && other) {
      return false;
    }
    char first = text.charAt(run.gs[a]);
    char second = run.digitAt(a, b, 1);
    int firstGroup = run.ge[a] - run.gs[a];
    if (plus) {
      // A country code never starts with 0.
      int trunk = b > a && text.startsWith("(0)", run.gs[a + 1] - 1) ? 1 : 0;
      return first != '0' && d - trunk >= 8 && d - trunk <= 15 && (firstGroup <= 4 || a == b);
    }
    boolean international = first == '0' && second == '0' && run.digitAt(a, b, 2) > '0';
    boolean trunk = first == '0' && second != '0';
    boolean shaped;
    if (international) {
      shaped = d - 2 >= 8 && d - 2 <= 15;
    } else if (trunk) {
      shaped = (firstGroup >= 2 || paren) && (a == b ? d == 10 || d == 11 : d >= 9 && d <= 13);
    } else {
      shaped = nanp(text, run, a, b, d);
    }
    boolean announced = false;
    if (!shaped) {
      if (d > 12) {
        return false;
      }
      if (run.announced[a] == 0) {
        run.announced[a] = (byte) (announced(text, start) ? 1 : 2);
      }
      announced = run.announced[a] == 1;
      // A run of more than five groups is a list of numbers, not one phone number.
      if (!announced && !(first != '0' && run.size <= 5 && groupsOfTwoOrMore(run, a, b)
          && !run.spans.isTaken(start, end) && run.regions.validNational(digits(run, a, b)))) {
        return false;
      }
    }
    String window = text.substring(start, end);
    if (DATES.matcher(window).matches() || YEARS.matcher(window).matches()) {
      return false;
    }
    // A window cut out of a run is an identifier when the run is: "tracking number 0031 2345".
    int runStart = run.plus ? run.plusAt : run.openParenAt >= 0 ? run.openParenAt : run.gs[0];
    return !identifierOrAmount(text, start) && (a == 0 || !identifierOrAmount(text, runStart));
  }

  /**
   * Whether the words right before {@code start} make the number an identifier or an amount:
   * "order 0612345678", "booking ref: 0612...", "ticket no. ...", "#0612...", "EUR 0612...".
   */
  private static boolean identifierOrAmount(String text, int start) {
    int i = start - 1;
    int limit = Math.max(0, start - 48);
    boolean firstWord = true;
    while (i >= limit) {
      char c = text.charAt(i);
      if (c == '#') {
        return true;
      }
      if (CURRENCY_SYMBOLS.indexOf(c) >= 0) {
        return firstWord;
      }
      if (Character.isWhitespace(c) || c == ':' || c == '.' || c == '-' || c == '(') {
        i--;
        continue;
      }
      int wordEnd = i + 1;
      while (i >= limit && isWordPart(text.charAt(i))) {
        i--;
      }
      if (wordEnd == i + 1) {
        return false;
      }
      String word = text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
      if (ID_WORDS.contains(word) || (firstWord && CURRENCY_CODES.contains(word))) {
        return true;
      }
      if (!FILLER.contains(word)) {
        return false;
      }
      firstWord = false;
    }
    return false;
  }

  /** Whether a phone word comes before {@code start} in the same sentence, within 48 chars. */
  private static boolean announced(String text, int start) {
    int i = start - 1;
    int limit = Math.max(0, start - 48);
    while (i >= limit) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < start
          && Character.isWhitespace(text.charAt(i + 1)))) {
        return false;
      }
      if (!isWordPart(c)) {
        i--;
        continue;
      }
      int wordEnd = i + 1;
      while (i >= limit && isWordPart(text.charAt(i))) {
        i--;
      }
      if (PHONE_WORDS.contains(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordPart(char c) {
    return Character.isLetter(c) || c == '°' || c == '$';
  }

  /** Whether every group of window a..b has two digits or more: "333 1234567", not "1 2 3". */
  private static boolean groupsOfTwoOrMore(Run run, int a, int b) {
    for (int g = a; g <= b; g++) {
      if (run.ge[g] - run.gs[g] < 2) {
        return false;
      }
    }
    return true;
  }

  private static String digits(Run run, int a, int b) {
    StringBuilder sb = new StringBuilder(16);
    for (int g = a; g <= b; g++) {
      sb.append(run.text, run.gs[g], run.ge[g]);
    }
    return sb.toString();
  }

  /** [1] NXX NXX XXXX, N = 2..9, in 3-3-4 groups (or 1-3-3-4). */
  private static boolean nanp(String text, Run run, int a, int b, int d) {
    int g = a;
    if (b - a == 3 && run.ge[a] - run.gs[a] == 1 && text.charAt(run.gs[a]) == '1') {
      g++;
    } else if (b - a != 2) {
      return false;
    }
    return run.ge[g] - run.gs[g] == 3 && run.ge[g + 1] - run.gs[g + 1] == 3
        && run.ge[g + 2] - run.gs[g + 2] == 4
        && text.charAt(run.gs[g]) >= '2' && text.charAt(run.gs[g + 1]) >= '2'
        && (d == 10 || d == 11);
  }

  private static boolean boundaryBefore(String text, int i) {
    if (i == 0) {
      return true;
    }
    char c = text.charAt(i - 1);
    if (isWordChar(c) || "+.,/#$€£¥%@=&?\\*~^".indexOf(c) >= 0) {
      return false;
    }
    if ((c == ':' || c == '-' || c == '(') && i >= 2) {
      char d = text.charAt(i - 2);
      return !isDigit(d) && !(c == '-' && Character.isLetter(d));
    }
    return true;
  }

  private static boolean boundaryAfter(String text, Run run, int b) {
    int end = run.ge[b];
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (isWordChar(c) || c == '%' || c == '€' || c == '$' || c == '£' || c == '@') {
      return false;
    }
    if (c == ':' && end + 1 < text.length() && isDigit(text.charAt(end + 1))) {
      return false;
    }
    // "0612345678.5" is a decimal number, "0612345678,50" an amount.
    return !((c == '.' || c == ',') && end + 1 < text.length() && isDigit(text.charAt(end + 1)));
  }
}
