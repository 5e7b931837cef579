package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part of up to 64 characters, {@code @}, one to eight dotted labels
 * and a top-level domain of letters. Unicode letters are allowed on both sides (internationalised
 * addresses). Every quantifier is bounded and the local part must start at a word boundary, so
 * the scan is linear even on a long run of address characters without an {@code @}.
 */
final class EmailFinder {

  private static final String LOCAL = "[\\p{L}\\p{N}_%+\\-](?:[\\p{L}\\p{N}._%+\\-]{0,63})";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![\\p{L}\\p{N}._%+\\-])" + LOCAL + "@(?:" + LABEL + "\\.){1,8}\\p{L}{2,24}"
          + "(?![\\p{L}\\p{N}\\-]|\\.[\\p{L}\\p{N}])");

  private EmailFinder() {
  }

  static void find(String text, Spans spans) {
    if (text.indexOf('@') < 0) {
      return;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      spans.offer(m.start(), m.end(), Category.EMAIL);
    }
  }
}
