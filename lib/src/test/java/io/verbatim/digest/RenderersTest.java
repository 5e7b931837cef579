package io.verbatim.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RenderersTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static Digest digest;
  private static HtmlDigest dataUri;
  private static HtmlDigest cid;

  @BeforeAll
  static void render() throws IOException {
    digest = new DigestBuilder(DigestSettings.defaults())
        .build(Fixtures.sampleInput(Set.of("i-track")));
    HtmlRenderer html = new HtmlRenderer();
    dataUri = html.render(digest, ImageMode.DATA_URI);
    cid = html.render(digest, ImageMode.CID);
    // -Dverbatim.digest.sampleDir=DIR keeps the renderings to look at.
    String dir = System.getProperty("verbatim.digest.sampleDir");
    if (dir != null) {
      Path out = Files.createDirectories(Path.of(dir));
      Files.writeString(out.resolve("digest.html"), dataUri.html());
      Files.writeString(out.resolve("digest.md"), new MarkdownRenderer().render(digest));
      Files.writeString(out.resolve("digest.json"), DigestJson.write(digest));
      for (ChartImage img : dataUri.images()) {
        Files.write(out.resolve(img.fileName()), img.png());
      }
    }
  }

  @Test
  void htmlIsSelfContainedAndEmailSafe() {
    String h = dataUri.html();
    String lower = h.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script");
    assertFalse(lower.contains("javascript:"));
    assertFalse(lower.contains("<style"), "inline CSS only");
    assertFalse(lower.contains("<link"));
    assertFalse(lower.contains("url("));
    assertFalse(lower.contains(" class="));
    assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find(), "no event handlers");
    Matcher refs = Pattern.compile("\\s(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(h);
    List<String> targets = new ArrayList<>();
    while (refs.find()) {
      targets.add(refs.group(2));
    }
    assertEquals(2, targets.size(), "the two charts");
    for (String t : targets) {
      assertTrue(t.startsWith("data:image/png;base64,"), t.substring(0, 40));
      byte[] png = Base64.getDecoder().decode(t.substring(t.indexOf(',') + 1));
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
    }
    assertFalse(lower.contains("http://") || lower.contains("https://"), "no URL at all");
    assertTrue(h.startsWith("<!DOCTYPE html>"));
    assertTrue(lower.contains("<table role=\"presentation\""));
  }

  @Test
  void htmlEscapesUserText() {
    String h = dataUri.html();
    assertTrue(h.contains("My bag &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; never arrived"));
    assertTrue(h.contains("Worst &lt;b&gt;trip&lt;/b&gt; ever"));
    assertTrue(h.contains("Rude &amp; slow"));
    assertFalse(h.contains("<b>trip"));
  }

  @Test
  void htmlShowsTheDigest() {
    String h = dataUri.html();
    assertTrue(h.contains("Customer feedback digest 2026-04-10"), "title");
    assertTrue(h.contains("track lost baggage"));
    assertTrue(h.contains(">NEW</span>"), "new ideas marked");
    assertTrue(h.contains("Emerging themes") && h.contains("Lost baggage"));
    assertTrue(h.contains("Sentiment change") && h.contains("−0.45"));
    assertTrue(h.contains("By owner") && h.contains("Unassigned"));
    assertTrue(h.contains("unparseable date"));
    assertTrue(h.contains("false discovery rate"));
  }

  @Test
  void cidModeReferencesInlineImages() {
    assertEquals(ImageMode.CID, cid.mode());
    assertEquals(2, cid.images().size());
    for (ChartImage img : cid.images()) {
      assertTrue(cid.html().contains("src=\"cid:" + img.contentId() + "\""), img.contentId());
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(img.png(), 8));
    }
    assertFalse(cid.html().contains("data:image"));
  }

  @Test
  void anOwnersHtmlDigestHasNoOwnerOverview() {
    Digest it = new DigestBuilder(DigestSettings.defaults())
        .build(Fixtures.sampleInput(Set.of()), "IT");
    String h = new HtmlRenderer().render(it, ImageMode.DATA_URI).html();
    assertTrue(h.contains("Customer feedback digest 2026-04-10 for IT"));
    assertTrue(h.contains("fix wifi on board"));
    assertFalse(h.contains("track lost baggage"));
    assertFalse(h.contains("By owner"));
  }

  @Test
  void aQuietDayWithoutDataStillRenders() {
    DigestInput empty = new DigestInput(Fixtures.day(30),
        Fixtures.series(Fixtures.constant(30, 0)), List.of(), List.of(), null, null, null, null,
        null);
    Digest d = new DigestBuilder(DigestSettings.defaults()).build(empty);
    assertEquals("Customer feedback digest 2026-03-31: nothing unusual", DigestText.subject(d));
    HtmlDigest h = new HtmlRenderer().render(d, ImageMode.DATA_URI);
    assertTrue(h.images().isEmpty());
    assertFalse(h.html().contains("<img"));
    assertTrue(h.html().contains("No ideas in this run."));
    assertTrue(new MarkdownRenderer().render(d).contains("No records rejected."));
    assertEquals(d, DigestJson.read(DigestJson.write(d)));
  }

  @Test
  void markdownRendersAndEscapes() {
    String md = new MarkdownRenderer().render(digest);
    assertTrue(md.startsWith("# Customer feedback digest 2026-04-10\n"), md);
    assertTrue(md.contains("1. **track lost baggage** · Logistics · 39 comments"), md);
    assertTrue(md.contains("**fix wifi on board** (NEW)"), md);
    assertTrue(md.contains("My bag \\<script>alert('x')\\</script> never arrived"), md);
    assertTrue(md.contains("## Emerging themes"), md);
    assertTrue(md.contains("**Lost baggage** (Logistics): 12 of 200 comments now, expected 0.0"
        + " (0 of 5,600 in the baseline); rate new, p < 0.0001"), md);
    assertTrue(md.contains("- unparseable date: 5"), md);
    assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!?]").matcher(md).find(),
        "every < of user text is escaped");
    assertEquals("a \\*b\\* \\[c\\](d) \\<e> \\_f\\_ \\`g\\` h",
        MarkdownRenderer.esc("a *b* [c](d) <e> _f_ `g`\nh"));
  }

  @Test
  void jsonHasStableFieldNamesAndRoundTrips() throws IOException {
    String json = DigestJson.write(digest);
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(Set.of("schema_version", "date", "owner", "method", "volume", "top_ideas",
        "emerging", "rising", "sentiment", "owners", "quotes", "data_quality", "volume_chart",
        "idea_ids"), names(root));
    assertEquals(Set.of("rank", "id", "title", "theme_id", "theme_label", "owner", "implied",
        "new_since_previous", "reach", "sentiment_mean", "trend", "score", "examples"),
        names(root.path("top_ideas").get(0)));
    assertEquals(Set.of("theme", "kind", "recent", "baseline", "recent_total", "baseline_total",
        "expected", "rate_ratio", "p_value", "q_value", "z"), names(root.path("emerging").get(0)));
    assertEquals(Set.of("id", "label", "parent_id", "owner"),
        names(root.path("emerging").get(0).path("theme")));
    assertEquals("emerging", root.path("emerging").get(0).path("kind").asText());
    assertTrue(root.path("emerging").get(0).path("rate_ratio").isNull());
    assertEquals("2026-04-10", root.path("date").asText());
    assertEquals(1, root.path("schema_version").asInt());
    assertEquals(digest, DigestJson.read(json));
    assertEquals(Set.copyOf(digest.ideaIds()), DigestJson.ideaIds(json));
  }

  private static Set<String> names(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
