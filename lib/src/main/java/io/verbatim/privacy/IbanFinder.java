package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bank account numbers (ISO 13616): a known country code, two check digits and
 * exactly that country's length of letters and digits, written compact or in groups separated by
 * single spaces, and passing the ISO 7064 mod 97-10 check. Case is ignored.
 */
final class IbanFinder {

  private static final Pattern START =
      Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Za-z]{2}[0-9]{2}");

  /** IBAN length per country, from the SWIFT IBAN registry. */
  private static final Map<String, Integer> LENGTHS = new HashMap<>();

  static {
    String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28"
        + " CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18"
        + " GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21"
        + " LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23"
        + " PK24 PL28 PS29 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25"
        + " SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    for (String entry : table.split(" ")) {
      LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
  }

  private IbanFinder() {
  }

  static void find(String text, Spans spans) {
    Matcher m = START.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      from = start + 1;
      String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
      Integer length = LENGTHS.get(country);
      if (length == null) {
        continue;
      }
      int end = scan(text, start, length);
      if (end > 0 && valid(text, start, end) && spans.offer(start, end, Category.IBAN)) {
        from = end;
      }
    }
  }

  /**
   * The end of exactly {@code length} letters and digits from {@code start}, single spaces
   * allowed between them; -1 when the text has fewer, or more follow without a break.
   */
  private static int scan(String text, int start, int length) {
    int count = 0;
    int i = start;
    int n = text.length();
    while (i < n && count < length) {
      char c = text.charAt(i);
      if (isAlnum(c)) {
        count++;
        i++;
      } else if (c == ' ' && count >= 4 && i + 1 < n && isAlnum(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (count < length || (i < n && (isAlnum(text.charAt(i)) || text.charAt(i) == '_'))) {
      return -1;
    }
    return i;
  }

  /** Check digits 02..98 and the whole number mod 97 == 1 (country and check moved to the end). */
  static boolean valid(String text, int start, int end) {
    StringBuilder compact = new StringBuilder(34);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        compact.append(Character.toUpperCase(c));
      }
    }
    int check = (compact.charAt(2) - '0') * 10 + (compact.charAt(3) - '0');
    if (check < 2 || check > 98) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
