package io.verbatim.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.clean.TextCleaner.Cleaned;
import io.verbatim.privacy.Redaction;
import io.verbatim.privacy.Redactor;
import java.text.Normalizer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random texts built from the pieces that trouble cleaners and redactors (markup, references,
 * digits and separators, @, URLs, emoji, surrogates, control characters) with an e-mail address
 * and a card number planted in each: cleaning, redaction and language identification must never
 * fail, the planted values must never come out, and the cleaned texts must keep their
 * invariants. Fixed seed, bounded time.
 */
class CleanAndRedactFuzzTest {

  private static final String[] PIECES = {"<", ">", "</", "/>", "<b>", "</b>", "<p>", "<br>",
      "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href='", "'>",
      "&", "&amp;", "&#", "&#x", ";", "&lt;", "&nbsp;", "&eacute;", "&#128512;", "&#0;", "#",
      "@", ".", ",", "-", "+", "(", ")", "/", ":", "=", "?", "&token=", "?sig=", "http://",
      "https://", "www.", "://", "0", "00", "06", "1", "4111", "44", "12", "2024", "7946",
      " ", " ", " ", "  ", "\n", "\t", "\r", "\r\n", "\u00A0", "\u200B", "\u202E", "\u0000",
      "\u0007", "\u007F", "\u0085", "\uFEFF", "\uFFFD", "\uD83D", "\uDE00", "😀", "👍🏽", "🇬🇧",
      "\u200D", "\uFE0F", "\u20E3", "e\u0301", "é", "ß", "İ", "ﬁ", "Ω", "中文", "ы", "a", "b",
      "the", "flight", "bag", "order", "call", "card", "IBAN", "DE89", "GB82", "WEST", "x@y",
      "@handle", "john", "example.com", "[EMAIL]", "{category}", "\\", "$", "€", "%", "*"};

  private static final String EMAIL = "fuzz.victim@example.com";
  private static final Pattern URL =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}_@.])(?:https?|ftp)://[\\p{L}\\p{N}]");
  private static final String CARD = "4111 1111 1111 1111";

  @Test
  void randomTextsNeverBreakOrLeak() {
    TextCleaner cleaner = TextCleaner.defaults();
    Redactor redactor = Redactor.defaults();
    Redactor analysisRedactor = new Redactor(EnumSet.allOf(Redactor.Category.class), "");
    LanguageIdentifier languages = LanguageIdentifier.get();
    Random random = new Random(20260914L);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      for (int round = 0; round < 4000; round++) {
        String text = randomText(random);
        Cleaned cleaned = cleaner.clean(text);
        Redaction shown = redactor.redact(cleaned.displayText());
        String analysed = analysisRedactor.redact(cleaned.analysisText()).text();
        String language = round % 10 == 0 ? languages.detect(cleaned.analysisText()) : "und";
        String context = "round " + round + ": " + escape(text);

        for (String out : new String[] {shown.text(), analysed}) {
          assertFalse(out.contains(EMAIL), context);
          assertFalse(out.contains(CARD), context);
          assertFalse(out.contains(CARD.replace(" ", "")), context);
        }
        checkInvariants(cleaned, context);
        assertTrue(language.length() >= 2, context);
        assertEquals(shown.total(), shown.counts().values().stream().mapToInt(i -> i).sum());
      }
    });
  }

  private static void checkInvariants(Cleaned cleaned, String context) {
    for (String out : new String[] {cleaned.displayText(), cleaned.analysisText()}) {
      assertEquals(out.strip(), out, context);
      assertFalse(out.contains("\r") || out.contains("\t") || out.contains("\n\n\n"), context);
      assertFalse(out.contains("  "), context);
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        assertFalse(c < 0x20 && c != '\n', context);
        assertFalse(c >= 0x7F && c <= 0x9F, context);
        assertFalse(c == '\u200B' || c == '\uFEFF' || c == '\u202E', context);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1)),
              context);
          i++;
        } else {
          assertFalse(Character.isLowSurrogate(c), context);
        }
      }
      assertTrue(Normalizer.isNormalized(out, Normalizer.Form.NFC), context);
    }
    String analysis = cleaned.analysisText();
    assertFalse(analysis.contains("\uFFFD"), context);
    assertFalse(analysis.contains("😀") || analysis.contains("🇬🇧"), context);
    assertFalse(URL.matcher(analysis).find(), context);
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(300);
    int emailAt = random.nextInt(pieces + 1);
    int cardAt = random.nextInt(pieces + 1);
    for (int i = 0; i <= pieces; i++) {
      if (i == emailAt) {
        sb.append("\nmail ").append(EMAIL).append(" now\n");
      }
      if (i == cardAt) {
        sb.append("\ncard ").append(CARD).append(" now\n");
      }
      if (i < pieces) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || Character.isSurrogate((char) cp)
          || cp > 0xFFFF) {
        sb.append(String.format("\\u{%X}", cp));
      } else {
        sb.append((char) cp);
      }
    });
    return sb.toString();
  }
}
