package io.verbatim.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.clean.TextCleaner.Cleaned;
import io.verbatim.clean.TextCleaner.Flag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  private final TextCleaner cleaner = TextCleaner.defaults();

  private Cleaned clean(String text) {
    return cleaner.clean(text);
  }

  // ---------------------------------------------------------------- markup

  @Test
  void tagsGoTheirTextStays() {
    Cleaned c = clean("<p>The <b>crew</b> were <em>lovely</em>.</p>");
    assertEquals("The crew were lovely.", c.displayText());
    assertEquals(Set.of(Flag.HTML_STRIPPED), c.flags());
  }

  @Test
  void blocksBecomeLineBreaksAndParagraphsEmptyLines() {
    assertEquals("Line one\nLine two\nLine three",
        clean("Line one<br>Line two<BR/>Line three").displayText());
    assertEquals("First paragraph.\n\nSecond paragraph.",
        clean("<p>First paragraph.</p><p>Second paragraph.</p>").displayText());
    assertEquals("Problems:\nlost bag\nrude staff",
        clean("<div>Problems:<ul><li>lost bag</li><li>rude staff</li></ul></div>").displayText());
    assertEquals("Seat 12A broken", clean("<table><tr><td>Seat</td><td>12A</td><td>broken</td>"
        + "</tr></table>").displayText());
  }

  @Test
  void scriptStyleAndCommentsAreDroppedWithTheirContent() {
    Cleaned c = clean("Hello<script type=\"text/javascript\">alert('pwned'); var a = 1 < 2;"
        + "</script> <style>.x { color: red }</style>world<!-- tracking pixel --> !");
    assertEquals("Hello world !", c.displayText());
    assertFalse(c.displayText().contains("alert"));
    assertEquals("Hi", clean("Hi<SCRIPT>document.write('x')</SCRIPT >").displayText());
    assertEquals("Before", clean("Before<script>never closed; lots of code").displayText());
    assertEquals("Before", clean("Before<!-- never closed").displayText());
    assertEquals("x y", clean("x<noscript><img src=a></noscript>y").displayText());
  }

  @Test
  void cdataKeepsItsText() {
    assertEquals("Bag lost & found",
        clean("<comment><![CDATA[Bag lost & found]]></comment>").displayText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"I <3 this airline", "a < b and c > d", "price <50 per bag",
      "Dear <customer name>, sorry", "<love> it", "1<2", "<>", "<<<>>>", "x < y",
      "email <me at home>"})
  void textThatOnlyLooksLikeMarkupStays(String text) {
    Cleaned c = clean(text);
    assertEquals(text, c.displayText());
    assertFalse(c.flags().contains(Flag.HTML_STRIPPED));
  }

  @Test
  void unknownElementsGoWhenClosedSomewhere() {
    assertEquals("kept text and <unknown> stays",
        clean("<comment>kept text</comment> and <unknown> stays").displayText());
    assertEquals("x y", clean("x<o:p></o:p> y").displayText());
    assertEquals("a b", clean("a <custom-tag/> b").displayText());
  }

  @Test
  void doctypeAndProcessingInstructions() {
    assertEquals("Hi", clean("<?xml version=\"1.0\"?><!DOCTYPE html><html><body>Hi</body></html>")
        .displayText());
  }

  // ---------------------------------------------------------------- entities

  @Test
  void namedAndNumericEntities() {
    Cleaned c = clean("Caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e, &quot;ok&quot; "
        + "&#39;fine&#39; &#x27;sure&#x27; &euro;5 &hellip; &mdash; &#8364;");
    assertEquals("Café & crème brûlée, \"ok\" 'fine' 'sure' €5 … — €", c.displayText());
    assertEquals(Set.of(Flag.ENTITIES_DECODED), c.flags());
  }

  @Test
  void oneLevelOnlyAndUnknownNamesStay() {
    assertEquals("&lt;b&gt; is how you write <b>",
        clean("&amp;lt;b&amp;gt; is how you write &lt;b&gt;").displayText());
    assertEquals("AT&T and R&D; &unknown; &amp",
        clean("AT&T and R&D; &unknown; &amp").displayText());
  }

  @Test
  void windows1252AndInvalidReferences() {
    assertEquals("“quoted” it’s", clean("&#147;quoted&#148; it&#146;s").displayText());
    Cleaned c = clean("bad &#0; &#xD800; &#99999999; ref");
    assertEquals("bad \uFFFD \uFFFD \uFFFD ref", c.displayText());
    assertTrue(c.flags().contains(Flag.REPLACEMENT_CHARS));
  }

  @Test
  void html5NamesAndQuotedAttributesAreHandled() {
    assertEquals("crew", clean("<a title=\"a>b\">crew</a>").displayText());
    assertEquals("Go ★ now", clean("<a href='x?a=1&b=<2>'>Go</a> &bigstar; now").displayText());
    assertEquals("5 ≠ 6, ⋔ and ½", clean("5 &ne; 6, &pitchfork; and &half;").displayText());
    assertEquals("&notit; stays", clean("&notit; stays").displayText());
  }

  @Test
  void entityEmojiIsAnEmoji() {
    Cleaned c = clean("Great &#x1F600; &#128077;");
    assertEquals("Great 😀 👍", c.displayText());
    assertEquals(List.of("😀", "👍"), c.emoji());
  }

  // ---------------------------------------------------------------- control, Unicode, space

  @Test
  void controlCharactersGoButNewlinesAndTabsStay() {
    Cleaned c = clean("bad\u0000ctrl\u0007chars\u001B[0m\u007F\u0085 zero\u200Bwidth"
        + "\u202Ereversed\u2066iso\u2069 soft\u00ADhyphen\uFEFF\r\nnew\rline\ttab");
    assertEquals("badctrlchars[0m zerowidthreversediso softhyphen\nnew\nline tab",
        c.displayText());
    assertEquals(Set.of(Flag.CONTROL_CHARS_REMOVED), c.flags());
  }

  @Test
  void lineEndingsAloneAreNotControlCharacters() {
    Cleaned c = clean("one\r\ntwo\rthree\u2028four");
    assertEquals("one\ntwo\nthree\nfour", c.displayText());
    assertTrue(c.flags().isEmpty());
  }

  @Test
  void zeroWidthJoinerStaysInsideEmojiAndScripts() {
    assertEquals("👨‍👩‍👧 family", clean("👨‍👩‍👧 family").displayText());
    assertEquals("می‌خواهم", clean("می‌خواهم").displayText());
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersAndIsFlagged() throws Exception {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xC3, ' ', 'o', 'k', (byte) 0xFF};
    String decoded = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes)).toString();
    Cleaned c = clean(decoded);
    assertEquals("caf\uFFFD ok\uFFFD", c.displayText());
    assertEquals("caf ok", c.analysisText());
    assertEquals(Set.of(Flag.REPLACEMENT_CHARS), c.flags());
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    Cleaned c = clean("a\uD83Db \uDE00c");
    assertEquals("a\uFFFDb \uFFFDc", c.displayText());
    assertTrue(c.flags().contains(Flag.REPLACEMENT_CHARS));
  }

  @Test
  void unicodeIsNfc() {
    String decomposed = "Cafe\u0301 re\u0301servation";
    assertEquals("Café réservation", clean(decomposed).displayText());
    assertEquals(16, clean(decomposed).displayText().length());
  }

  @Test
  void whitespaceIsNormalised() {
    assertEquals("lots of space\nline two\n\nafter a gap",
        clean("  lots \t of\u00A0\u2009space  \n  line two   \n\n\n\n\n after a gap \n\n ")
            .displayText());
    assertEquals("", clean(" \n\t ").displayText());
    assertEquals("", clean(null).displayText());
  }

  // ---------------------------------------------------------------- emoji, URLs, handles

  @Test
  void emojiStayForDisplayAndAreReported() {
    Cleaned c = clean("Love it 😍👍🏽 family 👨‍👩‍👧 flag 🇬🇧 keycap 1️⃣ heart ❤️ plane ✈️ 5 stars");
    assertEquals("Love it 😍👍🏽 family 👨‍👩‍👧 flag 🇬🇧 keycap 1️⃣ heart ❤️ plane ✈️ 5 stars",
        c.displayText());
    assertEquals("Love it family flag keycap heart plane 5 stars", c.analysisText());
    assertEquals(List.of("😍", "👍🏽", "👨‍👩‍👧", "🇬🇧", "1️⃣", "❤️", "✈️"), c.emoji());
    assertEquals(Set.of(Flag.EMOJI), c.flags());
  }

  @Test
  void emojiBeforePunctuationLeaveNoSpace() {
    assertEquals("Lost my bag. Never again!", clean("Lost my bag 😡. Never again 🤬!")
        .analysisText());
  }

  @Test
  void ratingStarsAndOtherSymbolsAreText() {
    Cleaned c = clean("Service ★★★★☆, food ✓, music ♪ and a plane ✈ (no emoji selector)");
    assertTrue(c.emoji().isEmpty(), c.emoji().toString());
    assertEquals("Service ★★★★☆, food ✓, music ♪ and a plane ✈ (no emoji selector)",
        c.analysisText());
    assertEquals(List.of("🏃‍♀️", "⭐"), clean("Ran 🏃‍♀️ to the gate ⭐").emoji());
  }

  @Test
  void textSymbolsAreNotEmoji() {
    Cleaned c = clean("© 2024 Northwind™ — 10/10, #1 choice, 3*");
    assertTrue(c.emoji().isEmpty());
    assertEquals("© 2024 Northwind™ — 10/10, #1 choice, 3*", c.analysisText());
  }

  @Test
  void urlsHandlesAndEmailsLeaveTheAnalysisText() {
    Cleaned c = clean("@NorthwindAir lost my bag again, see https://example.com/claim?id=7. "
        + "Mail me at john@example.com or www.example.org/help! #fail #travel");
    assertEquals("@NorthwindAir lost my bag again, see https://example.com/claim?id=7. Mail me "
        + "at john@example.com or www.example.org/help! #fail #travel", c.displayText());
    assertEquals("lost my bag again, see. Mail me at or! fail travel", c.analysisText());
    assertEquals(Set.of(Flag.URLS, Flag.HANDLES), c.flags());
  }

  @Test
  void notHandles() {
    Cleaned c = clean("meet me @ the gate at 10 @10am, john@example.com, AT&T");
    assertFalse(c.flags().contains(Flag.HANDLES));
  }

  @Test
  void urlInParenthesesKeepsTheParenthesis() {
    assertEquals("(see) thanks",
        clean("(see https://en.wikipedia.org/wiki/Foo_(bar)) thanks").analysisText());
  }

  @Test
  void onlyNoiseLeavesNothingToAnalyse() {
    Cleaned c = clean("👍👍👍 https://example.com");
    assertEquals("👍👍👍 https://example.com", c.displayText());
    assertEquals("", c.analysisText());
    assertFalse(c.hasAnalysisText());
  }

  @Test
  void plainTextIsUntouched() {
    String text = "The crew were lovely.\nThe food, not so much: 3/10 at €12.50.";
    Cleaned c = clean(text);
    assertEquals(text, c.displayText());
    assertEquals(text, c.analysisText());
    assertTrue(c.flags().isEmpty());
    assertTrue(c.emoji().isEmpty());
  }

  @Test
  void realisticHtmlEmail() {
    String html = """
        <html><head><title>Re: complaint</title><style>p{margin:0}</style></head>
        <body><p>Hi&nbsp;team,</p>
        <p>My flight <b>NW&nbsp;1234</b> was cancelled &amp; nobody told us &#128544;.<br>
        Please refund me: <a href="https://northwind.example/claim?token=abc">claim</a></p>
        <p>Thanks,<br>Ann</p>
        <script>track()</script></body></html>""";
    Cleaned c = clean(html);
    assertEquals("Hi team,\n\nMy flight NW 1234 was cancelled & nobody told us 😠.\nPlease "
        + "refund me: claim\n\nThanks,\nAnn", c.displayText());
    assertEquals("Hi team,\n\nMy flight NW 1234 was cancelled & nobody told us.\nPlease refund "
        + "me: claim\n\nThanks,\nAnn", c.analysisText());
    assertEquals(Set.of(Flag.HTML_STRIPPED, Flag.ENTITIES_DECODED, Flag.EMOJI), c.flags());
  }

  // ---------------------------------------------------------------- robustness

  /** 4 MB per case (about 0.5 s each); quadratic behaviour would take hours. */
  @Test
  void adversarialMarkupIsLinear() {
    for (String unit : List.of("<", "<a ", "<script>", "<!--", "&#", "&amp", "<p>", "</",
        "<a href='", "<![CDATA[", "😀", "\uD83D", "@a ", "http://a ", "#a ", "<b>x</b>")) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 4_000_000) {
        sb.append(unit);
      }
      String text = sb.toString();
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(text), unit);
    }
  }

  @Test
  void serialisable() throws Exception {
    Cleaned c = clean("<b>Great</b> 👍 https://x.example");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cleaner);
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      TextCleaner copy = (TextCleaner) in.readObject();
      assertEquals(c, copy.clean("<b>Great</b> 👍 https://x.example"));
      assertEquals(c, in.readObject());
    }
  }
}
